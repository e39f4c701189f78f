package chain

import (
	"errors"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/evote-org/evote/internal/metrics"
	"github.com/evote-org/evote/internal/metrics/metricstest"
	dto "github.com/prometheus/client_model/go"
)

// TestMetrics scrapes a real node as Prometheus would: CometBFT's
// consensus height is there and advances, beside go-ethereum's head and
// the process's metrics; a second node of the process cannot have them.
func TestMetrics(t *testing.T) {
	cfg := testConfig(t.TempDir())
	cfg.Metrics = true
	n, err := Start(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	if _, err := n.Metrics().Gather(); err != nil {
		t.Fatalf("gathering: %v", err)
	}
	srv := httptest.NewServer(metrics.Handler(nil, n.Metrics()))
	defer srv.Close()
	scrape := func() metricstest.Families {
		m, err := metricstest.Scrape(srv.URL + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	first := scrape()
	height, ok := first.Value("cometbft_consensus_height")
	if !ok {
		t.Fatalf("no cometbft_consensus_height: %s", first.Samples("cometbft_consensus"))
	}
	var m metricstest.Families
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(200 * time.Millisecond) {
		m = scrape()
		if h, _ := m.Value("cometbft_consensus_height"); h >= height+3 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the consensus height stays at %v: %s", height, m.Samples("cometbft_consensus"))
		}
	}
	for _, name := range []string{"cometbft_consensus_validators", "cometbft_consensus_rounds",
		"cometbft_consensus_block_interval_seconds", "chain_head_block", "txpool_pending", "go_goroutines", "process_open_fds"} {
		if _, ok := m.Value(name); !ok {
			t.Errorf("no %s", name)
		}
	}
	if age, ok := m.Value("evote_chain_head_age_seconds"); !ok || age > 15 {
		t.Errorf("head age %v (present %v)", age, ok)
	}
	m.Want(t, metricstest.Sample{Name: "evote_chain_node_info", Labels: []string{"role", "local"}, Value: 1},
		metricstest.Sample{Name: "evote_chain_replayed_blocks", Value: 0})
	if v, _ := m.Value("cometbft_consensus_validators"); v != 1 {
		t.Errorf("%v validators, want 1", v)
	}
	if head, _ := m.Value("chain_head_block"); head < height {
		t.Errorf("go-ethereum's head %v is behind the consensus height %v seen before", head, height)
	}
	quantiles := 0
	for name, f := range m {
		if q := m.Metric(name, "quantile", "0.99"); q != nil {
			quantiles++
			if f.GetType() != dto.MetricType_GAUGE || m[name+"_count"].GetType() != dto.MetricType_COUNTER {
				t.Errorf("go-ethereum's %s: a %v beside %v", name, f.GetType(), m[name+"_count"].GetType())
			}
		}
	}
	if quantiles == 0 {
		t.Error("none of go-ethereum's timers and histograms")
	}
	other := testConfig(t.TempDir())
	other.Metrics = true
	if n2, err := Start(other); !errors.Is(err, ErrMetricsTaken) {
		if err == nil {
			n2.Close()
		}
		t.Fatalf("a second node with metrics in the process: %v", err)
	}
}
