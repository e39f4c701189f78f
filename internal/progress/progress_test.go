package progress

import (
	"bytes"
	"io"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"
)

// clock is a fake clock the test moves by hand.
type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }

func newClock() *clock { return &clock{t: time.Date(2026, 9, 13, 8, 0, 0, 0, time.UTC)} }

// quietTime drops slog's own timestamp, which comes from the real clock.
func quietTime(_ []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	return a
}

func logMeter(buf *bytes.Buffer, c *clock, what string, total uint64) *Meter {
	log := slog.New(slog.NewTextHandler(buf, &slog.HandlerOptions{ReplaceAttr: quietTime}))
	return Options{Log: log, Now: c.now}.meter(buf, false, what, total)
}

func TestEstimate(t *testing.T) {
	for _, tc := range []struct {
		name        string
		done, total uint64
		elapsed     time.Duration
		want        State
	}{
		{"half way", 500, 1000, 10 * time.Second,
			State{Fraction: 0.5, Rate: 50, ETA: 10 * time.Second, Known: true}},
		{"rounds to seconds", 1, 4, 3 * time.Second,
			State{Fraction: 0.25, Rate: 1.0 / 3, ETA: 9 * time.Second, Known: true}},
		{"1.5 M codes", 150_000, 1_500_000, time.Minute,
			State{Fraction: 0.1, Rate: 2500, ETA: 9 * time.Minute, Known: true}},
		{"finished", 1000, 1000, 4 * time.Second,
			State{Fraction: 1, Rate: 250, ETA: 0, Known: true}},
		{"past the total", 1200, 1000, 4 * time.Second,
			State{Fraction: 1, Rate: 300, ETA: 0, Known: true}},
		{"nothing done yet", 0, 1000, 5 * time.Second,
			State{Fraction: 0, Rate: 0}},
		{"no time passed", 10, 1000, 0,
			State{Fraction: 0.01}},
		{"unknown total", 70, 0, 7 * time.Second,
			State{Rate: 10}},
		{"zero of zero", 0, 0, 0, State{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Estimate(tc.done, tc.total, tc.elapsed)
			tc.want.Done, tc.want.Total, tc.want.Elapsed = tc.done, tc.total, tc.elapsed
			if got != tc.want {
				t.Errorf("Estimate(%d, %d, %v) = %+v, want %+v", tc.done, tc.total, tc.elapsed, got, tc.want)
			}
		})
	}
}

func TestTerminal(t *testing.T) {
	var buf bytes.Buffer
	c := newClock()
	m := Options{Now: c.now}.meter(&buf, true, "codes", 1000)
	m.Add(100)
	if buf.Len() != 0 {
		t.Fatalf("drew before 200 ms passed: %q", buf.String())
	}
	c.advance(2 * time.Second)
	m.Add(100)
	want := "\rcodes 200/1000 [======                        ]  20% 100/s, ETA 8s\x1b[K"
	if got := buf.String(); got != want {
		t.Fatalf("first draw\n got %q\nwant %q", got, want)
	}
	buf.Reset()
	c.advance(100 * time.Millisecond)
	m.Add(1)
	if buf.Len() != 0 {
		t.Fatalf("redrew within 200 ms: %q", buf.String())
	}
	c.advance(7900 * time.Millisecond)
	m.Add(799)
	m.Done()
	full := "\rcodes 1000/1000 [==============================] 100% 100/s, ETA 0s\x1b[K"
	if got, want := buf.String(), full+full+"\n"; got != want {
		t.Fatalf("last draws\n got %q\nwant %q", got, want)
	}
}

func TestTerminalOneDraw(t *testing.T) {
	for _, tc := range []struct {
		name, what string
		total, set uint64
		after      time.Duration
		want       string
	}{
		{"unknown total", "blocks", 0, 120, 4 * time.Second, "\rblocks 120, 30/s, 4s\x1b[K"},
		{"nothing done", "ballots", 50, 0, time.Second, "\rballots 0/50 [                              ]   0% 0/s, ETA ?\x1b[K"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			c := newClock()
			m := Options{Now: c.now}.meter(&buf, true, tc.what, tc.total)
			c.advance(tc.after)
			m.Set(tc.set)
			m.Done()
			if got, want := buf.String(), tc.want+tc.want+"\n"; got != want {
				t.Fatalf("got %q\nwant %q", got, want)
			}
		})
	}
}

func TestLogLines(t *testing.T) {
	var buf bytes.Buffer
	c := newClock()
	m := logMeter(&buf, c, "ballots", 1000)
	for range 9 {
		c.advance(time.Second)
		m.Add(25)
	}
	if buf.Len() != 0 {
		t.Fatalf("logged before 10 s passed: %q", buf.String())
	}
	c.advance(time.Second)
	m.Add(25) // 250 at 10 s
	c.advance(15 * time.Second)
	m.Add(500) // 750 at 25 s: a line (15 s since the last)
	c.advance(5 * time.Second)
	m.Add(250) // 1000 at 30 s: too soon for a line
	m.Done()
	want := strings.Join([]string{
		`level=INFO msg=progress what=ballots done=250 rate_per_s=25 total=1000 percent=25 eta=30s elapsed=10s`,
		`level=INFO msg=progress what=ballots done=750 rate_per_s=30 total=1000 percent=75 eta=8s elapsed=25s`,
		`level=INFO msg="progress done" what=ballots done=1000 rate_per_s=33.3 total=1000 percent=100 eta=0s elapsed=30s`,
		``}, "\n")
	if got := buf.String(); got != want {
		t.Fatalf("log\n got %s\nwant %s", got, want)
	}
}

func TestLogUnknownTotal(t *testing.T) {
	var buf bytes.Buffer
	c := newClock()
	m := logMeter(&buf, c, "casts", 0)
	c.advance(20 * time.Second)
	m.Add(10)
	if got, want := buf.String(), "level=INFO msg=progress what=casts done=10 rate_per_s=0.5 elapsed=20s\n"; got != want {
		t.Fatalf("got %q\nwant %q", got, want)
	}
}

func TestLogZeroDoneKnownTotal(t *testing.T) {
	var buf bytes.Buffer
	c := newClock()
	m := logMeter(&buf, c, "shares", 3)
	m.Done()
	if got, want := buf.String(), `level=INFO msg="progress done" what=shares done=0 rate_per_s=0 total=3 percent=0 elapsed=0s`+"\n"; got != want {
		t.Fatalf("got %q\nwant %q", got, want)
	}
}

func TestLogEvery(t *testing.T) {
	var buf bytes.Buffer
	c := newClock()
	log := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{ReplaceAttr: quietTime}))
	m := Options{Log: log, Now: c.now, Every: time.Minute}.meter(&buf, false, "x", 0)
	c.advance(59 * time.Second)
	m.Add(1)
	if buf.Len() != 0 {
		t.Fatalf("logged before Every: %q", buf.String())
	}
	c.advance(time.Second)
	m.Add(1)
	if n := strings.Count(buf.String(), "\n"); n != 1 {
		t.Fatalf("%d lines after Every, want 1: %q", n, buf.String())
	}
}

func TestNil(t *testing.T) {
	m := New(nil, "nothing", 10)
	if m != nil {
		t.Fatalf("New(nil) = %v, want nil", m)
	}
	m.Add(1)
	m.Set(2)
	m.Done()
}

func TestDefaultLoggerWritesToTheWriter(t *testing.T) {
	var buf bytes.Buffer
	m := New(&buf, "codes", 10) // a buffer is no terminal: slog text on it
	m.Add(10)
	m.Done()
	if got := buf.String(); !strings.Contains(got, `msg="progress done" what=codes done=10`) || strings.Contains(got, "\r") {
		t.Fatalf("got %q", got)
	}
}

func TestStderrLogsThroughTheDefaultLogger(t *testing.T) {
	var buf bytes.Buffer
	old := slog.Default()
	t.Cleanup(func() { slog.SetDefault(old) })
	slog.SetDefault(slog.New(slog.NewJSONHandler(&buf, nil)))
	c := newClock()
	m := Options{Now: c.now}.meter(os.Stderr, false, "casts", 4)
	m.Add(4)
	m.Done()
	if got := buf.String(); !strings.Contains(got, `"msg":"progress done","what":"casts","done":4`) {
		t.Fatalf("the process's JSON log got %q", got)
	}
}

func TestReader(t *testing.T) {
	var buf bytes.Buffer
	c := newClock()
	m := logMeter(&buf, c, "roll bytes", 11)
	r := m.Reader(strings.NewReader("hello world"))
	b := make([]byte, 5)
	r.Read(b)
	c.advance(10 * time.Second)
	r.Read(b)
	if got, want := buf.String(), "level=INFO msg=progress what=\"roll bytes\" done=10 rate_per_s=1 total=11 percent=90.9 eta=1s elapsed=10s\n"; got != want {
		t.Fatalf("got %q\nwant %q", got, want)
	}
	var nilMeter *Meter
	plain := strings.NewReader("x")
	if nilMeter.Reader(plain) != io.Reader(plain) {
		t.Fatal("a nil Meter wrapped the reader")
	}
}
