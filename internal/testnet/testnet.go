// Package testnet helps tests listen on loopback.
package testnet

import (
	"net"
	"testing"
)

// FreePort asks the kernel for a free port on 127.0.0.1. The port is free
// when FreePort returns; a test that needs it for a child process passes
// the number on, and a rare clash with another listener fails that test
// with the child's own error.
func FreePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}
