package console

import (
	"testing"
	"time"
)

// TestLimiter: five failures close sign-in for an address until its
// window ends; thirty in all close it for everyone.
func TestLimiter(t *testing.T) {
	now := time.Unix(1e9, 0)
	l := newLimiter()
	l.now = func() time.Time { return now }
	for range loginFailures {
		if l.blocked("a") {
			t.Fatal("blocked before five failures")
		}
		l.fail("a")
	}
	if !l.blocked("a") || l.blocked("b") {
		t.Fatal("five failures of a: a must be blocked, b not")
	}
	now = now.Add(loginWindow + time.Second)
	if l.blocked("a") {
		t.Fatal("still blocked after the window")
	}
	for i := range loginTotalFailures {
		l.fail(string(rune('c' + i)))
	}
	if !l.blocked("someone new") {
		t.Fatal("thirty failures in all must close sign-in")
	}
}
