package chain

import (
	"bytes"
	"errors"
	"net/http"
	"slices"
	"strconv"
	"sync/atomic"
	"time"

	cmtcfg "github.com/cometbft/cometbft/config"
	cmtnode "github.com/cometbft/cometbft/node"
	gethmetrics "github.com/ethereum/go-ethereum/metrics"
	gethprometheus "github.com/ethereum/go-ethereum/metrics/prometheus"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
)

// ErrMetricsTaken is returned by Start for a node with Config.Metrics
// when another node of the process had them already.
var ErrMetricsTaken = errors.New("chain: the process's metrics belong to another node")

// metricsTaken is set by the first node that turns metrics on. Both
// engines keep theirs process-wide: go-ethereum in its DefaultRegistry,
// and CometBFT 0.38 registers its on Prometheus's default registerer
// (through go-kit), where a second node's registration would panic.
var metricsTaken atomic.Bool

// cometNamespace prefixes CometBFT's metrics, as in its own nodes:
// cometbft_consensus_height, cometbft_consensus_rounds,
// cometbft_p2p_peers, cometbft_consensus_block_interval_seconds…
const cometNamespace = "cometbft"

// metricsProvider turns go-ethereum's metrics on (before its node is made:
// meters made before stay inert) and returns CometBFT's Prometheus
// metrics, or its no-op ones when cfg.Metrics is off. CometBFT's own
// metrics server stays off: Node.Metrics serves them.
func metricsProvider(cfg Config) (cmtnode.MetricsProvider, error) {
	if !cfg.Metrics {
		return cmtnode.DefaultMetricsProvider(cmtcfg.DefaultInstrumentationConfig()), nil
	}
	if !metricsTaken.CompareAndSwap(false, true) {
		return nil, ErrMetricsTaken
	}
	gethmetrics.Enable()
	return cmtnode.DefaultMetricsProvider(&cmtcfg.InstrumentationConfig{Prometheus: true, Namespace: cometNamespace}), nil
}

// Metrics gathers the node's metrics when Config.Metrics is on (else
// nil): its own (evote_chain_), CometBFT's (cometbft_), go-ethereum's
// (chain_head_block, txpool_…, under go-ethereum's own names), and the Go
// runtime's and the process's (go_, process_, on Prometheus's default
// registry with CometBFT's).
func (n *Node) Metrics() prometheus.Gatherer {
	if n.metrics == nil {
		return nil
	}
	return n.metrics
}

// gatherMetrics makes what Metrics gathers, with the node's own
// evote_chain_ metrics, read at each scrape.
func (n *Node) gatherMetrics() prometheus.Gatherers {
	reg := prometheus.NewRegistry()
	gauge := func(name, help string, labels prometheus.Labels, v func() float64) prometheus.Collector {
		return prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "evote_chain_" + name, Help: help, ConstLabels: labels}, v)
	}
	reg.MustRegister(
		gauge("head_age_seconds", "Age of this node's head block by its timestamp: it grows when the chain stops or the node falls behind.", nil,
			func() float64 {
				return time.Since(time.Unix(int64(n.eth.BlockChain().CurrentBlock().Time), 0)).Seconds()
			}),
		gauge("replayed_blocks", "Blocks CometBFT replayed into go-ethereum when the node started (decided before a crash, not kept).", nil,
			func() float64 { return float64(n.replayed) }),
		gauge("node_info", "1, labelled with the node's role: the authority's name, or observer.", prometheus.Labels{"role": n.Role()},
			func() float64 { return 1 }))
	return prometheus.Gatherers{reg, prometheus.DefaultGatherer, gethGatherer{}}
}

// gethGatherer reads go-ethereum's registry as its own Prometheus handler
// writes it, through Prometheus's parser, so that the names are exactly
// those a scrape of a geth node shows. go-ethereum writes a timer or a
// histogram as a summary of quantiles beside a counter x_count and no
// x_sum, which the registry's consistency check refuses: the quantiles
// come as a gauge x{quantile=…} (what they are: the current window's).
type gethGatherer struct{}

func (gethGatherer) Gather() ([]*dto.MetricFamily, error) {
	var w textWriter
	gethprometheus.Handler(gethmetrics.DefaultRegistry).ServeHTTP(&w, nil)
	var p expfmt.TextParser
	byName, err := p.TextToMetricFamilies(&w.buf)
	fams := make([]*dto.MetricFamily, 0, len(byName))
	for _, f := range byName {
		if f.GetType() == dto.MetricType_SUMMARY {
			quantilesAsGauge(f)
		}
		fams = append(fams, f)
	}
	return fams, err
}

// quantilesAsGauge turns a summary family without count or sum into a
// gauge with one sample per quantile.
func quantilesAsGauge(f *dto.MetricFamily) {
	var gauges []*dto.Metric
	for _, m := range f.Metric {
		for _, q := range m.GetSummary().GetQuantile() {
			label := &dto.LabelPair{Name: new("quantile"), Value: new(strconv.FormatFloat(q.GetQuantile(), 'g', -1, 64))}
			gauges = append(gauges, &dto.Metric{Label: append(slices.Clone(m.Label), label), Gauge: &dto.Gauge{Value: new(q.GetValue())}})
		}
	}
	f.Type, f.Metric = dto.MetricType_GAUGE.Enum(), gauges
}

// textWriter keeps what go-ethereum's handler writes.
type textWriter struct {
	buf    bytes.Buffer
	header http.Header
}

func (w *textWriter) Header() http.Header {
	if w.header == nil {
		w.header = http.Header{}
	}
	return w.header
}

func (w *textWriter) Write(b []byte) (int, error) { return w.buf.Write(b) }
func (w *textWriter) WriteHeader(int)             {}
