package relay

import (
	"fmt"
	"io"
	"net/http"
	"sync/atomic"
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

func (r *Relay) handleMetrics(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	s := r.Metrics()
	head, _ := r.view.health(0)
	counter(w, "evote_relay_casts_accepted_total", "Casts accepted into the outbox.", s.Accepted)
	counter(w, "evote_relay_casts_included_total", "Accepted casts seen included on chain.", s.Included)
	fmt.Fprintf(w, "# HELP evote_relay_casts_rejected_total Casts rejected, by reason (before or after acceptance).\n")
	fmt.Fprintf(w, "# TYPE evote_relay_casts_rejected_total counter\n")
	for _, reason := range reasonList {
		fmt.Fprintf(w, "evote_relay_casts_rejected_total{reason=%q} %d\n", reason, s.Rejected[reason])
	}
	gauge(w, "evote_relay_outbox_depth", "Accepted casts not yet seen on chain.", s.Outbox)
	counter(w, "evote_relay_transactions_sent_total", "Cast transactions sent to the node.", s.Sent)
	counter(w, "evote_relay_casts_resent_total", "Casts queued again after the node lost them or they timed out.", s.Resent)
	counter(w, "evote_relay_nonce_errors_total", "Sends refused because the nonce was taken.", s.NonceErrors)
	counter(w, "evote_relay_nonce_reads_total", "Reads of the account's nonce from the node.", s.NonceReads)
	counter(w, "evote_relay_rate_limited_total", "Submissions refused by the per-client rate limit.", s.RateLimited)
	gauge(w, "evote_relay_websocket_connections", "Open WebSocket connections.", s.WSConns)
	gauge(w, "evote_relay_chain_head", "The last block number read from the node.", int64(head))
}

func counter(w io.Writer, name, help string, v int64) { metric(w, name, help, "counter", v) }

func gauge(w io.Writer, name, help string, v int64) { metric(w, name, help, "gauge", v) }

func metric(w io.Writer, name, help, kind string, v int64) {
	fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s %s\n%s %d\n", name, help, name, kind, name, v)
}
