package registrar_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/evote-org/evote/registrar"
)

// fakeChain records the published counts; it fails while down is set.
// Its polls close when closed is set; final is the final count posted.
type fakeChain struct {
	mu     sync.Mutex
	counts []uint64
	down   bool
	closed bool
	final  *uint64
	ready  bool // the polls have not opened yet
}

func (f *fakeChain) PublishTokenCount(ctx context.Context, n uint64) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down || f.closed {
		return errors.New("chain: node unreachable, or the polls closed")
	}
	f.counts = append(f.counts, n)
	return nil
}

func (f *fakeChain) Polls(ctx context.Context) (opened, closed, final bool, err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down {
		return false, false, false, errors.New("chain: node unreachable")
	}
	return !f.ready, f.closed, f.final != nil, nil
}

func (f *fakeChain) PublishFinalTokenCount(ctx context.Context, n uint64) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down || !f.closed || f.final != nil {
		return errors.New("chain: node unreachable, polls open or final count posted")
	}
	f.final = &n
	return nil
}

func (f *fakeChain) finalCount() *uint64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.final
}

func (f *fakeChain) closePolls() {
	f.mu.Lock()
	f.closed = true
	f.mu.Unlock()
}

func (f *fakeChain) get() []uint64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]uint64{}, f.counts...)
}

func (f *fakeChain) setDown(down bool) {
	f.mu.Lock()
	f.down = down
	f.mu.Unlock()
}

// waitFor polls cond until it holds; the bound (a minute) is only there
// so that a broken run ends, never reached by a slow one.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("timed out waiting for %s", what)
}

func TestPublishCount(t *testing.T) {
	st := openPebble(t)
	codes := voters(t, st, 3, cheap)
	chain := &fakeChain{}
	svc := newService(t, st, registrar.Config{Publisher: chain, PublishInterval: 10 * time.Millisecond, StateInterval: 10 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- svc.Run(ctx) }()
	last := func(n uint64) func() bool {
		return func() bool { c := chain.get(); return len(c) > 0 && c[len(c)-1] == n }
	}
	waitFor(t, "count 0", last(0))
	issue := func(i int) {
		_, err := svc.Issue(ctx, registrar.Request{VoterID: voterID(i), Code: codes[voterID(i)], Blinded: randomBlinded(t)})
		if err != nil {
			t.Fatal(err)
		}
	}
	issue(0)
	waitFor(t, "count 1", last(1))
	chain.setDown(true) // failures are retried at the next tick
	issue(1)
	time.Sleep(50 * time.Millisecond)
	chain.setDown(false)
	waitFor(t, "count 2", last(2))
	time.Sleep(50 * time.Millisecond)
	if c := chain.get(); len(c) != 3 {
		t.Fatalf("published %v: want each count once, only when it changed", c)
	}
	cancel()
	<-done
	if err := svc.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	if c := chain.get(); len(c) != 4 || c[3] != 2 {
		t.Fatalf("published %v: want a final 2 at Close", c)
	}
}

// TestFinalCount: once the polls close on chain, the registrar stops
// issuing and posts the final count at once (not at its next minute),
// retrying while the chain is unreachable; Run then returns.
func TestFinalCount(t *testing.T) {
	st := openPebble(t)
	codes := voters(t, st, 2, cheap)
	chain := &fakeChain{}
	svc := newService(t, st, registrar.Config{Publisher: chain, PublishInterval: time.Hour, StateInterval: 10 * time.Millisecond})
	ctx := context.Background()
	issue := func(i int) error {
		_, err := svc.Issue(ctx, registrar.Request{VoterID: voterID(i), Code: codes[voterID(i)], Blinded: randomBlinded(t)})
		return err
	}
	if err := issue(0); err != nil {
		t.Fatal(err)
	}
	done := make(chan error)
	go func() { done <- svc.Run(ctx) }()
	chain.setDown(true)
	chain.closePolls()
	time.Sleep(50 * time.Millisecond) // a few failed ticks
	if chain.finalCount() != nil {
		t.Fatal("a final count posted while the chain was down")
	}
	chain.setDown(false)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if n := chain.finalCount(); n == nil || *n != 1 {
		t.Fatalf("final count %v, want 1", n)
	}
	if err := issue(1); !errors.Is(err, registrar.ErrPollsClosed) {
		t.Fatalf("a token after the close: %v, want ErrPollsClosed", err)
	}
	if err := svc.Close(ctx); err != nil {
		t.Fatalf("Close after the final count: %v", err)
	}
	if c := chain.get(); len(c) != 0 {
		t.Fatalf("periodic counts %v posted, want none", c)
	}
}

// TestNoCountBeforeOpen: a registrar stopped before the polls open posts
// nothing (the contract would refuse it).
func TestNoCountBeforeOpen(t *testing.T) {
	st := openPebble(t)
	chain := &fakeChain{ready: true}
	svc := newService(t, st, registrar.Config{Publisher: chain})
	if err := svc.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	if c := chain.get(); len(c) != 0 {
		t.Fatalf("posted %v before the polls opened", c)
	}
}
