// Package defaults holds what the Config types of the registrar and the
// relay share when they fill in their zero values: Or for a field left
// zero, and RemoteIP, the default way to name a request's client for a
// rate limit.
package defaults

import (
	"net"
	"net/http"
	"time"
)

// Or returns v, or def if v is zero.
func Or[T int | int64 | uint64 | float64 | time.Duration](v, def T) T {
	if v == 0 {
		return def
	}
	return v
}

// RemoteIP is the host part of r.RemoteAddr (all of it if it has no
// port). Behind a reverse proxy it names the proxy, not the client.
func RemoteIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
