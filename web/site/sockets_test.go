package site_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/evote-org/evote/web/api"
	"github.com/evote-org/evote/web/site"
	"github.com/gorilla/websocket"
)

// TestObserverSocketCap: the observer page's WebSockets are capped
// (Config.MaxSockets): past the cap a new one is answered 503 with
// Retry-After and the JSON error, and a place freed by a closed socket
// is taken again.
func TestObserverSocketCap(t *testing.T) {
	node, keys, reg := startChain(t)
	_, trustees := startCeremony(t, node.Client(), keys, reg, testManifest())
	s, err := site.New(site.Config{Box: trustees[0].Box, FromBlock: trustees[0].From, Wasm: []byte("\x00asm\x01\x00\x00\x00"), MaxSockets: 2})
	must(t, err)
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	url := "ws" + strings.TrimPrefix(srv.URL, "http") + "/api/observer/ws"
	dial := func() (*websocket.Conn, *http.Response, error) {
		return websocket.DefaultDialer.Dial(url, http.Header{"Origin": {srv.URL}})
	}
	var open []*websocket.Conn
	for range 2 {
		c, _, err := dial()
		must(t, err)
		open = append(open, c)
	}
	_, resp, err := dial()
	if err == nil || resp == nil || resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" {
		t.Fatalf("a third socket past a cap of 2: %v %+v", err, resp)
	}
	var e api.Error
	if json.NewDecoder(resp.Body).Decode(&e); e.Error != "too_many_connections" {
		t.Errorf("the refusal's error: %+v", e)
	}
	open[0].Close()
	// The server notices the close when its reader returns; the bound
	// only ends a broken run.
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(20 * time.Millisecond) {
		c, _, err := dial()
		if err == nil {
			c.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the place of a closed socket is not freed: %v", err)
		}
	}
	open[1].Close()
}
