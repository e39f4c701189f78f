package relay_test

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/ballotbox/relay"
	"github.com/gorilla/websocket"
)

// The soak run: a relay in front of the embedded node (1-second blocks,
// no confirmation block as evote relay, no delay or batching: their cost
// is BenchmarkRelayTiming's) holds idle WebSocket connections of voters,
// opened by a child process (this test binary again, TestSoakClients) so
// that this process's memory is the relay's alone; while they stay open,
// active clients cast over WebSockets and wait for "included".
//
// Memory per connection is measured as this process's Go heap and
// stacks, and its resident set, before and after the idle connections
// open.

// BenchmarkSoak holds 10,000 idle WebSocket connections (EVOTE_SOAK_CONNS
// to change it) while b.N casts go through the relay, and reports
// included ballots per second, the latency from cast to the "included"
// update (p50, p99), the relay's memory per connection, and the relay
// machines 1.5 million simultaneous voters need at that memory:
//
//	go test ./ballotbox/relay -run '^$' -bench Soak -benchtime 2000x
func BenchmarkSoak(b *testing.B) {
	s := newSoak(b, envInt("EVOTE_SOAK_CONNS", 10_000))
	r := s.cast(b, b.N)
	b.ReportMetric(r.rate, "included/s")
	b.ReportMetric(ms(r.p50), "p50-ms")
	b.ReportMetric(ms(r.p99), "p99-ms")
	b.ReportMetric(s.heapPerConn, "heap-B/conn")
	b.ReportMetric(s.rssPerConn, "rss-B/conn")
	b.ReportMetric(float64(s.conns), "conns")
	b.ReportMetric(relaysFor(1_500_000, s.rssPerConn), "relays-1.5M")
}

// TestSoak is the soak run with small numbers for CI (EVOTE_SOAK_CONNS,
// default 300; EVOTE_SOAK_CASTS, default 40): every cast is included
// while the idle connections stay open, and a connection costs the
// relay less than 256 KiB.
func TestSoak(t *testing.T) {
	s := newSoak(t, envInt("EVOTE_SOAK_CONNS", 300))
	r := s.cast(t, envInt("EVOTE_SOAK_CASTS", 40))
	t.Logf("%d idle connections: %.1f included/s, p50 %v, p99 %v; %.0f B heap, %.0f B RSS per connection; %.0f relays for 1.5 M voters",
		s.conns, r.rate, r.p50, r.p99, s.heapPerConn, s.rssPerConn, relaysFor(1_500_000, s.rssPerConn))
	if s.heapPerConn > 256<<10 || s.rssPerConn > 256<<10 {
		t.Errorf("a connection costs %.0f B of heap, %.0f B resident", s.heapPerConn, s.rssPerConn)
	}
	if m := s.tr.Metrics(); m.WSConns < int64(s.conns) {
		t.Errorf("%d connections open after the casts, want at least %d", m.WSConns, s.conns)
	}
}

// relayMemory is what one relay machine gives its connections: 16 GiB.
const relayMemory = 16 << 30

// relaysFor is the number of relays whose relayMemory holds voters
// connections of perConn bytes each.
func relaysFor(voters int, perConn float64) float64 {
	return math.Ceil(float64(voters) * perConn / relayMemory)
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1e3 }

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

// soak is a relay and its idle connections.
type soak struct {
	te    *testElection
	tr    *testRelay
	conns int
	child *exec.Cmd

	heapPerConn, rssPerConn float64
}

func newSoak(tb testing.TB, conns int) *soak {
	raiseFileLimit(tb)
	env := sharedChain(tb)
	benchOpen.once.Do(func() { benchOpen.te = env.newElection(tb, 5, true) })
	s := &soak{te: benchOpen.te, conns: conns}
	s.tr = s.te.startRelay(tb, relay.Config{PollInterval: 500 * time.Millisecond,
		CheckInterval: 2 * time.Second, Limits: relay.Limits{MaxConns: conns + 1024, Rate: -1}})
	heap0, rss0 := memory()
	s.openIdle(tb)
	heap1, rss1 := memory()
	s.heapPerConn = float64(heap1-heap0) / float64(conns)
	s.rssPerConn = float64(rss1-rss0) / float64(conns)
	return s
}

// openIdle starts the child process that opens the idle connections and
// waits until the relay counts them.
func (s *soak) openIdle(tb testing.TB) {
	s.child = exec.Command(os.Args[0], "-test.run=^TestSoakClients$")
	s.child.Env = append(os.Environ(), "EVOTE_SOAK_URL="+wsURL(s.tr), fmt.Sprintf("EVOTE_SOAK_OPEN=%d", s.conns))
	s.child.Stderr = os.Stderr
	s.child.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	stdin, _ := s.child.StdinPipe() // the child exits when it closes
	out, _ := s.child.StdoutPipe()
	if err := s.child.Start(); err != nil {
		tb.Fatal(err)
	}
	lines := bufio.NewScanner(out)
	for lines.Scan() && !strings.HasPrefix(lines.Text(), "ready") {
	}
	tb.Cleanup(func() {
		stdin.Close()
		io.Copy(io.Discard, out)
		s.child.Wait()
	})
	deadline := time.Now().Add(2 * time.Minute)
	for s.tr.Metrics().WSConns < int64(s.conns) {
		if time.Now().After(deadline) {
			tb.Fatalf("%d of %d idle connections open", s.tr.Metrics().WSConns, s.conns)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func wsURL(tr *testRelay) string { return "ws" + strings.TrimPrefix(tr.url, "http") + "/v1/ws" }

// memory returns the Go heap and stacks in use and the resident set of
// this process, after a collection.
func memory() (heap, rss int64) {
	runtime.GC()
	debug.FreeOSMemory()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	statm, _ := os.ReadFile("/proc/self/statm")
	var size, resident int64
	fmt.Sscan(string(statm), &size, &resident)
	return int64(m.HeapInuse + m.StackInuse), resident * int64(os.Getpagesize())
}

// raiseFileLimit raises the soft limit of open files to the hard one.
func raiseFileLimit(tb testing.TB) {
	var l syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &l); err != nil {
		tb.Fatal(err)
	}
	l.Cur = l.Max
	if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &l); err != nil {
		tb.Fatal(err)
	}
}

// result is what one soak run measured.
type result struct {
	rate     float64 // casts included per second, first send to last update
	p50, p99 time.Duration
}

// activeClients is how many connections cast during the run, each with
// up to window casts followed at once (the relay's MaxWatches default).
const (
	activeClients = 64
	window        = 16
)

// cast sends n fresh casts over activeClients WebSocket connections, each
// sending its next cast once the last is accepted, and waits for every
// "included" update.
func (s *soak) cast(tb testing.TB, n int) result {
	casts := votes(tb, s.te, n)
	latency := make([]time.Duration, n)
	var wg sync.WaitGroup
	start := time.Now()
	for c := range activeClients {
		wg.Go(func() {
			if err := s.castOn(casts, latency, c); err != nil {
				tb.Error(err)
			}
		})
	}
	wg.Wait()
	took := time.Since(start)
	if tb.Failed() {
		tb.FailNow()
	}
	slices.Sort(latency)
	return result{rate: float64(n) / took.Seconds(), p50: latency[n/2], p99: latency[n*99/100]}
}

// castOn casts every activeClients-th cast from first on one connection
// and records the time from sending each to its "included" update.
func (s *soak) castOn(casts []ballotbox.Cast, latency []time.Duration, first int) error {
	conn, _, err := websocket.DefaultDialer.Dial(wsURL(s.tr), nil)
	if err != nil {
		return err
	}
	defer conn.Close()
	sent := map[string]time.Time{}
	waiting := 0
	for i := first; i < len(casts) || waiting > 0; {
		if i < len(casts) && waiting < window {
			m := request(casts[i])
			m.Type, m.ID = "cast", strconv.Itoa(i)
			sent[m.ID] = time.Now()
			if err := conn.WriteJSON(m); err != nil {
				return err
			}
			i += activeClients
			waiting++
			continue
		}
		conn.SetReadDeadline(time.Now().Add(time.Minute))
		var u relay.Update
		if err := conn.ReadJSON(&u); err != nil {
			return err
		}
		switch u.Status {
		case "accepted":
		case "included":
			k, _ := strconv.Atoi(u.ID)
			latency[k] = time.Since(sent[u.ID])
			waiting--
		default:
			return fmt.Errorf("cast %s: %+v", u.ID, u)
		}
	}
	return nil
}

// TestSoakClients is the soak run's child process: it opens
// $EVOTE_SOAK_OPEN idle WebSocket connections to $EVOTE_SOAK_URL
// (answering pings), prints "ready" and holds them until its standard
// input closes. Without those variables it does nothing.
func TestSoakClients(t *testing.T) {
	url, n := os.Getenv("EVOTE_SOAK_URL"), envInt("EVOTE_SOAK_OPEN", 0)
	if url == "" || n == 0 {
		t.Skip("the child process of TestSoak and BenchmarkSoak")
	}
	raiseFileLimit(t)
	d := websocket.Dialer{ReadBufferSize: 512, WriteBufferSize: 512, HandshakeTimeout: time.Minute}
	conns := make([]*websocket.Conn, n)
	var wg sync.WaitGroup
	for w := range 32 {
		wg.Go(func() {
			for i := w; i < n; i += 32 {
				c, _, err := d.Dial(url, nil)
				if err != nil {
					t.Errorf("connection %d: %v", i, err)
					return
				}
				conns[i] = c
				go func() { // answers pings until the connection closes
					for _, _, err := c.NextReader(); err == nil; _, _, err = c.NextReader() {
					}
				}()
			}
		})
	}
	wg.Wait()
	fmt.Println("ready")
	bufio.NewReader(os.Stdin).ReadString('\n')
}
