// Package loopback gives tests HTTP clients that connect from another
// loopback address (127.0.0.2, 127.0.0.3, ...: on Linux every address of
// 127.0.0.0/8 is this machine), so that a server on 127.0.0.1 sees them
// as distinct clients by their TCP peer address, as it would see
// clients on other networks. No header is forged: the address is the
// socket's.
package loopback

import (
	"net"
	"net/http"
)

// Client is an HTTP client whose connections come from the loopback
// address ip.
func Client(ip string) *http.Client {
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}}
	return &http.Client{Transport: &http.Transport{DialContext: d.DialContext}}
}
