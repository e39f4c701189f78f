package monitor

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"time"
)

// Check reports a role's state for /healthz: fields to show (counts,
// the chain head) and an error when the role cannot do its work.
type Check func(ctx context.Context) (map[string]any, error)

// checkTimeout bounds one health check.
const checkTimeout = 5 * time.Second

// Health answers {"status": "ok", ...fields} with 200, or
// {"status": "unavailable", "error": "...", ...fields} with 503.
func Health(check Check) http.HandlerFunc {
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

// Handler serves check on /healthz and write on /metrics, for a role
// that has no HTTP API of its own to add them to.
func Handler(check Check, write func(w io.Writer)) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /healthz", Health(check))
	mux.Handle("/metrics", Metrics(write))
	return mux
}
