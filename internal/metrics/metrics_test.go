package metrics_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/evote-org/evote/internal/metrics"
	"github.com/evote-org/evote/internal/metrics/metricstest"
	"github.com/prometheus/client_golang/prometheus"
)

// TestHandler wants /healthz to follow the check and /metrics to serve
// the registry, the Go runtime's and the process's collectors included,
// in a format Prometheus's parser reads.
func TestHandler(t *testing.T) {
	healthy := true
	reg := metrics.NewRegistry()
	c := prometheus.NewCounter(prometheus.CounterOpts{Name: "a_total", Help: "A."})
	reg.MustRegister(c)
	c.Add(3)
	srv := httptest.NewServer(metrics.Handler(func(context.Context) (map[string]any, error) {
		if !healthy {
			return map[string]any{"head": 7}, errors.New("node unreachable")
		}
		return map[string]any{"head": 7}, nil
	}, reg))
	defer srv.Close()
	for _, c := range []struct {
		healthy bool
		code    int
		body    string
	}{
		{true, 200, `{"head":7,"status":"ok"}`},
		{false, 503, `{"error":"node unreachable","head":7,"status":"unavailable"}`},
	} {
		healthy = c.healthy
		resp, err := http.Get(srv.URL + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != c.code || strings.TrimSpace(string(body)) != c.body {
			t.Errorf("healthy %v: %d %s, want %d %s", c.healthy, resp.StatusCode, body, c.code, c.body)
		}
	}
	m, err := metricstest.Scrape(srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]float64{"a_total": 3, "go_goroutines": -1, "process_open_fds": -1} {
		if v, ok := m.Value(name); !ok || want >= 0 && v != want {
			t.Errorf("%s: %v %v, want %v", name, v, ok, want)
		}
	}
	for _, method := range []string{http.MethodPost, http.MethodPut} {
		req, _ := http.NewRequest(method, srv.URL+"/metrics", nil)
		if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusMethodNotAllowed {
			t.Errorf("%s /metrics: %v %v", method, resp.StatusCode, err)
		}
	}
}

// TestTraffic counts two answered pages, one 404 and an open WebSocket.
func TestTraffic(t *testing.T) {
	reg := prometheus.NewRegistry()
	tr := metrics.NewTraffic(reg, "x")
	inSocket, release := make(chan struct{}), make(chan struct{})
	srv := httptest.NewServer(tr.Wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/missing":
			http.NotFound(w, r)
		case "/ws":
			inSocket <- struct{}{}
			<-release
		}
	})))
	defer srv.Close()
	for _, p := range []string{"/", "/", "/missing"} {
		resp, err := http.Get(srv.URL + p)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}
	req, _ := http.NewRequest("GET", srv.URL+"/ws", nil)
	req.Header.Set("Upgrade", "websocket")
	done := make(chan struct{})
	go func() {
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			resp.Body.Close()
		}
		close(done)
	}()
	<-inSocket
	mon := httptest.NewServer(metrics.Handler(nil, reg))
	defer mon.Close()
	m, err := metricstest.Scrape(mon.URL + "/metrics")
	close(release)
	<-done
	if err != nil {
		t.Fatal(err)
	}
	m.Want(t,
		metricstest.Sample{Name: "x_http_requests_total", Labels: []string{"code", "2xx"}, Value: 2},
		metricstest.Sample{Name: "x_http_requests_total", Labels: []string{"code", "4xx"}, Value: 1},
		metricstest.Sample{Name: "x_http_requests_total", Labels: []string{"code", "5xx"}, Value: 0},
		metricstest.Sample{Name: "x_http_request_seconds", Value: 3}, // a histogram: its count
		metricstest.Sample{Name: "x_websocket_connections", Value: 1})
}
