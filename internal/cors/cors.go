// Package cors lets the booth's page, served from another origin (the
// site), call an API (the registrar's, the relay's) from a browser: the
// CORS protocol of the WHATWG Fetch standard, cut down to what the booth
// needs.
//
// A Policy names the allowed origins exactly (scheme://host[:port], as a
// browser serializes them; no patterns, no "null"), the methods and the
// request headers. A request without an Origin header (curl, another
// server) is served as it is. A request from an allowed origin is served
// with Access-Control-Allow-Origin naming that origin; a preflight
// (OPTIONS with Access-Control-Request-Method) is answered 204 only if it
// asks for an allowed method and allowed headers, else 403. A request
// from any other origin, or with more than one Origin header, is refused
// (Policy.Refuse, default a bare 403) before the API sees it, so that a
// foreign page cannot even make the API act on a request it may not read
// the answer of. Credentials are never allowed: the APIs use no cookies.
package cors

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Policy is what an API allows browsers of other origins to do. The zero
// value allows no origin (same-origin and non-browser clients only).
type Policy struct {
	// Origins are the allowed origins, scheme://host[:port] (a trailing
	// slash and the case are ignored); "*" allows any origin.
	Origins []string
	// SameHost also allows an origin whose host[:port] is the request's
	// Host: the API's own pages.
	SameHost bool
	Methods  []string      // allowed methods, e.g. GET, POST
	Headers  []string      // allowed request headers, e.g. Content-Type
	MaxAge   time.Duration // how long a browser may cache a preflight; default 10 minutes
	// Refuse answers a request the policy refuses; nil: 403, no body.
	Refuse http.HandlerFunc
}

// Normalize returns origin as the policy compares it: trimmed of spaces
// and a trailing slash, lower case. It returns "" for anything that is
// not an http(s) origin (a path, a query, user info, "null").
func Normalize(origin string) string {
	if origin == "*" {
		return origin
	}
	u, err := url.Parse(strings.TrimSuffix(strings.TrimSpace(origin), "/"))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" ||
		u.User != nil || u.Path != "" || u.RawQuery != "" || u.Fragment != "" || u.Opaque != "" {
		return ""
	}
	return strings.ToLower(u.Scheme + "://" + u.Host)
}

// Allows reports whether a browser request with this Origin header value,
// sent to host, may be served. An empty origin (no browser) is allowed.
func (p *Policy) Allows(origin, host string) bool {
	if origin == "" {
		return true
	}
	if origin != strings.TrimSpace(origin) || Normalize(origin) == "" {
		return false
	}
	o := strings.ToLower(origin)
	for _, a := range p.Origins {
		if a == "*" || Normalize(a) == o {
			return true
		}
	}
	return p.SameHost && host != "" && strings.EqualFold(strings.SplitN(o, "://", 2)[1], host)
}

// Wrap serves h under the policy.
func (p *Policy) Wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origins := r.Header.Values("Origin")
		if len(origins) == 0 || len(origins) == 1 && origins[0] == "" {
			h.ServeHTTP(w, r)
			return
		}
		w.Header().Add("Vary", "Origin")
		if len(origins) > 1 || !p.Allows(origins[0], r.Host) {
			p.refuse(w, r)
			return
		}
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
			p.preflight(w, r, origins[0])
			return
		}
		w.Header().Set("Access-Control-Allow-Origin", origins[0])
		h.ServeHTTP(w, r)
	})
}

// preflight answers an allowed origin's preflight.
func (p *Policy) preflight(w http.ResponseWriter, r *http.Request, origin string) {
	w.Header().Add("Vary", "Access-Control-Request-Method")
	w.Header().Add("Vary", "Access-Control-Request-Headers")
	if !p.allowsMethod(r.Header.Values("Access-Control-Request-Method")) ||
		!p.allowsHeaders(r.Header.Values("Access-Control-Request-Headers")) {
		p.refuse(w, r)
		return
	}
	maxAge := p.MaxAge
	if maxAge <= 0 {
		maxAge = 10 * time.Minute
	}
	h := w.Header()
	h.Set("Access-Control-Allow-Origin", origin)
	h.Set("Access-Control-Allow-Methods", strings.Join(p.Methods, ", "))
	if len(p.Headers) > 0 {
		h.Set("Access-Control-Allow-Headers", strings.Join(p.Headers, ", "))
	}
	h.Set("Access-Control-Max-Age", strconv.Itoa(int(maxAge.Seconds())))
	w.WriteHeader(http.StatusNoContent)
}

// allowsMethod: exactly one method, one of Methods (methods are case
// sensitive: a browser sends the standard ones in upper case).
func (p *Policy) allowsMethod(v []string) bool {
	return len(v) == 1 && slices.Contains(p.Methods, v[0])
}

// allowsHeaders: every listed header (comma separated, any case) is one
// of Headers; an empty item is malformed.
func (p *Policy) allowsHeaders(v []string) bool {
	if len(v) == 0 {
		return true
	}
	if len(v) > 1 {
		return false
	}
	for name := range strings.SplitSeq(v[0], ",") {
		name = strings.TrimSpace(name)
		if name == "" || !slices.ContainsFunc(p.Headers, func(h string) bool { return strings.EqualFold(h, name) }) {
			return false
		}
	}
	return true
}

func (p *Policy) refuse(w http.ResponseWriter, r *http.Request) {
	if p.Refuse != nil {
		p.Refuse(w, r)
		return
	}
	w.WriteHeader(http.StatusForbidden)
}
