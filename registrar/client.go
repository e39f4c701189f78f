package registrar

import (
	"fmt"
	"net/http"
	"net/netip"
	"strings"

	"github.com/evote-org/evote/internal/defaults"
)

// ForwardedClient is a Config.ClientID for a registrar behind reverse
// proxies (TLS terminators, load balancers) at the addresses of
// proxies. A request whose TCP peer is one of them is named by the
// right-most address of its X-Forwarded-For headers that is not a proxy
// (each proxy appends the address it received the request from, so what
// lies left of that could be the client's own invention); any other
// request by its TCP peer address. Without it, a registrar behind a
// proxy sees every voter as the proxy, and the per-client limits of
// Limits become limits on everyone.
func ForwardedClient(proxies []netip.Prefix) func(*http.Request) string {
	trusted := func(s string) bool {
		a, err := netip.ParseAddr(s)
		if err != nil {
			return false
		}
		a = a.Unmap().WithZone("")
		for _, p := range proxies {
			if p.Contains(a) {
				return true
			}
		}
		return false
	}
	return func(r *http.Request) string {
		client := defaults.RemoteIP(r)
		if !trusted(client) {
			return client
		}
		hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
		for i := len(hops) - 1; i >= 0; i-- {
			hop := strings.TrimSpace(hops[i])
			if hop == "" {
				continue
			}
			if client = hop; !trusted(hop) {
				break
			}
		}
		return client
	}
}

// ParseProxies reads a comma-separated list of proxy addresses and
// networks (192.0.2.1, 10.0.0.0/8, 2001:db8::/32), for ForwardedClient.
func ParseProxies(s string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for f := range strings.SplitSeq(s, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		p, err := netip.ParsePrefix(f)
		if err != nil {
			a, aerr := netip.ParseAddr(f)
			if aerr != nil {
				return nil, fmt.Errorf("%w: proxy %q is neither an address nor a network", ErrConfig, f)
			}
			p = netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen())
		}
		out = append(out, p.Masked())
	}
	return out, nil
}
