package metrics

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// NewRegistry returns a role's registry, holding the Go runtime's
// collector (goroutines, memory, GC) and the process collector (CPU, open
// file descriptors against their limit, resident memory, start time).
func NewRegistry() *prometheus.Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return reg
}

// Check reports a role's state for /healthz: fields to show (counts,
// the chain head) and an error when the role cannot do its work.
type Check func(ctx context.Context) (map[string]any, error)

// checkTimeout bounds one health check.
const checkTimeout = 5 * time.Second

// Handler serves check on GET /healthz and what g gathers on GET
// /metrics, for a role's private listener. A collector that fails leaves
// its metrics out of the answer, not the others.
func Handler(check Check, g prometheus.Gatherer) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /healthz", health(check))
	metrics := promhttp.HandlerFor(g, promhttp.HandlerOpts{ErrorHandling: promhttp.ContinueOnError})
	mux.Handle("GET /metrics", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		metrics.ServeHTTP(w, r)
	}))
	return mux
}

// health answers {"status": "ok", ...fields} with 200, or
// {"status": "unavailable", "error": "...", ...fields} with 503.
func health(check Check) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), checkTimeout)
		defer cancel()
		fields, err := check(ctx)
		answer := map[string]any{"status": "ok"}
		for k, v := range fields {
			answer[k] = v
		}
		code := http.StatusOK
		if err != nil {
			answer["status"], answer["error"] = "unavailable", err.Error()
			code = http.StatusServiceUnavailable
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(code)
		json.NewEncoder(w).Encode(answer)
	}
}
