package registrar

import (
	"context"
	"errors"
	"time"

	"github.com/evote-org/evote/internal/metrics"
	"github.com/prometheus/client_golang/prometheus"
)

// requestBuckets are the upper bounds, in seconds, of the token-request
// latency histogram. A token costs ~4.6 ms of work (an Argon2id check,
// an RSA-3072 signature, two fsynced writes: docs/performance.md), tens
// of ms when the CPU slots queue under load, and up to the 10 s a request
// waits for a slot before "busy": doubling from 2.5 ms to 10.24 s puts
// about three buckets in each of those regimes.
var requestBuckets = prometheus.ExponentialBuckets(0.0025, 2, 13)

// serviceMetrics are the registrar's metrics, on its own registry. They
// count requests and never name a voter or a client.
type serviceMetrics struct {
	registry      *prometheus.Registry
	issued        prometheus.Counter // signatures handed out (retries included)
	failedLogins  prometheus.Counter // wrong voter id or code
	limited       prometheus.Counter // refused by an attempt limit
	alreadyIssued prometheus.Counter // another blinded message from a served voter
	busy          prometheus.Counter // no worker free in time
	storeErrors   prometheus.Counter // store calls that failed (issuance refused)
	latency       prometheus.Histogram
}

func newMetrics(s *Service) *serviceMetrics {
	counter := func(name, help string) prometheus.Counter {
		return prometheus.NewCounter(prometheus.CounterOpts{Name: "evote_registrar_" + name, Help: help})
	}
	m := &serviceMetrics{
		registry:      metrics.NewRegistry(),
		issued:        counter("tokens_issued_total", "Blind signatures handed out (a retry with the same blinded message counts again)."),
		failedLogins:  counter("failed_logins_total", "Token requests with a wrong voter id or voting code."),
		limited:       counter("rate_limited_total", "Token requests refused by an attempt limit (too_many_attempts, client_locked)."),
		alreadyIssued: counter("already_issued_total", "Token requests refused: the voter holds a token for another blinded message."),
		busy:          counter("busy_total", "Token requests refused: no worker free in time."),
		storeErrors:   counter("store_errors_total", "Store calls that failed; no token was issued for them."),
		latency: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "evote_registrar_token_request_seconds",
			Help: "Time to answer a token request, whatever the answer.", Buckets: requestBuckets}),
	}
	m.registry.MustRegister(m.issued, m.failedLogins, m.limited, m.alreadyIssued, m.busy, m.storeErrors, m.latency,
		storeCounts{s})
	return m
}

// observe counts the outcome of one Issue.
func (m *serviceMetrics) observe(err error, took time.Duration) {
	m.latency.Observe(took.Seconds())
	var lock *LockError
	switch {
	case err == nil:
		m.issued.Inc()
	case errors.Is(err, ErrAuth):
		m.failedLogins.Inc()
	case errors.As(err, &lock):
		m.limited.Inc()
	case errors.Is(err, ErrAlreadyIssued):
		m.alreadyIssued.Inc()
	case errors.Is(err, ErrBusy):
		m.busy.Inc()
	}
}

// storeCounts collects the store's counts at each scrape: the gauges
// evote_registrar_voters and evote_registrar_voters_served, left out of
// a scrape when the store does not answer (store_errors_total and
// /healthz say why).
type storeCounts struct{ s *Service }

var (
	votersDesc = prometheus.NewDesc("evote_registrar_voters", "Voters on the roll with a credential.", nil, nil)
	servedDesc = prometheus.NewDesc("evote_registrar_voters_served", "Voters holding a token, from the store (what is published on chain).", nil, nil)
)

func (storeCounts) Describe(ch chan<- *prometheus.Desc) { ch <- votersDesc; ch <- servedDesc }

func (c storeCounts) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if voters, issued, err := c.s.Counts(ctx); err == nil {
		ch <- prometheus.MustNewConstMetric(votersDesc, prometheus.GaugeValue, float64(voters))
		ch <- prometheus.MustNewConstMetric(servedDesc, prometheus.GaugeValue, float64(issued))
	}
}

// health is the registrar's /healthz check: the store must answer, and
// issuance must not have stopped for a fault an operator must see (a
// roll or a store that is not the one committed on chain).
func (s *Service) health(ctx context.Context) (map[string]any, error) {
	s.mu.RLock()
	stopped := s.stopped
	s.mu.RUnlock()
	switch stopped {
	case ErrClosed, ErrRollMismatch, ErrStoreBehind:
		return nil, stopped
	}
	voters, issued, err := s.Counts(ctx)
	return map[string]any{"voters": voters, "issued": issued}, err
}
