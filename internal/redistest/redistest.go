// Package redistest runs a private redis-server for tests: on a free
// local port, in its own temporary directory, with the append-only file
// fsynced on every write (the configuration redisstore requires). Tests
// can kill it with SIGKILL and restart it on the same data.
//
// redis-server must be installed (scripts/test installs it with apt-get);
// if it is not, Start fails the test with a message saying so. It never
// skips: the Redis store is not tested otherwise.
package redistest

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/evote-org/evote/internal/testnet"
)

// Durable is the configuration redisstore requires.
var Durable = []string{"--appendonly", "yes", "--appendfsync", "always"}

// Server is a running (or killed) redis-server.
type Server struct {
	t    testing.TB
	Addr string // host:port
	Dir  string // data directory (the append-only file lives here)
	args []string
	cmd  *exec.Cmd
}

// Start starts a redis-server with Durable configuration, or with args
// instead when given (for tests of unsafe configurations). It is stopped
// when the test ends.
func Start(t testing.TB, args ...string) *Server {
	t.Helper()
	if _, err := exec.LookPath("redis-server"); err != nil {
		t.Fatal("redis-server is not installed, and the Redis store tests need it: " +
			"install it with `apt-get install -y redis-server` (scripts/test does this)")
	}
	if args == nil {
		args = Durable
	}
	s := &Server{t: t, Dir: t.TempDir(), args: args}
	s.Addr = net.JoinHostPort("127.0.0.1", strconv.Itoa(testnet.FreePort(t)))
	s.Restart()
	t.Cleanup(s.Kill)
	return s
}

// URL is the server's redis:// URL.
func (s *Server) URL() string { return "redis://" + s.Addr + "/0" }

// Restart starts the server again on the same port and data; it must
// not be running.
func (s *Server) Restart() {
	s.t.Helper()
	_, port, _ := net.SplitHostPort(s.Addr)
	args := append([]string{
		"--port", port, "--bind", "127.0.0.1", "--dir", s.Dir,
		"--save", "", "--daemonize", "no", "--logfile", filepath.Join(s.Dir, "redis.log"),
	}, s.args...)
	s.cmd = exec.Command("redis-server", args...)
	s.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL} // dies with the test
	if err := s.cmd.Start(); err != nil {
		s.t.Fatalf("starting redis-server: %v", err)
	}
	s.waitReady()
}

// RestartWith starts the server again on the same port and data with
// args instead of its configuration (Durable for a durable one); it must
// not be running. A restore test uses it to load a snapshot.
func (s *Server) RestartWith(args ...string) {
	s.t.Helper()
	s.args = args
	s.Restart()
}

// Kill stops the server with SIGKILL, as a crash would, and waits for it
// to exit. It does nothing if the server is not running.
func (s *Server) Kill() {
	if s.cmd == nil {
		return
	}
	s.cmd.Process.Signal(syscall.SIGKILL)
	s.cmd.Wait()
	s.cmd = nil
}

// waitReady waits until the server answers PING, for up to 10 seconds.
func (s *Server) waitReady() {
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if ping(s.Addr) {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	log, _ := os.ReadFile(filepath.Join(s.Dir, "redis.log"))
	s.Kill()
	s.t.Fatalf("redis-server on %s did not start; its log:\n%s", s.Addr, log)
}

func ping(addr string) bool {
	c, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return false
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(time.Second))
	if _, err := fmt.Fprint(c, "PING\r\n"); err != nil {
		return false
	}
	line, err := bufio.NewReader(c).ReadString('\n')
	return err == nil && line == "+PONG\r\n"
}
