package registrar_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/code"
	"github.com/evote-org/evote/registrar/reglog"
)

// fakeChain records the published counts and roots; it fails while
// down is set. Its polls close when closed is set; final is the final
// count posted. It checks what the contract checks of the posts.
type fakeChain struct {
	mu     sync.Mutex
	counts []uint64
	roots  [][32]byte // of each count posted, the final one included
	rolls  []reglog.Post
	down   bool
	closed bool
	final  *uint64
	ready  bool // the polls have not opened yet
}

func (f *fakeChain) Polls(ctx context.Context) (opened, closed, final bool, err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down {
		return false, false, false, errors.New("chain: node unreachable")
	}
	return !f.ready, f.closed, f.final != nil, nil
}

func (f *fakeChain) Roll(ctx context.Context) (root [32]byte, count uint64, err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down {
		return root, 0, errors.New("chain: node unreachable")
	}
	if len(f.rolls) == 0 {
		return root, 0, nil
	}
	r := f.rolls[len(f.rolls)-1]
	return r.Root, r.Count, nil
}

func (f *fakeChain) PublishRoll(ctx context.Context, root [32]byte, count uint64) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down || !f.ready {
		return errors.New("chain: node unreachable, or the polls opened")
	}
	f.rolls = append(f.rolls, reglog.Post{Root: root, Count: count})
	return nil
}

func (f *fakeChain) TokenCount(ctx context.Context) (uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down {
		return 0, errors.New("chain: node unreachable")
	}
	return f.last(), nil
}

func (f *fakeChain) last() uint64 {
	if len(f.counts) == 0 {
		return 0
	}
	return f.counts[len(f.counts)-1]
}

func (f *fakeChain) PublishTokenCount(ctx context.Context, from, n uint64, root [32]byte) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down || f.closed || f.ready || from != f.last() || n < from {
		return errors.New("chain: node unreachable, polls not open, or a count not following the last")
	}
	f.counts, f.roots = append(f.counts, n), append(f.roots, root)
	return nil
}

func (f *fakeChain) PublishFinalTokenCount(ctx context.Context, from, n uint64, root [32]byte) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down || !f.closed || f.final != nil || from != f.last() || n < from {
		return errors.New("chain: node unreachable, polls open, final count posted, or a count not following the last")
	}
	f.final, f.roots = &n, append(f.roots, root)
	return nil
}

func (f *fakeChain) LogPosts(ctx context.Context) (roll reglog.Post, ok bool, counts []reglog.Post, err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.rolls) > 0 {
		roll, ok = f.rolls[len(f.rolls)-1], true
	}
	for i, n := range f.counts {
		counts = append(counts, reglog.Post{Count: n, Root: f.roots[i]})
	}
	if f.final != nil {
		counts = append(counts, reglog.Post{Count: *f.final, Root: f.roots[len(f.roots)-1], Final: true})
	}
	return roll, ok, counts, nil
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
	chain := &fakeChain{rolls: []reglog.Post{{Root: rootOf(t, codes, voterID(0), voterID(1), voterID(2)), Count: 3}}}
	svc := newService(t, st, registrar.Config{Publisher: chain, PublishInterval: 10 * time.Millisecond, StateInterval: 10 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- svc.Run(ctx) }()
	last := func(n uint64) func() bool {
		return func() bool { c := chain.get(); return len(c) > 0 && c[len(c)-1] == n }
	}
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
	if c := chain.get(); len(c) != 2 {
		t.Fatalf("published %v: want each count once, only when it differs from the chain's", c)
	}
	cancel()
	<-done
	if err := svc.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	if c := chain.get(); len(c) != 3 || c[2] != 2 {
		t.Fatalf("published %v: want a last 2 at Close", c)
	}
	// Each post's root is the root of the entries of the tokens it adds:
	// the first voter's, the second's, none.
	for i, want := range [][]string{{voterID(0)}, {voterID(1)}, nil} {
		if got := chain.roots[i]; got != rootOf(t, codes, want...) {
			t.Errorf("post %d: root %x, want the root of the entries of %v", i, got, want)
		}
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

// rootOf is the root of the registration-log entries of the voters ids,
// computed from their codes as a voter's page does, not read from the
// store.
func rootOf(t *testing.T, codes map[string]string, ids ...string) [32]byte {
	t.Helper()
	var entries [][]byte
	for _, id := range ids {
		c, ok := code.Normalize(codes[id])
		if !ok {
			t.Fatalf("code %q", codes[id])
		}
		leaf, err := reglog.Leaf(c, testCtx.ElectionID, id)
		if err != nil {
			t.Fatal(err)
		}
		e, err := reglog.Entry(leaf, "")
		if err != nil {
			t.Fatal(err)
		}
		entries = append(entries, e)
	}
	root, err := reglog.Root(entries)
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// TestRollPosted: before the polls open the registrar posts its roll,
// the root of every voter's entry, and posts it again when the roll is
// imported again; with the polls open it issues tokens from it.
func TestRollPosted(t *testing.T) {
	st := openPebble(t)
	codes := voters(t, st, 3, cheap)
	chain := &fakeChain{ready: true}
	svc := newService(t, st, registrar.Config{Publisher: chain, PublishInterval: 20 * time.Millisecond, StateInterval: 10 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- svc.Run(ctx) }()
	defer func() { cancel(); <-done }()
	posted := func(codes map[string]string) func() bool {
		want := rootOf(t, codes, voterID(0), voterID(1), voterID(2))
		return func() bool { r, n, _ := chain.Roll(ctx); return r == want && n == 3 }
	}
	waitFor(t, "the roll posted", posted(codes))
	codes = votersWith(t, st, 3, registrar.CodeConfig{Params: cheap, Replace: true}) // new codes: new entries
	waitFor(t, "the new roll posted", posted(codes))
	chain.mu.Lock()
	chain.ready = false
	chain.mu.Unlock()
	waitFor(t, "a token from the committed roll", func() bool {
		_, err := svc.Issue(ctx, registrar.Request{VoterID: voterID(0), Code: codes[voterID(0)], Blinded: randomBlinded(t)})
		return err == nil
	})
}

// TestRollMismatch: a registrar whose store's roll is not the one
// committed on chain when the polls open issues no token (each would
// fail every verifier) and says why.
func TestRollMismatch(t *testing.T) {
	st := openPebble(t)
	codes := voters(t, st, 2, cheap)
	chain := &fakeChain{rolls: []reglog.Post{{Root: [32]byte{'o', 't', 'h', 'e', 'r'}, Count: 2}}}
	svc := newService(t, st, registrar.Config{Publisher: chain, PublishInterval: time.Hour, StateInterval: 10 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- svc.Run(ctx) }()
	defer func() { cancel(); <-done }()
	waitFor(t, "issuance stopped", func() bool {
		_, err := svc.Issue(ctx, registrar.Request{VoterID: voterID(0), Code: codes[voterID(0)], Blinded: randomBlinded(t)})
		return errors.Is(err, registrar.ErrRollMismatch)
	})
}
