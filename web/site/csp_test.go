package site_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/web/site"
)

// TestAPIOrigins: the site names the registrar and the relay in its
// pages and lets them connect to exactly those origins besides its own;
// it serves none of their paths; and it refuses an API URL that is not
// an absolute http(s) URL.
func TestAPIOrigins(t *testing.T) {
	s, err := site.New(site.Config{Box: ballotbox.New(nil, common.Address{1}), Wasm: []byte("\x00asm stand-in"),
		RegistrarURL: "https://Registrar.example", RelayURL: "https://relay.example:8443/base/"})
	must(t, err)
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	resp, body := fetch(t, srv.URL+"/track", false)
	want := "; connect-src 'self' https://registrar.example https://relay.example:8443 wss://relay.example:8443; "
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, want) {
		t.Errorf("CSP %q, want %q", csp, want)
	}
	if !strings.Contains(string(body), `data-registrar="https://Registrar.example" data-relay="https://relay.example:8443/base"`) {
		t.Errorf("the page does not name the APIs:\n%s", body)
	}
	for _, path := range []string{"/registrar/v1/elections/0x00", "/relay/v1/ws", "/v1/election", "/v1/casts"} {
		if resp, _ := fetch(t, srv.URL+path, false); resp.StatusCode != http.StatusNotFound {
			t.Errorf("the site serves %s: %s", path, resp.Status)
		}
	}
	for _, bad := range []string{"registrar.example", "/registrar", "javascript:alert(1)", "ftp://registrar.example",
		"https://user@registrar.example", "https://registrar.example/?x=1", "https://registrar.example/#x",
		"https://registrar.example; script-src *", "https://"} {
		if _, err := site.New(site.Config{Box: ballotbox.New(nil, common.Address{1}), Wasm: []byte("\x00asm"), RegistrarURL: bad}); err == nil {
			t.Errorf("RegistrarURL %q accepted", bad)
		}
	}
}

// TestObserverPolicy: the observer page alone may connect to any http(s)
// origin (the chain node the observer names for "verify in this
// browser"), with every other directive as strict as elsewhere; it
// offers the configured node and the election's contract; a NodeURL that
// is not an absolute http(s) URL is refused.
func TestObserverPolicy(t *testing.T) {
	cfg := site.Config{Box: ballotbox.New(nil, common.Address{0xab}), Wasm: []byte("\x00asm stand-in"),
		RegistrarURL: "https://registrar.example", RelayURL: "https://relay.example", NodeURL: "https://node.example/rpc"}
	s, err := site.New(cfg)
	must(t, err)
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	strict := "connect-src 'self' https://registrar.example https://relay.example wss://relay.example;"
	resp, body := fetch(t, srv.URL+"/observer", false)
	obs := resp.Header.Get("Content-Security-Policy")
	if !strings.Contains(obs, "connect-src 'self' https: http:;") || strings.Count(obs, "connect-src") != 1 {
		t.Errorf("observer CSP %q", obs)
	}
	for _, path := range []string{"/", "/track", "/check", "/ballots"} {
		resp, _ := fetch(t, srv.URL+path, false)
		csp := resp.Header.Get("Content-Security-Policy")
		if !strings.Contains(csp, strict) {
			t.Errorf("%s: CSP %q, want %q", path, csp, strict)
		}
		if strings.Replace(csp, strict, "connect-src 'self' https: http:;", 1) != obs {
			t.Errorf("%s: the observer's CSP differs in more than connect-src:\n%s\n%s", path, csp, obs)
		}
	}
	for _, want := range []string{`value="https://node.example/rpc"`, `value="0xab00000000000000000000000000000000000000"`} {
		if !strings.Contains(string(body), want) {
			t.Errorf("the observer page does not offer %s", want)
		}
	}
	for _, bad := range []string{"node.example:8545", "javascript:alert(1)", "https://node.example; connect-src *"} {
		cfg.NodeURL = bad
		if _, err := site.New(cfg); err == nil {
			t.Errorf("NodeURL %q accepted", bad)
		}
	}
}
