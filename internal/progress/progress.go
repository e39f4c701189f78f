// Package progress reports how far a long count has got and when it will
// end: a bar redrawn in place on a terminal, and, on any other writer (a
// log file, journald), a plain slog line every ten seconds with the count
// done, the total, the rate and the estimate (ETA).
//
// The estimate is the items left divided by the mean rate since the start:
// simple, and honest for the steady work it measures (codes hashed,
// ballots checked). With an unknown total (0) there is no bar and no
// estimate, only the count and the rate. A nil *Meter reports nothing, so
// callers need no branch for "quiet".
package progress

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"
)

// Options tunes a Meter; the zero value is the default.
type Options struct {
	// Log is where non-terminal lines go. nil: slog.Default() when the
	// writer is os.Stderr (a command's stderr is its log, in the format
	// the command chose), else a slog text logger on the writer.
	Log   *slog.Logger
	Every time.Duration    // period of non-terminal lines; 0: 10 s (a terminal redraws every 200 ms)
	Now   func() time.Time // the clock; nil: time.Now
}

// Meter reports the progress of one count. Its methods are safe for
// concurrent use.
type Meter struct {
	mu    sync.Mutex
	w     io.Writer
	log   *slog.Logger
	now   func() time.Time
	every time.Duration
	tty   bool
	what  string
	total uint64
	done  uint64
	start time.Time
	last  time.Time
}

// New reports on w the progress of what, total items (0: unknown). On a
// nil w it returns nil, which reports nothing.
func New(w io.Writer, what string, total uint64) *Meter {
	return Options{}.New(w, what, total)
}

// New is New with these options.
func (o Options) New(w io.Writer, what string, total uint64) *Meter {
	if w == nil {
		return nil
	}
	return o.meter(w, IsTerminal(w), what, total)
}

func (o Options) meter(w io.Writer, tty bool, what string, total uint64) *Meter {
	m := &Meter{w: w, log: o.Log, now: o.Now, every: o.Every, tty: tty, what: what, total: total}
	if m.now == nil {
		m.now = time.Now
	}
	switch {
	case m.log != nil:
	case w == io.Writer(os.Stderr):
		m.log = slog.Default()
	default:
		m.log = slog.New(slog.NewTextHandler(w, nil))
	}
	switch {
	case tty:
		m.every = 200 * time.Millisecond
	case m.every <= 0:
		m.every = 10 * time.Second
	}
	m.start = m.now()
	m.last = m.start
	return m
}

// IsTerminal reports whether w is a terminal (a character device).
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// Add records n more items done.
func (m *Meter) Add(n int) {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.done += uint64(n)
	m.tick()
}

// Set records that done items are done in all (for counts read from
// elsewhere, such as a block height).
func (m *Meter) Set(done uint64) {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.done = done
	m.tick()
}

// Reader returns r counting the bytes read from it as items done (for an
// import read from a file of known size). On a nil Meter it returns r.
func (m *Meter) Reader(r io.Reader) io.Reader {
	if m == nil {
		return r
	}
	return &reader{r: r, m: m}
}

type reader struct {
	r io.Reader
	m *Meter
}

func (r *reader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	r.m.Add(n)
	return n, err
}

func (m *Meter) tick() {
	if now := m.now(); now.Sub(m.last) >= m.every {
		m.last = now
		m.report(now, false)
	}
}

// Done reports the final count (a terminal's line ends here).
func (m *Meter) Done() {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.report(m.now(), true)
}

func (m *Meter) report(now time.Time, final bool) {
	s := Estimate(m.done, m.total, now.Sub(m.start))
	if m.tty {
		end := ""
		if final {
			end = "\n"
		}
		fmt.Fprintf(m.w, "\r%s\x1b[K%s", s.line(m.what), end)
		return
	}
	msg := "progress"
	if final {
		msg = "progress done"
	}
	attrs := []any{"what", m.what, "done", m.done, "rate_per_s", round(s.Rate)}
	if m.total > 0 {
		attrs = append(attrs, "total", m.total, "percent", round(s.Fraction*100))
		if s.Known {
			attrs = append(attrs, "eta", s.ETA.String())
		}
	}
	attrs = append(attrs, "elapsed", s.Elapsed.Round(time.Second).String())
	m.log.Info(msg, attrs...)
}

func round(f float64) float64 { return float64(int64(f*10+0.5)) / 10 }

// State is the arithmetic of a report: how much is done, how fast, and
// how long the rest will take.
type State struct {
	Done, Total uint64
	Elapsed     time.Duration
	Fraction    float64       // done/total, at most 1; 0 for an unknown total
	Rate        float64       // items per second since the start; 0 before any time has passed
	ETA         time.Duration // time left at Rate, whole seconds; meaningful only when Known
	Known       bool          // the total and a rate are known, so is ETA
}

// Estimate computes the state of done of total items (0: unknown) after
// elapsed.
func Estimate(done, total uint64, elapsed time.Duration) State {
	s := State{Done: done, Total: total, Elapsed: elapsed}
	if elapsed > 0 {
		s.Rate = float64(done) / elapsed.Seconds()
	}
	if total == 0 {
		return s
	}
	s.Fraction = min(float64(done)/float64(total), 1)
	if s.Rate > 0 {
		left := float64(total - min(done, total))
		s.ETA = time.Duration(left / s.Rate * float64(time.Second)).Round(time.Second)
		s.Known = true
	}
	return s
}

const width = 30

// line is the terminal form of s.
func (s State) line(what string) string {
	if s.Total == 0 {
		return fmt.Sprintf("%s %d, %.0f/s, %v", what, s.Done, s.Rate, s.Elapsed.Round(time.Second))
	}
	full := int(s.Fraction * width)
	bar := strings.Repeat("=", full) + strings.Repeat(" ", width-full)
	eta := "ETA ?"
	if s.Known {
		eta = "ETA " + s.ETA.String()
	}
	return fmt.Sprintf("%s %d/%d [%s] %3.0f%% %.0f/s, %s", what, s.Done, s.Total, bar, s.Fraction*100, s.Rate, eta)
}
