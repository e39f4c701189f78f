package tally

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// Progress draws a progress bar of a long count on a terminal (on any
// other writer, a line every ten seconds). A nil *Progress draws nothing.
type Progress struct {
	mu    sync.Mutex
	w     io.Writer
	what  string
	total uint64
	done  uint64
	drawn uint64
	start time.Time
	last  time.Time
	tty   bool
}

// NewProgress returns a progress report on w of total items (0: unknown).
func NewProgress(w io.Writer, what string, total uint64) *Progress {
	p := &Progress{w: w, what: what, total: total, start: time.Now()}
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			p.tty = true
		}
	}
	return p
}

// Add records n more items done.
func (p *Progress) Add(n int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done += uint64(n)
	every := 10 * time.Second
	if p.tty {
		every = 200 * time.Millisecond
	}
	if time.Since(p.last) >= every {
		p.last = time.Now()
		p.draw("")
	}
}

// Done draws the final state and ends the line.
func (p *Progress) Done() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.tty || p.drawn != p.done {
		p.draw("\n")
	}
}

func (p *Progress) draw(end string) {
	p.drawn = p.done
	el := time.Since(p.start)
	rate := float64(p.done) / max(el.Seconds(), 1e-3)
	line := fmt.Sprintf("%s %d", p.what, p.done)
	if p.total > 0 {
		frac := min(float64(p.done)/float64(p.total), 1)
		bar := strings.Repeat("=", int(frac*30)) + strings.Repeat(" ", 30-int(frac*30))
		var eta time.Duration
		if rate > 0 {
			eta = time.Duration(float64(p.total-min(p.done, p.total)) / rate * 1e9)
		}
		line = fmt.Sprintf("%s/%d [%s] %3.0f%% %.0f/s, %v left", line, p.total, bar, frac*100, rate, eta.Round(time.Second))
	} else {
		line = fmt.Sprintf("%s, %.0f/s", line, rate)
	}
	if p.tty {
		fmt.Fprintf(p.w, "\r%s\x1b[K%s", line, end)
	} else {
		fmt.Fprintln(p.w, line)
	}
}
