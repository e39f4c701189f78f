package monitor

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestHistogram(t *testing.T) {
	h := NewHistogram([]float64{0.1, 1})
	for _, d := range []time.Duration{50 * time.Millisecond, 100 * time.Millisecond, 500 * time.Millisecond, 3 * time.Second} {
		h.Observe(d)
	}
	var b strings.Builder
	h.Write(&b, "x_seconds", "X.")
	want := `# HELP x_seconds X.
# TYPE x_seconds histogram
x_seconds_bucket{le="0.1"} 2
x_seconds_bucket{le="1"} 3
x_seconds_bucket{le="+Inf"} 4
x_seconds_sum 3.65
x_seconds_count 4
`
	if b.String() != want {
		t.Fatalf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestHandler(t *testing.T) {
	healthy := true
	srv := httptest.NewServer(Handler(func(context.Context) (map[string]any, error) {
		if !healthy {
			return map[string]any{"head": 7}, errors.New("node unreachable")
		}
		return map[string]any{"head": 7}, nil
	}, func(w io.Writer) {
		Counter(w, "a_total", "A.", 3)
		Gauge(w, "b", "B.", -1)
	}))
	defer srv.Close()
	for _, c := range []struct {
		path    string
		healthy bool
		code    int
		body    string
	}{
		{"/healthz", true, 200, `{"head":7,"status":"ok"}`},
		{"/healthz", false, 503, `{"error":"node unreachable","head":7,"status":"unavailable"}`},
		{"/metrics", true, 200, "# HELP a_total A.\n# TYPE a_total counter\na_total 3\n# HELP b B.\n# TYPE b gauge\nb -1"},
	} {
		healthy = c.healthy
		resp, err := http.Get(srv.URL + c.path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != c.code || strings.TrimSpace(string(body)) != c.body {
			t.Errorf("%s (healthy %v): %d %s, want %d %s", c.path, c.healthy, resp.StatusCode, body, c.code, c.body)
		}
	}
	if resp, err := http.Post(srv.URL+"/metrics", "text/plain", nil); err != nil || resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /metrics: %v %v", resp.StatusCode, err)
	}
}

func TestTraffic(t *testing.T) {
	tr := NewTraffic()
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
	var b strings.Builder
	tr.Write(&b, "x")
	close(release)
	<-done
	for _, line := range []string{`x_http_requests_total{code="2xx"} 2`, `x_http_requests_total{code="4xx"} 1`,
		"x_http_request_seconds_count 3", "x_websocket_connections 1"} {
		if !strings.Contains(b.String(), line+"\n") {
			t.Errorf("no %q in\n%s", line, b.String())
		}
	}
}
