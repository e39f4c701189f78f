// Package testnet helps tests listen on loopback.
package testnet

import (
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// FreePort returns a port on 127.0.0.1 that is free when FreePort
// returns, for a test that binds it later (a child process, or a node
// that it stops and starts again on the same port).
//
// The port is taken below the kernel's ephemeral range
// (/proc/sys/net/ipv4/ip_local_port_range), where the kernel never puts
// the source port of an outgoing connection nor a listener on port 0:
// a port in that range, released by a stopped node, can be taken by any
// connection of any test running beside it before the node binds it
// again. Below it only another FreePort may pick the same port, at
// random among some twenty thousand; within one test binary FreePort
// never gives a port twice (a test asking for eight, for four nodes,
// could otherwise get one twice and fail to bind it).
func FreePort(t testing.TB) int {
	t.Helper()
	low := ephemeralLow()
	given.Lock()
	defer given.Unlock()
	for range 100 {
		port := minPort + rand.IntN(low-minPort)
		if given.ports[port] {
			continue
		}
		l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port))
		if err == nil {
			l.Close()
			given.ports[port] = true
			return port
		}
	}
	t.Fatal("testnet: no free port below the ephemeral range in 100 tries")
	return 0
}

// given are the ports FreePort gave in this process.
var given = struct {
	sync.Mutex
	ports map[int]bool
}{ports: map[int]bool{}}

// minPort is the lowest port FreePort picks: above the well-known and
// most registered services' ports.
const minPort = 12000

// ephemeralLow is the first port of the kernel's ephemeral range, or
// Linux's default start if it cannot be read.
func ephemeralLow() int {
	const linuxDefault = 32768
	b, err := os.ReadFile("/proc/sys/net/ipv4/ip_local_port_range")
	if err != nil {
		return linuxDefault
	}
	f := strings.Fields(string(b))
	if len(f) != 2 {
		return linuxDefault
	}
	low, err := strconv.Atoi(f[0])
	if err != nil || low <= minPort+1000 {
		return linuxDefault
	}
	return low
}
