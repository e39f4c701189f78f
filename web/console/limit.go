package console

import (
	"sync"
	"time"
)

// Login limits: failed sign-ins per client address and in all, per
// window. The total bounds guessing from many addresses (or from one
// behind a proxy); a credential of 160 random bits is out of reach of
// either, and the limits keep the log readable and the CPU free.
const (
	loginFailures      = 5
	loginTotalFailures = 30
	loginWindow        = 15 * time.Minute
)

// limiter counts failures in fixed windows.
type limiter struct {
	mu     sync.Mutex
	now    func() time.Time
	counts map[string]*window
}

type window struct {
	start time.Time
	n     int
}

func newLimiter() *limiter {
	return &limiter{now: time.Now, counts: map[string]*window{}}
}

// blocked reports whether client (or everyone) has used up its failures.
func (l *limiter) blocked(client string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.count(client) >= loginFailures || l.count("") >= loginTotalFailures
}

// fail counts a failure of client.
func (l *limiter) fail(client string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, k := range []string{client, ""} {
		l.count(k)
		l.counts[k].n++
	}
}

// maxClients bounds the addresses the limiter remembers; past it, ended
// windows are forgotten.
const maxClients = 10000

// count returns the failures of key in its current window, starting a
// new window when the old one has ended. The caller holds mu.
func (l *limiter) count(key string) int {
	now := l.now()
	if len(l.counts) > maxClients {
		for k, w := range l.counts {
			if now.Sub(w.start) > loginWindow {
				delete(l.counts, k)
			}
		}
	}
	w := l.counts[key]
	if w == nil || now.Sub(w.start) > loginWindow {
		w = &window{start: now}
		l.counts[key] = w
	}
	return w.n
}
