package registrar_test

import (
	"net/http"
	"testing"

	"github.com/evote-org/evote/registrar"
)

// TestForwardedClient: behind trusted proxies the client is the
// right-most forwarded address that is not a proxy; a client cannot
// choose its name by sending X-Forwarded-For itself, directly or through
// the proxies.
func TestForwardedClient(t *testing.T) {
	proxies, err := registrar.ParseProxies("10.0.0.0/8, 192.0.2.1,2001:db8::/32")
	if err != nil {
		t.Fatal(err)
	}
	id := registrar.ForwardedClient(proxies)
	for _, tt := range []struct {
		name, peer string
		xff        []string
		want       string
	}{
		{"direct, no header", "203.0.113.7:5000", nil, "203.0.113.7"},
		{"direct, forged header", "203.0.113.7:5000", []string{"198.51.100.1"}, "203.0.113.7"},
		{"one proxy", "10.1.2.3:5000", []string{"203.0.113.7"}, "203.0.113.7"},
		{"forged left of the proxy's", "10.1.2.3:5000", []string{"198.51.100.1, 203.0.113.7"}, "203.0.113.7"},
		{"two proxies", "10.1.2.3:5000", []string{"198.51.100.1, 203.0.113.7, 192.0.2.1"}, "203.0.113.7"},
		{"two header lines", "10.1.2.3:5000", []string{"198.51.100.1", "203.0.113.7"}, "203.0.113.7"},
		{"IPv6 proxy", "[2001:db8::1]:443", []string{"2001:db8:ffff::1, 2a00:1450::1"}, "2a00:1450::1"},
		{"proxy without header", "10.1.2.3:5000", nil, "10.1.2.3"},
		{"only proxies", "10.1.2.3:5000", []string{"10.9.9.9"}, "10.9.9.9"},
		{"empty entries", "10.1.2.3:5000", []string{"203.0.113.7, , "}, "203.0.113.7"},
	} {
		r := &http.Request{RemoteAddr: tt.peer, Header: http.Header{"X-Forwarded-For": tt.xff}}
		if got := id(r); got != tt.want {
			t.Errorf("%s: client %q, want %q", tt.name, got, tt.want)
		}
	}
	for _, bad := range []string{"10.0.0.0/33", "proxy.example", "10.0.0.1/8/2"} {
		if _, err := registrar.ParseProxies(bad); err == nil {
			t.Errorf("ParseProxies(%q) accepted", bad)
		}
	}
}
