package relay

import (
	"context"
	"fmt"
	"io"
	"sync/atomic"

	"github.com/evote-org/evote/internal/monitor"
)

// metrics are the relay's counters, served on /metrics in the Prometheus
// text format. They count casts, never name them.
type metrics struct {
	accepted    atomic.Int64
	included    atomic.Int64
	rejected    [len(reasonList)]atomic.Int64
	outbox      atomic.Int64 // gauge: accepted, not yet done
	sent        atomic.Int64 // transactions sent
	resent      atomic.Int64 // casts queued again
	nonceErrors atomic.Int64 // sends refused because the nonce was taken
	nonceReads  atomic.Int64 // PendingNonceAt reads
	wsConns     atomic.Int64 // gauge
	limited     atomic.Int64 // submissions refused by the rate limit
}

// reasonList fixes the order of the rejection counters.
var reasonList = [...]Reason{NotOpen, BadSignature, BadToken, BadEncoding, BadProof, AlreadyVoted}

func (m *metrics) reject(r Reason) {
	for i, known := range reasonList {
		if known == r {
			m.rejected[i].Add(1)
			return
		}
	}
}

// Metrics is a snapshot of the counters.
type Metrics struct {
	Accepted, Included, Outbox int64
	Rejected                   map[Reason]int64
	Sent, Resent               int64
	NonceErrors, NonceReads    int64
	WSConns, RateLimited       int64
}

// Metrics returns a snapshot of the counters.
func (r *Relay) Metrics() Metrics {
	m := &r.metrics
	s := Metrics{Accepted: m.accepted.Load(), Included: m.included.Load(), Outbox: m.outbox.Load(),
		Rejected: map[Reason]int64{}, Sent: m.sent.Load(), Resent: m.resent.Load(),
		NonceErrors: m.nonceErrors.Load(), NonceReads: m.nonceReads.Load(),
		WSConns: m.wsConns.Load(), RateLimited: m.limited.Load()}
	for i, reason := range reasonList {
		s.Rejected[reason] = m.rejected[i].Load()
	}
	return s
}

// writeMetrics writes the counters in the Prometheus text format.
func (r *Relay) writeMetrics(w io.Writer) {
	s := r.Metrics()
	head, _ := r.view.health(0)
	monitor.Counter(w, "evote_relay_casts_accepted_total", "Casts accepted into the outbox.", s.Accepted)
	monitor.Counter(w, "evote_relay_casts_included_total", "Accepted casts seen included on chain.", s.Included)
	monitor.Header(w, "evote_relay_casts_rejected_total", "Casts rejected, by reason (before or after acceptance).", "counter")
	for _, reason := range reasonList {
		fmt.Fprintf(w, "evote_relay_casts_rejected_total{reason=%q} %d\n", reason, s.Rejected[reason])
	}
	monitor.Gauge(w, "evote_relay_outbox_depth", "Accepted casts not yet seen on chain.", s.Outbox)
	monitor.Counter(w, "evote_relay_transactions_sent_total", "Cast transactions sent to the node.", s.Sent)
	monitor.Counter(w, "evote_relay_casts_resent_total", "Casts queued again after the node lost them or they timed out.", s.Resent)
	monitor.Counter(w, "evote_relay_nonce_errors_total", "Sends refused because the nonce was taken.", s.NonceErrors)
	monitor.Counter(w, "evote_relay_nonce_reads_total", "Reads of the account's nonce from the node.", s.NonceReads)
	monitor.Counter(w, "evote_relay_rate_limited_total", "Submissions refused by the per-client rate limit.", s.RateLimited)
	monitor.Gauge(w, "evote_relay_websocket_connections", "Open WebSocket connections.", s.WSConns)
	monitor.Gauge(w, "evote_relay_chain_head", "The last block number read from the node.", int64(head))
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
