package registrar

import (
	"context"
	"errors"
	"io"
	"sync/atomic"
	"time"

	"github.com/evote-org/evote/internal/monitor"
)

// metrics are the registrar's counters, served on /metrics. They count
// requests and never name a voter or a client.
type metrics struct {
	issued        atomic.Int64 // signatures handed out (retries included)
	failedLogins  atomic.Int64 // wrong voter id or code
	limited       atomic.Int64 // refused by an attempt limit
	alreadyIssued atomic.Int64 // another blinded message from a served voter
	busy          atomic.Int64 // no worker free in time
	storeErrors   atomic.Int64 // store calls that failed (issuance refused)
	latency       *monitor.Histogram
}

func newMetrics() *metrics { return &metrics{latency: monitor.NewHistogram(monitor.LatencyBuckets)} }

// observe counts the outcome of one Issue.
func (m *metrics) observe(err error, took time.Duration) {
	m.latency.Observe(took)
	var lock *LockError
	switch {
	case err == nil:
		m.issued.Add(1)
	case errors.Is(err, ErrAuth):
		m.failedLogins.Add(1)
	case errors.As(err, &lock):
		m.limited.Add(1)
	case errors.Is(err, ErrAlreadyIssued):
		m.alreadyIssued.Add(1)
	case errors.Is(err, ErrBusy):
		m.busy.Add(1)
	}
}

// writeMetrics writes the counters and the store's counts in the
// Prometheus text format.
func (s *Service) writeMetrics(w io.Writer) {
	m := s.metrics
	monitor.Counter(w, "evote_registrar_tokens_issued_total", "Blind signatures handed out (a retry with the same blinded message counts again).", m.issued.Load())
	monitor.Counter(w, "evote_registrar_failed_logins_total", "Token requests with a wrong voter id or voting code.", m.failedLogins.Load())
	monitor.Counter(w, "evote_registrar_rate_limited_total", "Token requests refused by an attempt limit (too_many_attempts, client_locked).", m.limited.Load())
	monitor.Counter(w, "evote_registrar_already_issued_total", "Token requests refused: the voter holds a token for another blinded message.", m.alreadyIssued.Load())
	monitor.Counter(w, "evote_registrar_busy_total", "Token requests refused: no worker free in time.", m.busy.Load())
	monitor.Counter(w, "evote_registrar_store_errors_total", "Store calls that failed; no token was issued for them.", m.storeErrors.Load())
	m.latency.Write(w, "evote_registrar_token_request_seconds", "Time to answer a token request, whatever the answer.")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if voters, issued, err := s.Counts(ctx); err == nil {
		monitor.Gauge(w, "evote_registrar_voters", "Voters on the roll with a credential.", int64(voters))
		monitor.Gauge(w, "evote_registrar_voters_served", "Voters holding a token, from the store (what is published on chain).", int64(issued))
	}
}

// health is the registrar's /healthz check: the store must answer.
func (s *Service) health(ctx context.Context) (map[string]any, error) {
	s.mu.RLock()
	stopped := s.stopped
	s.mu.RUnlock()
	if stopped == ErrClosed {
		return nil, ErrClosed
	}
	voters, issued, err := s.Counts(ctx)
	return map[string]any{"voters": voters, "issued": issued}, err
}
