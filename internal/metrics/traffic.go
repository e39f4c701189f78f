package metrics

import (
	"bufio"
	"errors"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Traffic counts the requests a handler answers, by status class, their
// latency, and the WebSocket connections it holds open.
type Traffic struct {
	byClass    [6]prometheus.Counter // index: status / 100; 0 unused
	latency    prometheus.Histogram
	websockets prometheus.Gauge
}

// NewTraffic registers on reg, under prefix (e.g. "evote_site"),
// prefix_http_requests_total{code="2xx"…}, the histogram
// prefix_http_request_seconds and the gauge prefix_websocket_connections.
func NewTraffic(reg prometheus.Registerer, prefix string) *Traffic {
	requests := prometheus.NewCounterVec(prometheus.CounterOpts{Name: prefix + "_http_requests_total",
		Help: "HTTP requests answered, by status class."}, []string{"code"})
	t := &Traffic{
		// What a role's own handler answers: pages and small JSON from
		// memory or one call to the chain node, milliseconds when well,
		// seconds when the node is slow; prometheus.DefBuckets, 5 ms to
		// 10 s, span both.
		latency: prometheus.NewHistogram(prometheus.HistogramOpts{Name: prefix + "_http_request_seconds",
			Help: "Time to answer an HTTP request (WebSocket connections excluded).", Buckets: prometheus.DefBuckets}),
		websockets: prometheus.NewGauge(prometheus.GaugeOpts{Name: prefix + "_websocket_connections",
			Help: "Open WebSocket connections."}),
	}
	for class := 1; class <= 5; class++ {
		t.byClass[class] = requests.WithLabelValues(strconv.Itoa(class) + "xx")
	}
	reg.MustRegister(requests, t.latency, t.websockets)
	return t
}

// Wrap counts the requests h serves. A WebSocket upgrade counts as a
// connection while h runs, not as a request.
func (t *Traffic) Wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
			t.websockets.Inc()
			defer t.websockets.Dec()
			h.ServeHTTP(w, r)
			return
		}
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(sw, r)
		t.latency.Observe(time.Since(start).Seconds())
		t.byClass[min(sw.status/100, 5)].Inc()
	})
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
	return nil, nil, errors.New("metrics: the connection cannot be hijacked")
}
