package relay_test

import (
	"bufio"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/evote-org/evote/ballotbox/relay"
	"github.com/evote-org/evote/ballotbox/tracker"
	"github.com/evote-org/evote/internal/metrics/metricstest"
	dto "github.com/prometheus/client_model/go"
)

func TestRedact(t *testing.T) {
	for in, want := range map[string]string{
		"http: TLS handshake error from 127.0.0.1:54321: EOF": "http: TLS handshake error from [addr]: EOF",
		"http: panic serving [::1]:8080: boom":                "http: panic serving [addr]: boom",
		"from 2001:db8::1 and fe80::1%eth0":                   "from [addr] and [addr]",
		"from 10.0.0.7, nothing else":                         "from [addr], nothing else",
	} {
		if got := relay.Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}

// Casts, rejections, WebSocket sessions and net/http's own errors leave
// no client address in the relay's logs (Debug level included).
func TestNoAddressInLogs(t *testing.T) {
	te := openElection(t)
	tr := te.startRelay(t, relay.Config{})
	good, _ := te.vote(t)
	tr.post(request(good))
	bad := request(good)
	bad.Signature = nil
	tr.post(bad)
	ws := dial(t, tr)
	ws.WriteMessage(1, []byte("garbage"))
	readUpdate(t, ws, 5*time.Second)
	tr.waitIncluded([]relay.Tracker{tracker.Of(good.Ballot)}, inclusionWait)

	// A TLS server of the relay, spoken to in plain text: net/http logs
	// a handshake error naming the client.
	srv := httptest.NewUnstartedServer(nil)
	srv.Config = tr.Server("")
	srv.StartTLS()
	conn, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	conn.Write([]byte("GET / HTTP/1.0\r\n\r\n"))
	bufio.NewReader(conn).ReadString('\n')
	conn.Close()
	srv.Close()
	ws.Close()
	time.Sleep(100 * time.Millisecond)

	logs := tr.logs.String()
	t.Logf("logs:\n%s", logs)
	if strings.Contains(logs, "127.0.0.1") || strings.Contains(logs, "::1") {
		t.Fatalf("an address in the logs:\n%s", logs)
	}
	if !strings.Contains(logs, "handshake error from [addr]") {
		t.Fatalf("net/http's error did not reach the log:\n%s", logs)
	}
}

func TestHealthAndMetrics(t *testing.T) {
	te := openElection(t)
	tr := te.startRelay(t, relay.Config{})
	good, _ := te.vote(t)
	tr.post(request(good))
	tr.waitIncluded([]relay.Tracker{tracker.Of(good.Ballot)}, inclusionWait)
	for _, p := range []string{"/healthz", "/metrics"} {
		resp, err := http.Get(tr.url + p)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusNotFound {
			t.Errorf("the public API serves %s: %d", p, resp.StatusCode)
		}
	}
	mon := httptest.NewServer(tr.MonitorHandler())
	t.Cleanup(mon.Close)
	resp, err := http.Get(mon.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	var h struct {
		Status string
		Head   uint64
		Outbox int64
	}
	json.NewDecoder(resp.Body).Decode(&h)
	resp.Body.Close()
	if resp.StatusCode != 200 || h.Status != "ok" || h.Head == 0 || h.Outbox != 0 {
		t.Fatalf("healthz: %d %+v", resp.StatusCode, h)
	}
	m, err := metricstest.Scrape(mon.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	m.Want(t,
		metricstest.Sample{Name: "evote_relay_casts_accepted_total", Value: 1},
		metricstest.Sample{Name: "evote_relay_casts_included_total", Value: 1},
		metricstest.Sample{Name: "evote_relay_casts_rejected_total", Labels: []string{"reason", "bad-proof"}, Value: 0},
		metricstest.Sample{Name: "evote_relay_outbox_depth", Value: 0},
		metricstest.Sample{Name: "evote_relay_inclusion_seconds", Value: 1}) // a histogram: its count
	if head, _ := m.Value("evote_relay_chain_head"); head < float64(h.Head) {
		t.Errorf("evote_relay_chain_head %v, below the %d of /healthz before", head, h.Head)
	}
	if got := len(m["evote_relay_casts_rejected_total"].GetMetric()); got != 6 {
		t.Errorf("%d rejection reasons, want 6", got)
	}
	if m["evote_relay_casts_accepted_total"].GetType() != dto.MetricType_COUNTER {
		t.Errorf("evote_relay_casts_accepted_total is a %v", m["evote_relay_casts_accepted_total"].GetType())
	}
}
