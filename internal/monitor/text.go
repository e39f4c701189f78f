package monitor

import (
	"fmt"
	"io"
	"net/http"
)

// Counter writes a counter: a total that only grows.
func Counter(w io.Writer, name, help string, v int64) {
	Header(w, name, help, "counter")
	fmt.Fprintf(w, "%s %d\n", name, v)
}

// Gauge writes a gauge: a value that goes up and down.
func Gauge(w io.Writer, name, help string, v int64) {
	Header(w, name, help, "gauge")
	fmt.Fprintf(w, "%s %d\n", name, v)
}

// Header writes the HELP and TYPE lines of a metric whose samples (with
// labels) the caller writes itself.
func Header(w io.Writer, name, help, kind string) {
	fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, kind)
}

// Metrics serves what write writes, in the Prometheus text format.
func Metrics(write func(io.Writer)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		write(w)
	}
}
