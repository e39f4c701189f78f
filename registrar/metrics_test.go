package registrar_test

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/evote-org/evote/registrar"
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
	for _, line := range []string{
		"evote_registrar_tokens_issued_total 1",
		"evote_registrar_failed_logins_total 1",
		"evote_registrar_rate_limited_total 0",
		"evote_registrar_store_errors_total 0",
		`evote_registrar_token_request_seconds_bucket{le="+Inf"} 2`,
		"evote_registrar_token_request_seconds_count 2",
		"evote_registrar_voters_served 1",
		"# TYPE evote_registrar_token_request_seconds histogram",
	} {
		if !strings.Contains(string(text), line+"\n") {
			t.Errorf("no %q in\n%s", line, text)
		}
	}
	if strings.Contains(string(text), voterID(0)) {
		t.Error("the metrics name a voter")
	}
}
