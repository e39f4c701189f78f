package relay_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/evote-org/evote/ballotbox/relay"
	"github.com/evote-org/evote/ballotbox/relay/api"
	"github.com/gorilla/websocket"
)

// GET /v1/election answers the context and both keys the relay checks
// casts against: what the booth compares with the site's answer.
func TestElectionInfo(t *testing.T) {
	te := openElection(t)
	tr := te.startRelay(t, relay.Config{})
	resp, err := http.Get(tr.url + "/v1/election")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var e api.Election
	if err := json.NewDecoder(resp.Body).Decode(&e); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d: %v", resp.StatusCode, err)
	}
	c := te.params.Election.Context
	want := api.Election{Version: "evote/v1", ChainID: c.ChainID, Contract: fmt.Sprintf("0x%x", c.Contract),
		ElectionID: fmt.Sprintf("0x%x", c.ElectionID), RegistrarKey: te.reg.Public().Bytes(), ElectionKey: te.params.Election.Key.Bytes()}
	if e.Version != want.Version || e.ChainID != want.ChainID || e.Contract != want.Contract || e.ElectionID != want.ElectionID ||
		!bytes.Equal(e.RegistrarKey, want.RegistrarKey) || !bytes.Equal(e.ElectionKey, want.ElectionKey) || len(e.ElectionKey) != 32 {
		t.Errorf("got %+v\nwant %+v", e, want)
	}
	req, _ := http.NewRequest(http.MethodPost, tr.url+"/v1/election", nil)
	if code, u := tr.do(req); code != http.StatusMethodNotAllowed || u.Error != "method-not-allowed" {
		t.Errorf("POST /v1/election: %d %+v", code, u)
	}
}

// The booth's origin (the site's) may call the relay from a browser;
// other origins are refused before the relay acts, over HTTP and on the
// WebSocket, and no answer allows credentials.
func TestBoothOrigins(t *testing.T) {
	const site = "https://vote.example"
	te := openElection(t)
	tr := te.startRelay(t, relay.Config{AllowedOrigins: []string{site}})
	do := func(method, path, origin string, h ...string) *http.Response {
		t.Helper()
		req, _ := http.NewRequest(method, tr.url+path, strings.NewReader("{}"))
		req.Header.Set("Origin", origin)
		for i := 0; i+1 < len(h); i += 2 {
			req.Header.Set(h[i], h[i+1])
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.Header.Get("Access-Control-Allow-Credentials") != "" {
			t.Errorf("%s %s from %s allows credentials", method, path, origin)
		}
		return resp
	}
	pre := do(http.MethodOptions, "/v1/casts", site, "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type")
	if pre.StatusCode != http.StatusNoContent || pre.Header.Get("Access-Control-Allow-Origin") != site ||
		pre.Header.Get("Access-Control-Allow-Methods") != "GET, POST" {
		t.Errorf("the site's preflight: %d %v", pre.StatusCode, pre.Header)
	}
	if r := do(http.MethodGet, "/v1/election", site); r.StatusCode != http.StatusOK || r.Header.Get("Access-Control-Allow-Origin") != site {
		t.Errorf("the site's GET: %d %v", r.StatusCode, r.Header)
	}
	for _, tc := range []struct{ name, method, origin, reqMethod, reqHeaders string }{
		{"preflight of a foreign origin", http.MethodOptions, "https://evil.example", "POST", "content-type"},
		{"preflight of PUT", http.MethodOptions, site, "PUT", ""},
		{"preflight with a credential header", http.MethodOptions, site, "POST", "authorization"},
		{"preflight with an empty header item", http.MethodOptions, site, "POST", ",content-type"},
		{"GET from a look-alike", http.MethodGet, site + ".evil.example", "", ""},
		{"GET from null", http.MethodGet, "null", "", ""},
		{"POST from another port", http.MethodPost, site + ":8443", "", ""},
	} {
		r := do(tc.method, "/v1/casts", tc.origin, "Access-Control-Request-Method", tc.reqMethod, "Access-Control-Request-Headers", tc.reqHeaders)
		if r.StatusCode != http.StatusForbidden || r.Header.Get("Access-Control-Allow-Origin") != "" {
			t.Errorf("%s: %d %v", tc.name, r.StatusCode, r.Header)
		}
	}
	ws := dial(t, tr, "Origin", site)
	ws.Close()
	for _, origin := range []string{"https://evil.example", "null", site + "/"} {
		_, resp, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(tr.url, "http")+"/v1/ws", http.Header{"Origin": {origin}})
		if err == nil || resp.StatusCode != http.StatusForbidden {
			t.Errorf("WebSocket from %q: %v", origin, err)
		}
	}
}
