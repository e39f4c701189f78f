package relay

import (
	"hash/maphash"
	"sync"
	"time"
)

// limiter is a token bucket per client, in memory only. It keys buckets
// on a hash of the client's address under a random per-process seed, so
// that not even the relay's memory holds the addresses.
type limiter struct {
	rate, burst float64 // rate < 0: no limit
	seed        maphash.Seed

	mu      sync.Mutex
	buckets map[uint64]*bucket
	swept   time.Time
}

type bucket struct {
	tokens float64
	last   time.Time
}

func newLimiter(rate float64, burst int) *limiter {
	return &limiter{rate: rate, burst: float64(burst), seed: maphash.MakeSeed(),
		buckets: map[uint64]*bucket{}, swept: time.Now()}
}

// allow takes a token from client's bucket if it has one.
func (l *limiter) allow(client string) bool {
	if l.rate < 0 {
		return true
	}
	k, now := maphash.String(l.seed, client), time.Now()
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sweep(now)
	b := l.buckets[k]
	if b == nil {
		b = &bucket{tokens: l.burst, last: now}
		l.buckets[k] = b
	}
	b.tokens = min(l.burst, b.tokens+now.Sub(b.last).Seconds()*l.rate)
	b.last = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// sweep drops, once a minute, the buckets that have filled up again.
func (l *limiter) sweep(now time.Time) {
	if now.Sub(l.swept) < time.Minute {
		return
	}
	for k, b := range l.buckets {
		if b.tokens+now.Sub(b.last).Seconds()*l.rate >= l.burst {
			delete(l.buckets, k)
		}
	}
	l.swept = now
}
