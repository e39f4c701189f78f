package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/evote-org/evote/internal/metrics"
	"github.com/prometheus/client_golang/prometheus"
)

// metricsListen is every role's --metrics-listen flag: the private
// address of its /healthz and /metrics, apart from its public API.
func metricsListen(fs *flag.FlagSet, def string) *string {
	return fs.String("metrics-listen", def, "private HTTP address of /healthz and /metrics, apart from the public API (keep it on loopback or a monitoring network; empty: off)")
}

// serveMonitor serves a role's health and metrics on addr until ctx
// ends; "" serves nothing. A failure is logged: the role goes on.
func serveMonitor(ctx context.Context, addr string, h http.Handler) {
	if addr == "" {
		return
	}
	go func() {
		if err := serve(ctx, addr, h); err != nil {
			slog.Error("the health and metrics server stopped", "listen", addr, "err", err)
		}
	}()
}

// siteHandlers are the booth site's public handler, which counts its
// requests, and its monitor: /healthz (the chain node must answer) and
// /metrics (requests by status class, latency, open WebSockets).
func siteHandlers(site http.Handler, c *ethclient.Client) (public, mon http.Handler) {
	reg := metrics.NewRegistry()
	traffic := metrics.NewTraffic(reg, "evote_site")
	return traffic.Wrap(site), metrics.Handler(func(ctx context.Context) (map[string]any, error) {
		head, err := c.BlockNumber(ctx)
		return map[string]any{"head": head}, err
	}, reg)
}

// trusteeStepNames are the steps of "evote trustee run" in order, by the
// start of what ceremony.Trustee.Step reports; the gauge
// evote_trustee_step is the number of the last one done. A trustee whose
// mix is not due (another's turn, or no ranked or graded question) stays
// at 5 until it mixes or the result is out; one whose mix was skipped
// posts no mix decryption.
var trusteeStepNames = []string{"posted the key", "posted the dealing", "checked the dealings",
	"posted the test decryption", "posted the tally decryption", "posted the mix", "posted the mix decryption", "done"}

// trusteeMetrics are what "evote trustee run" serves on /metrics. step,
// shares and last are kept for the health check too, and read at each
// scrape.
type trusteeMetrics struct {
	every    time.Duration
	step     atomic.Int64 // 1 + index in trusteeStepNames of the last step done
	shares   atomic.Int64 // decryption shares posted (test, tally and mix)
	last     atomic.Int64 // unix time of the last step that reached the node
	steps    prometheus.Counter
	failed   prometheus.Counter // steps that failed (the node unreachable, a transaction refused)
	registry *prometheus.Registry
}

func newTrusteeMetrics(every time.Duration) *trusteeMetrics {
	m := &trusteeMetrics{every: every, registry: metrics.NewRegistry(),
		steps: prometheus.NewCounter(prometheus.CounterOpts{Name: "evote_trustee_steps_total",
			Help: "Steps run against the contract, waiting included."}),
		failed: prometheus.NewCounter(prometheus.CounterOpts{Name: "evote_trustee_step_errors_total",
			Help: "Steps that failed and were tried again (the node unreachable, a transaction refused)."})}
	read := func(v *atomic.Int64) func() float64 { return func() float64 { return float64(v.Load()) } }
	m.registry.MustRegister(m.steps, m.failed,
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "evote_trustee_step",
			Help: "Last step done: 1 key, 2 dealing, 3 complaints checked, 4 test share, 5 tally share, 6 mix, 7 mix share, 8 result published."}, read(&m.step)),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "evote_trustee_shares_posted_total",
			Help: "Decryption shares posted (test, tally and mix) by this process."}, read(&m.shares)),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "evote_trustee_last_step_timestamp_seconds",
			Help: "Unix time of the last step that reached the node."}, read(&m.last)))
	return m
}

// done counts one step that reported did.
func (m *trusteeMetrics) done(did string) {
	m.steps.Inc()
	m.last.Store(time.Now().Unix())
	step := ""
	for i, s := range trusteeStepNames {
		if strings.HasPrefix(did, s) {
			m.step.Store(int64(i + 1))
			step = s
		}
	}
	if strings.HasSuffix(step, "decryption") {
		m.shares.Add(1)
	}
}

// handler serves the trustee's /healthz and /metrics.
func (m *trusteeMetrics) handler() http.Handler { return metrics.Handler(m.health, m.registry) }

// health is unavailable when no step has reached the node for three
// intervals.
func (m *trusteeMetrics) health(context.Context) (map[string]any, error) {
	ago := time.Since(time.Unix(m.last.Load(), 0))
	fields := map[string]any{"step": m.step.Load(), "shares_posted": m.shares.Load()}
	if ago > 3*m.every+10*time.Second {
		return fields, fmt.Errorf("no step has reached the node for %v", ago.Round(time.Second))
	}
	return fields, nil
}
