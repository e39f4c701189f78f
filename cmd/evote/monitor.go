package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/evote-org/evote/internal/monitor"
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
	traffic := monitor.NewTraffic()
	return traffic.Wrap(site), monitor.Handler(func(ctx context.Context) (map[string]any, error) {
		head, err := c.BlockNumber(ctx)
		return map[string]any{"head": head}, err
	}, func(w io.Writer) { traffic.Write(w, "evote_site") })
}

// trusteeStepNames are the steps of "evote trustee run" in order, by the
// start of what ceremony.Trustee.Step reports; the gauge
// evote_trustee_step is the number of the last one done.
var trusteeStepNames = []string{"posted the key", "posted the dealing", "checked the dealings",
	"posted the test decryption", "posted the tally decryption", "done"}

// trusteeMetrics are what "evote trustee run" serves on /metrics.
type trusteeMetrics struct {
	every  time.Duration
	step   atomic.Int64 // 1 + index in trusteeStepNames of the last step done
	steps  atomic.Int64 // steps run, waiting included
	failed atomic.Int64 // steps that failed (the node unreachable, a transaction refused)
	shares atomic.Int64 // decryption shares posted (test and tally)
	last   atomic.Int64 // unix time of the last step that reached the node
}

// done counts one step that reported did.
func (m *trusteeMetrics) done(did string) {
	m.steps.Add(1)
	m.last.Store(time.Now().Unix())
	for i, s := range trusteeStepNames {
		if strings.HasPrefix(did, s) {
			m.step.Store(int64(i + 1))
		}
	}
	if strings.HasSuffix(did, "decryption") {
		m.shares.Add(1)
	}
}

func (m *trusteeMetrics) write(w io.Writer) {
	monitor.Gauge(w, "evote_trustee_step", "Last ceremony step done: 1 key, 2 dealing, 3 complaints checked, 4 test share, 5 tally share, 6 result published.", m.step.Load())
	monitor.Counter(w, "evote_trustee_steps_total", "Steps run against the contract, waiting included.", m.steps.Load())
	monitor.Counter(w, "evote_trustee_step_errors_total", "Steps that failed and were tried again (the node unreachable, a transaction refused).", m.failed.Load())
	monitor.Counter(w, "evote_trustee_shares_posted_total", "Decryption shares posted (test and tally) by this process.", m.shares.Load())
	monitor.Gauge(w, "evote_trustee_last_step_timestamp_seconds", "Unix time of the last step that reached the node.", m.last.Load())
}

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
