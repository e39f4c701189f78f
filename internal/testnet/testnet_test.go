package testnet

import (
	"fmt"
	"net"
	"testing"
)

// TestFreePort: the port is below the ephemeral range and can be bound.
func TestFreePort(t *testing.T) {
	low := ephemeralLow()
	for range 20 {
		p := FreePort(t)
		if p < minPort || p >= low {
			t.Fatalf("port %d outside [%d, %d)", p, minPort, low)
		}
		l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p))
		if err != nil {
			t.Fatalf("port %d: %v", p, err)
		}
		l.Close()
	}
}
