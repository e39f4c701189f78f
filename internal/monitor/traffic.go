package monitor

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"time"
)

// Traffic counts the requests a handler answers, by status class, their
// latency, and the WebSocket connections it holds open. The zero value
// is not usable: make one with NewTraffic.
type Traffic struct {
	byClass    [6]atomic.Int64 // index: status / 100
	websockets atomic.Int64
	latency    *Histogram
}

// NewTraffic returns a Traffic with LatencyBuckets.
func NewTraffic() *Traffic { return &Traffic{latency: NewHistogram(LatencyBuckets)} }

// Wrap counts the requests h serves. A WebSocket upgrade counts as a
// connection while h runs, not as a request.
func (t *Traffic) Wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
			t.websockets.Add(1)
			defer t.websockets.Add(-1)
			h.ServeHTTP(w, r)
			return
		}
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(sw, r)
		t.latency.Observe(time.Since(start))
		t.byClass[min(sw.status/100, 5)].Add(1)
	})
}

// Write writes the counts under prefix (e.g. "evote_site").
func (t *Traffic) Write(w io.Writer, prefix string) {
	name := prefix + "_http_requests_total"
	Header(w, name, "HTTP requests answered, by status class.", "counter")
	for class := 1; class <= 5; class++ {
		fmt.Fprintf(w, "%s{code=\"%dxx\"} %d\n", name, class, t.byClass[class].Load())
	}
	t.latency.Write(w, prefix+"_http_request_seconds", "Time to answer an HTTP request (WebSocket connections excluded).")
	Gauge(w, prefix+"_websocket_connections", "Open WebSocket connections.", t.websockets.Load())
}

// statusWriter remembers the status a handler wrote.
type statusWriter struct {
	http.ResponseWriter
	status int
	wrote  bool
}

func (s *statusWriter) WriteHeader(code int) {
	if !s.wrote {
		s.status, s.wrote = code, true
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusWriter) Write(b []byte) (int, error) {
	s.wrote = true
	return s.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection (Flush).
func (s *statusWriter) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// Flush passes flushes on (streamed and proxied responses).
func (s *statusWriter) Flush() {
	if f, ok := s.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// Hijack passes a hijack on, for handlers that take over the connection.
func (s *statusWriter) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	if h, ok := s.ResponseWriter.(http.Hijacker); ok {
		return h.Hijack()
	}
	return nil, nil, errors.New("monitor: the connection cannot be hijacked")
}
