package chain

import (
	"net/http"
	"strings"
	"testing"

	"github.com/evote-org/evote/internal/testnet"
)

// TestCORS: the HTTP JSON-RPC lets pages of the CORS origins read its
// answers (the observer page's verifier) and no other origin, and
// answers the VirtualHosts and IP addresses only.
func TestCORS(t *testing.T) {
	cfg := testConfig(t.TempDir())
	cfg.HTTPPort = testnet.FreePort(t)
	cfg.CORS = []string{"https://observer.example"}
	cfg.VirtualHosts = []string{"node.example"}
	n, err := Start(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	ask := func(method, host, origin string) *http.Response {
		t.Helper()
		req, _ := http.NewRequest(method, n.HTTPEndpoint(), strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`))
		req.Header.Set("Content-Type", "application/json")
		if host != "" {
			req.Host = host
		}
		if origin != "" {
			req.Header.Set("Origin", origin)
		}
		if method == http.MethodOptions {
			req.Header.Set("Access-Control-Request-Method", "POST")
			req.Header.Set("Access-Control-Request-Headers", "content-type")
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	allow := func(r *http.Response) string { return r.Header.Get("Access-Control-Allow-Origin") }
	if r := ask(http.MethodOptions, "", "https://observer.example"); r.StatusCode >= 300 || allow(r) != "https://observer.example" {
		t.Errorf("preflight of the allowed origin: %d, allow %q", r.StatusCode, allow(r))
	}
	if r := ask(http.MethodPost, "", "https://observer.example"); r.StatusCode != http.StatusOK || allow(r) != "https://observer.example" {
		t.Errorf("call from the allowed origin: %d, allow %q", r.StatusCode, allow(r))
	}
	if r := ask(http.MethodPost, "", "https://evil.example"); allow(r) != "" {
		t.Errorf("another origin is allowed: %q", allow(r))
	}
	if r := ask(http.MethodPost, "node.example", ""); r.StatusCode != http.StatusOK {
		t.Errorf("the virtual host: %d", r.StatusCode)
	}
	if r := ask(http.MethodPost, "rebound.example", ""); r.StatusCode != http.StatusForbidden {
		t.Errorf("another host name: %d, want 403", r.StatusCode)
	}
}
