package relay_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/evote-org/evote/ballotbox/relay"
	"github.com/gorilla/websocket"
)

// Malformed, oversized and hostile HTTP requests get a JSON error with
// the right status and code, and leave the relay working.
func TestHostileHTTP(t *testing.T) {
	te := openElection(t)
	tr := te.startRelay(t, relay.Config{})
	good, _ := te.vote(t)
	valid, _ := json.Marshal(request(good))
	withField := func(k string, v any) []byte {
		var m map[string]any
		json.Unmarshal(valid, &m)
		m[k] = v
		b, _ := json.Marshal(m)
		return b
	}
	const post, get = http.MethodPost, http.MethodGet
	for _, tc := range []struct {
		name, method, path, ctype string
		body                      []byte
		code                      int
		err                       string
	}{
		{"not json", post, "/v1/casts", "", []byte("{"), 400, "bad-request"},
		{"empty body", post, "/v1/casts", "", nil, 400, "bad-request"},
		{"null", post, "/v1/casts", "", []byte("null"), 400, "bad-request"},
		{"array", post, "/v1/casts", "", []byte("[]"), 400, "bad-request"},
		{"unknown field", post, "/v1/casts", "", withField("ip", "1.2.3.4"), 400, "bad-request"},
		{"two objects", post, "/v1/casts", "", append(valid, valid...), 400, "bad-request"},
		{"wrong type", post, "/v1/casts", "", withField("ballot", 5), 400, "bad-request"},
		{"bad base64", post, "/v1/casts", "", withField("token", "***"), 400, "bad-request"},
		{"short pseudonym", post, "/v1/casts", "", withField("pseudonym", "0x1234"), 400, "bad-request"},
		{"hex pseudonym without 0x", post, "/v1/casts", "", withField("pseudonym", strings.Repeat("ab", 20)), 400, "bad-request"},
		{"zero pseudonym", post, "/v1/casts", "", withField("pseudonym", "0x"+strings.Repeat("00", 20)), 400, "bad-request"},
		{"no signature", post, "/v1/casts", "", withField("signature", nil), 400, "bad-request"},
		{"long id", post, "/v1/casts", "", withField("id", strings.Repeat("x", 65)), 400, "bad-request"},
		{"watch posted", post, "/v1/casts", "", withField("type", "watch"), 400, "bad-request"},
		{"deep nesting", post, "/v1/casts", "", []byte(strings.Repeat("[", 20000)), 400, "bad-request"},
		{"oversized", post, "/v1/casts", "", withField("ballot", bytes.Repeat([]byte{1}, 70<<10)), 413, "too-large"},
		{"text/plain", post, "/v1/casts", "text/plain", valid, 415, "unsupported-media-type"},
		{"form", post, "/v1/casts", "application/x-www-form-urlencoded", valid, 415, "unsupported-media-type"},
		{"get casts", get, "/v1/casts", "", nil, 405, "method-not-allowed"},
		{"put status", http.MethodPut, "/v1/casts/0000-0000-0000-0000", "", nil, 405, "method-not-allowed"},
		{"unknown path", get, "/v2/casts", "", nil, 404, "not-found"},
		{"bad tracker", get, "/v1/casts/UUUU-0000-0000-0000", "", nil, 400, "bad-request"},
		{"unknown tracker", get, "/v1/casts/0000-0000-0000-0000", "", nil, 404, "unknown-tracker"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest(tc.method, tr.url+tc.path, bytes.NewReader(tc.body))
			ctype := tc.ctype
			if ctype == "" {
				ctype = "application/json"
			}
			req.Header.Set("Content-Type", ctype)
			code, u := tr.do(req)
			if code != tc.code || u.Status != "error" || u.Error != tc.err || u.Message == "" {
				t.Fatalf("%d %+v, want %d %s", code, u, tc.code, tc.err)
			}
		})
	}
	if code, u := tr.post(valid); code != http.StatusAccepted {
		t.Fatalf("a valid cast after all that: %d %+v", code, u)
	}
	if m := tr.Metrics(); m.Accepted != 1 || m.Sent > 1 {
		t.Fatalf("metrics: %+v", m)
	}
}

// The per-client rate limit refuses a burst, in the voter's language.
func TestRateLimit(t *testing.T) {
	te := openElection(t)
	tr := te.startRelay(t, relay.Config{Limits: relay.Limits{Rate: 0.01, Burst: 2}})
	body := []byte(`{"pseudonym":"0x12"}`)
	for i := range 2 {
		if code, u := tr.post(body); code != http.StatusBadRequest {
			t.Fatalf("request %d: %d %+v", i, code, u)
		}
	}
	code, u := tr.post(body, "Accept-Language", "ru")
	if code != http.StatusTooManyRequests || u.Error != "rate-limited" || !strings.Contains(u.Message, "Подождите") {
		t.Fatalf("over the limit: %d %+v", code, u)
	}
	if n := tr.Metrics().RateLimited; n != 1 {
		t.Fatalf("%d rate-limited", n)
	}
}

// Hostile WebSocket messages get error updates on a connection that stays
// usable; an oversized message closes it with 1009; connections beyond
// MaxConns and from foreign origins are refused.
func TestHostileWebSocket(t *testing.T) {
	te := openElection(t)
	tr := te.startRelay(t, relay.Config{Limits: relay.Limits{MaxConns: 2}})
	ws := dial(t, tr)
	for _, tc := range []struct {
		name, msg, err string
		binary         bool
	}{
		{"not json", "hello", "bad-request", false},
		{"binary", `{"type":"watch"}`, "bad-request", true},
		{"unknown type", `{"type":"vote","id":"1"}`, "bad-request", false},
		{"no type", `{"id":"1"}`, "bad-request", false},
		{"empty cast", `{"type":"cast","id":"1"}`, "bad-request", false},
		{"unknown field", `{"type":"cast","ip":"1.2.3.4"}`, "bad-request", false},
		{"bad tracker", `{"type":"watch","tracker":"!!"}`, "bad-request", false},
		{"unknown tracker", `{"type":"watch","id":"w","tracker":"0000000000000000"}`, "unknown-tracker", false},
	} {
		kind := websocket.TextMessage
		if tc.binary {
			kind = websocket.BinaryMessage
		}
		if err := ws.WriteMessage(kind, []byte(tc.msg)); err != nil {
			t.Fatal(err)
		}
		if u := readUpdate(t, ws, 5*time.Second); u.Status != "error" || u.Error != tc.err {
			t.Fatalf("%s: %+v", tc.name, u)
		}
	}
	h := http.Header{"Origin": {"https://evil.example"}}
	_, resp, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(tr.url, "http")+"/v1/ws", h)
	if err == nil || resp.StatusCode != http.StatusForbidden {
		t.Fatalf("foreign origin: %v", err)
	}
	var u relay.Update
	if json.NewDecoder(resp.Body).Decode(&u); u.Error != "forbidden-origin" {
		t.Fatalf("foreign origin: %+v", u)
	}
	ws2 := dial(t, tr)
	if _, resp, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(tr.url, "http")+"/v1/ws", nil); err == nil || resp.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("third connection over MaxConns 2: %v", err)
	}
	big := append([]byte(`{"type":"cast","ballot":"`), bytes.Repeat([]byte("A"), 70<<10)...)
	ws2.WriteMessage(websocket.TextMessage, append(big, `"}`...))
	ws2.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, _, err := ws2.ReadMessage(); !websocket.IsCloseError(err, websocket.CloseMessageTooBig) {
		t.Fatalf("oversized message: %v", err)
	}
}

// The relay pings; a client that answers stays connected, one that does
// not is dropped after PongWait.
func TestKeepalive(t *testing.T) {
	te := openElection(t)
	tr := te.startRelay(t, relay.Config{Limits: relay.Limits{PingPeriod: 150 * time.Millisecond, PongWait: 800 * time.Millisecond}})
	alive, silent := dial(t, tr), dial(t, tr)
	silent.SetPingHandler(func(string) error { return nil }) // never pongs
	for _, c := range []*websocket.Conn{alive, silent} {
		go func() {
			for {
				if _, _, err := c.ReadMessage(); err != nil {
					return
				}
			}
		}()
	}
	time.Sleep(1600 * time.Millisecond) // two PongWaits
	if err := alive.WriteJSON(relay.Request{Type: "watch", Tracker: "0000000000000000"}); err != nil {
		t.Fatalf("answering client dropped: %v", err)
	}
	for deadline := time.Now().Add(time.Minute); tr.Metrics().WSConns != 1; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%d connections, want 1 (the silent one dropped)", tr.Metrics().WSConns)
		}
	}
}
