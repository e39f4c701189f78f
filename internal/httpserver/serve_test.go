package httpserver

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// short are limits a test can wait out; each check below waits for the
// server to act, with a bound only to end a broken run.
var short = Limits{ReadHeader: 300 * time.Millisecond, Read: 600 * time.Millisecond, Idle: 400 * time.Millisecond}

// start runs a server with limits l whose handler reads the whole body.
func start(t *testing.T, l Limits) string {
	t.Helper()
	srv := New(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := io.Copy(io.Discard, r.Body); err != nil {
			return
		}
		fmt.Fprint(w, "ok")
	}), l, nil)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Run(ctx, srv, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	})
	return ln.Addr().String()
}

// closedBy waits until the server closes c (a read ends), and fails if it
// does not within a minute.
func closedBy(t *testing.T, c net.Conn, what string) {
	t.Helper()
	c.SetReadDeadline(time.Now().Add(time.Minute))
	_, err := io.Copy(io.Discard, c)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		t.Errorf("%s: the server kept the connection open for a minute", what)
	}
}

func dial(t *testing.T, addr string) net.Conn {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// TestSlowClients: a header never finished, a body never finished and an
// idle keep-alive connection are each closed by the server.
func TestSlowClients(t *testing.T) {
	addr := start(t, short)

	c := dial(t, addr)
	fmt.Fprint(c, "POST / HTTP/1.1\r\nHost: x\r\n") // and nothing more
	closedBy(t, c, "a slow header")

	c = dial(t, addr)
	fmt.Fprint(c, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n")
	for range 3 { // a trickle, slower than the read limit allows
		fmt.Fprint(c, "x")
		time.Sleep(100 * time.Millisecond)
	}
	closedBy(t, c, "a slow body")

	c = dial(t, addr)
	fmt.Fprint(c, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("a first request: %v %v", resp, err)
	}
	resp.Body.Close()
	closedBy(t, c, "an idle keep-alive connection")
}

// TestOversizedHeader: a header past 16 KiB (plus net/http's 4 KiB of
// slack) is answered 431; one under it is served.
func TestOversizedHeader(t *testing.T) {
	addr := start(t, Limits{})
	for _, c := range []struct {
		size int
		want int
	}{{8 << 10, http.StatusOK}, {100 << 10, http.StatusRequestHeaderFieldsTooLarge}} {
		req, _ := http.NewRequest(http.MethodGet, "http://"+addr+"/", nil)
		req.Header.Set("X-Filler", strings.Repeat("a", c.size))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatalf("%d-byte header: %v", c.size, err)
		}
		resp.Body.Close()
		if resp.StatusCode != c.want {
			t.Errorf("%d-byte header: %d, want %d", c.size, resp.StatusCode, c.want)
		}
	}
}

// TestDefaults: the zero Limits are the documented ones.
func TestDefaults(t *testing.T) {
	s := New(http.NotFoundHandler(), Limits{}, nil)
	if s.ReadHeaderTimeout != 10*time.Second || s.ReadTimeout != 30*time.Second || s.WriteTimeout != 30*time.Second ||
		s.IdleTimeout != 2*time.Minute || s.MaxHeaderBytes != 16<<10 {
		t.Fatalf("defaults: %+v", s)
	}
}
