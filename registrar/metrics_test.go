package registrar_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/evote-org/evote/internal/metrics/metricstest"
	"github.com/evote-org/evote/registrar"
	dto "github.com/prometheus/client_model/go"
)

// TestHealthAndMetrics issues one token, refuses a wrong code, and wants
// both counted on /metrics and the store's counts on /healthz, served by
// MonitorHandler and not by the public API.
func TestHealthAndMetrics(t *testing.T) {
	st := openPebble(t)
	codes := voters(t, st, 2, cheap)
	svc := newService(t, st, registrar.Config{})
	c := newClient(t, svc.Handler())
	c.mustToken(t, voterID(0), codes[voterID(0)], randomBlinded(t))
	c.wantError(t, voterID(1), "0000-0000-0000", randomBlinded(t), http.StatusUnauthorized, "auth_failed")
	for _, p := range []string{"/healthz", "/metrics"} {
		resp, err := c.http.Get(c.base + p)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusNotFound {
			t.Errorf("the public API serves %s: %d", p, resp.StatusCode)
		}
	}
	c = newClient(t, svc.MonitorHandler())

	resp, err := c.http.Get(c.base + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	var h struct {
		Status         string
		Voters, Issued uint64
	}
	json.NewDecoder(resp.Body).Decode(&h)
	resp.Body.Close()
	if resp.StatusCode != 200 || h.Status != "ok" || h.Voters != 2 || h.Issued != 1 {
		t.Fatalf("healthz: %d %+v", resp.StatusCode, h)
	}
	resp, err = c.http.Get(c.base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	text, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	m, err := metricstest.Parse(bytes.NewReader(text))
	if err != nil {
		t.Fatalf("%v in\n%s", err, text)
	}
	m.Want(t,
		metricstest.Sample{Name: "evote_registrar_tokens_issued_total", Value: 1},
		metricstest.Sample{Name: "evote_registrar_failed_logins_total", Value: 1},
		metricstest.Sample{Name: "evote_registrar_rate_limited_total", Value: 0},
		metricstest.Sample{Name: "evote_registrar_already_issued_total", Value: 0},
		metricstest.Sample{Name: "evote_registrar_busy_total", Value: 0},
		metricstest.Sample{Name: "evote_registrar_store_errors_total", Value: 0},
		metricstest.Sample{Name: "evote_registrar_token_request_seconds", Value: 2}, // a histogram: its count
		metricstest.Sample{Name: "evote_registrar_voters", Value: 2},
		metricstest.Sample{Name: "evote_registrar_voters_served", Value: 1})
	if f := m["evote_registrar_token_request_seconds"]; f.GetType() != dto.MetricType_HISTOGRAM || len(f.Metric[0].Histogram.Bucket) < 10 {
		t.Errorf("the token-request latency is not a histogram with its buckets: %v", f)
	}
	if _, ok := m.Value("process_resident_memory_bytes"); !ok {
		t.Error("no process metrics")
	}
	if strings.Contains(string(text), voterID(0)) {
		t.Error("the metrics name a voter")
	}
}
