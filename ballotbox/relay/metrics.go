package relay

import (
	"context"
	"sync/atomic"

	"github.com/evote-org/evote/internal/metrics"
	"github.com/prometheus/client_golang/prometheus"
)

// inclusionBuckets are the upper bounds, in seconds, of the time from
// accepting a cast to seeing it included. By default a cast waits a
// random delay of up to 10 s and the next 1 s batch, then one or two
// 1-second blocks and a 500 ms poll: 1.5 to ~12 s (docs/performance.md),
// where the buckets are dense enough for a p99 to be read within a
// second or two. Past that a cast has been lost by the node's pool and
// sent again (after 2 s of checks, or ResubmitAfter, 2 min) or the chain
// has stalled: coarse buckets up to 10 min tell those apart.
var inclusionBuckets = []float64{1, 2, 3, 4, 6, 8, 10, 12, 15, 20, 30, 60, 120, 300, 600}

// relayMetrics are the relay's counters, served on /metrics from its own
// registry. They count casts, never name them.
type relayMetrics struct {
	accepted    atomic.Int64
	included    atomic.Int64
	rejected    [len(reasonList)]atomic.Int64
	outbox      atomic.Int64 // gauge: accepted, not yet done
	sent        atomic.Int64 // transactions sent
	sends       atomic.Int64 // requests to the node that carried them (batches)
	resent      atomic.Int64 // casts queued again
	nonceErrors atomic.Int64 // sends refused because the nonce was taken
	nonceReads  atomic.Int64 // PendingNonceAt reads
	wsConns     atomic.Int64 // gauge
	limited     atomic.Int64 // submissions refused by the rate limit
	inclusion   prometheus.Histogram
	registry    *prometheus.Registry
}

// reasonList fixes the order of the rejection counters.
var reasonList = [...]Reason{NotOpen, BadSignature, BadToken, BadEncoding, BadProof, AlreadyVoted}

func (m *relayMetrics) reject(r Reason) {
	for i, known := range reasonList {
		if known == r {
			m.rejected[i].Add(1)
			return
		}
	}
}

// registerMetrics makes the relay's registry: the counters above, which
// the relay keeps for its own work and for Metrics, read at each scrape,
// and the inclusion latency histogram.
func (r *Relay) registerMetrics() {
	m := &r.metrics
	m.registry = metrics.NewRegistry()
	m.inclusion = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "evote_relay_inclusion_seconds",
		Help: "Time from accepting a cast to seeing it included on chain.", Buckets: inclusionBuckets})
	counter := func(name, help string, v *atomic.Int64) prometheus.Collector {
		return prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "evote_relay_" + name, Help: help},
			func() float64 { return float64(v.Load()) })
	}
	gauge := func(name, help string, v func() float64) prometheus.Collector {
		return prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "evote_relay_" + name, Help: help}, v)
	}
	m.registry.MustRegister(m.inclusion,
		counter("casts_accepted_total", "Casts accepted into the outbox.", &m.accepted),
		counter("casts_included_total", "Accepted casts seen included on chain.", &m.included),
		gauge("outbox_depth", "Accepted casts not yet seen on chain.", func() float64 { return float64(m.outbox.Load()) }),
		counter("transactions_sent_total", "Cast transactions sent to the node.", &m.sent),
		counter("send_requests_total", "Requests to the node carrying cast transactions (JSON-RPC batches of up to 256).", &m.sends),
		counter("casts_resent_total", "Casts queued again after the node lost them or they timed out.", &m.resent),
		counter("nonce_errors_total", "Sends refused because the nonce was taken.", &m.nonceErrors),
		counter("nonce_reads_total", "Reads of the account's nonce from the node.", &m.nonceReads),
		counter("rate_limited_total", "Submissions refused by the per-client rate limit.", &m.limited),
		gauge("websocket_connections", "Open WebSocket connections.", func() float64 { return float64(m.wsConns.Load()) }),
		gauge("chain_head", "The last block number read from the node.", func() float64 {
			head, _ := r.view.health(0)
			return float64(head)
		}))
	for i, reason := range reasonList {
		m.registry.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "evote_relay_casts_rejected_total",
			Help: "Casts rejected, by reason (before or after acceptance).", ConstLabels: prometheus.Labels{"reason": string(reason)}},
			func() float64 { return float64(m.rejected[i].Load()) }))
	}
}

// Metrics is a snapshot of the counters.
type Metrics struct {
	Accepted, Included, Outbox int64
	Rejected                   map[Reason]int64
	Sent, Sends, Resent        int64
	NonceErrors, NonceReads    int64
	WSConns, RateLimited       int64
}

// Metrics returns a snapshot of the counters.
func (r *Relay) Metrics() Metrics {
	m := &r.metrics
	s := Metrics{Accepted: m.accepted.Load(), Included: m.included.Load(), Outbox: m.outbox.Load(),
		Rejected: map[Reason]int64{}, Sent: m.sent.Load(), Sends: m.sends.Load(), Resent: m.resent.Load(),
		NonceErrors: m.nonceErrors.Load(), NonceReads: m.nonceReads.Load(),
		WSConns: m.wsConns.Load(), RateLimited: m.limited.Load()}
	for i, reason := range reasonList {
		s.Rejected[reason] = m.rejected[i].Load()
	}
	return s
}

// health is the relay's /healthz check: unavailable when stopped or when
// the node has not answered for four poll intervals.
func (r *Relay) health(context.Context) (map[string]any, error) {
	head, err := r.view.health(4 * r.cfg.PollInterval)
	if err == nil && r.stopped.Load() {
		err = ErrClosed
	}
	return map[string]any{"head": head, "outbox": r.metrics.outbox.Load()}, err
}
