package console

import (
	"fmt"
	"testing"
	"time"
)

// TestLimiter: five failures close sign-in for an address until its
// window ends, and for no other address however many fail.
func TestLimiter(t *testing.T) {
	now := time.Unix(1e9, 0)
	l := newLimiter(loginFailures, loginWindow)
	l.now = func() time.Time { return now }
	for range loginFailures {
		if l.blocked("a") {
			t.Fatal("blocked before five failures")
		}
		l.add("a")
	}
	if !l.blocked("a") || l.blocked("b") {
		t.Fatal("five failures of a: a must be blocked, b not")
	}
	now = now.Add(loginWindow + time.Second)
	if l.blocked("a") {
		t.Fatal("still blocked after the window")
	}
	for i := range 1000 {
		l.add(fmt.Sprint("c", i))
	}
	if l.blocked("someone new") {
		t.Fatal("failures of others closed sign-in for a new address")
	}
}

// TestLimiterMemory: a flood from more addresses than maxClients keeps
// the map bounded; the addresses past it share one window.
func TestLimiterMemory(t *testing.T) {
	now := time.Unix(1e9, 0)
	l := newLimiter(anonymousLines, anonymousWindow)
	l.now = func() time.Time { return now }
	taken := 0
	for i := range 3 * maxClients {
		if l.take(fmt.Sprint("10.", i)) {
			taken++
		}
	}
	if len(l.counts) > maxClients+1 {
		t.Fatalf("%d windows remembered, bound %d", len(l.counts), maxClients+1)
	}
	if want := maxClients + anonymousLines; taken != want {
		t.Fatalf("%d events taken, want %d (one each, then the shared window's)", taken, want)
	}
	now = now.Add(anonymousWindow + time.Second)
	if !l.take("a new address") || len(l.counts) > maxClients+1 {
		t.Fatalf("after the window: %d windows", len(l.counts))
	}
}
