package console

import (
	"sync"
	"time"
)

// Sign-in limits. A credential of 160 random bits is out of reach of any
// number of guesses, so the limits are not what keeps it safe: they keep
// floods from filling the audit log and the CPU. They must not let a
// stranger lock the commission out, so they are per client address only
// (no total that others could use up), and the right credential is
// accepted even from an address that is over its limit.
const (
	loginFailures = 5 // wrong credentials per address per window
	loginWindow   = 15 * time.Minute
)

// Audit limits for refused anonymous requests (no session, no sign-in
// form's token, another origin): each is one line in the fsynced audit
// log, so a flood is recorded a few lines per address and window, and
// the lines it did not record are counted in the next one recorded.
const (
	anonymousLines  = 3 // per address per window
	anonymousWindow = time.Minute
)

// maxClients bounds the addresses a limiter remembers. Past it, ended
// windows are forgotten; if all are current, new addresses share one
// window (overflowKey), so memory stays bounded whatever the flood.
const (
	maxClients  = 10000
	overflowKey = "(other addresses)"
)

// limiter counts events per key in fixed windows: at most max per
// window.
type limiter struct {
	max    int
	length time.Duration

	mu     sync.Mutex
	now    func() time.Time
	counts map[string]*window
}

type window struct {
	start time.Time
	n     int
}

func newLimiter(max int, length time.Duration) *limiter {
	return &limiter{max: max, length: length, now: time.Now, counts: map[string]*window{}}
}

// blocked reports whether key has used up its events in this window.
func (l *limiter) blocked(key string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.window(key).n >= l.max
}

// add counts an event of key.
func (l *limiter) add(key string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.window(key).n++
}

// take counts an event of key if key has one left in this window, and
// reports whether it had.
func (l *limiter) take(key string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	w := l.window(key)
	if w.n >= l.max {
		return false
	}
	w.n++
	return true
}

// window returns key's current window, starting a new one when the old
// has ended. The caller holds mu.
func (l *limiter) window(key string) *window {
	now := l.now()
	w := l.counts[key]
	if w == nil && len(l.counts) >= maxClients {
		for k, old := range l.counts {
			if now.Sub(old.start) > l.length {
				delete(l.counts, k)
			}
		}
		if len(l.counts) >= maxClients {
			key = overflowKey
			w = l.counts[key]
		}
	}
	if w == nil || now.Sub(w.start) > l.length {
		w = &window{start: now}
		l.counts[key] = w
	}
	return w
}
