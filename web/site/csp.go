package site

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// policy is the Content-Security-Policy of every answer: the pages may
// load nothing but the site's own files; WebAssembly needs
// 'wasm-unsafe-eval' (not 'unsafe-eval'). The booth's worker is a file of
// the site (worker-src 'self', no blob: or data: URLs); it is served with
// this same policy, which is the worker's own. connect-src names the
// site's own origin (its read-only /api), and exactly the registrar's and
// the relay's origins, the relay's also in its WebSocket spelling (ws:
// or wss:, which an http(s) source does not cover).
func policy(registrarURL, relayURL string) (string, error) {
	connect := []string{"'self'"}
	for _, u := range []struct{ name, url string }{{"RegistrarURL", registrarURL}, {"RelayURL", relayURL}} {
		if u.url == "" {
			continue
		}
		o, err := origin(u.url)
		if err != nil {
			return "", fmt.Errorf("site: %s: %w", u.name, err)
		}
		connect = append(connect, o)
		if u.name == "RelayURL" {
			connect = append(connect, "ws"+strings.TrimPrefix(o, "http"))
		}
	}
	return "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self'; img-src 'self'; " +
		"connect-src " + strings.Join(connect, " ") + "; form-action 'self'; base-uri 'none'; frame-ancestors 'none'", nil
}

// observerPolicy is policy with connect-src opened to every http(s)
// origin, for the observer page alone: its "verify in this browser"
// reads the JSON-RPC of a chain node the observer names, which the site
// cannot know in advance. Scripts are as restricted as elsewhere (the
// site's own files, with integrity); what this allows is that the page's
// scripts send requests to, and read answers from, any node that allows
// the site's origin by CORS. The page holds nothing secret to send, and
// the node's answers are untrusted input to the verifier, which checks
// them before believing them (tally/verify/ts). The booth and every
// other page keep the strict policy, and the worker that checks ballots
// (served with the strict policy) connects nowhere.
func observerPolicy(strict string) string {
	i := strings.Index(strict, "connect-src ")
	j := i + strings.Index(strict[i:], ";")
	return strict[:i] + "connect-src 'self' https: http:" + strict[j:]
}

// withPolicy serves h with the Content-Security-Policy csp instead of
// the site's.
func withPolicy(h http.Handler, csp string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", csp)
		h.ServeHTTP(w, r)
	})
}

// origin is the scheme://host[:port] of an API's base URL, which must be
// absolute http(s) with no user info, query or fragment.
func origin(raw string) (string, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return "", err
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil || u.RawQuery != "" || u.Fragment != "" ||
		strings.ContainsAny(u.Host, " ;,'") {
		return "", fmt.Errorf("%q is not an absolute http(s) URL with a host", raw)
	}
	return strings.ToLower(u.Scheme + "://" + u.Host), nil
}
