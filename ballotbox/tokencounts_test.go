package ballotbox_test

import (
	"testing"

	"github.com/evote-org/evote/ballotbox"
)

// TestTokenCounts reads the registrar's posts in chain order and tells
// its final count (after the close, covering every ballot) from the
// counts posted during the vote, also when the close and the last count
// of the vote share a block.
func TestTokenCounts(t *testing.T) {
	e := newEnv(t)
	e.advance(ballotbox.Open)
	r := e.registrar.opts
	e.mine(e.box.PostTokenCount(r, 0, 2, [32]byte{2}))
	send := func(f func() error) {
		t.Helper()
		if err := f(); err != nil {
			t.Fatal(err)
		}
	}
	// One block: a count of the vote, then the close.
	send(func() error { _, err := e.box.PostTokenCount(r, 2, 3, [32]byte{3}); return err })
	e.mine(e.box.ClosePolls(e.commission.opts))
	e.mine(e.box.PostFinalTokenCount(r, 3, 4, [32]byte{4}))

	posts, err := e.box.TokenCounts(e.ctx, 0, e.head())
	if err != nil || len(posts) != 3 {
		t.Fatalf("posts %+v, %v", posts, err)
	}
	if posts[0].Block >= posts[1].Block || posts[2].Block <= posts[1].Block {
		t.Fatalf("posts not in the blocks made: %+v", posts)
	}
	for i, want := range []bool{false, false, true} {
		if posts[i].Count != uint64(i+2) || posts[i].Final != want || posts[i].LogRoot != [32]byte{byte(i + 2)} {
			t.Errorf("post %d: count %d, final %v", i, posts[i].Count, posts[i].Final)
		}
	}
}

// TestRoll: the polls do not open before the registrar has committed to
// a roll; it may post a new one until they open (the last counts), only
// the registrar may, a roll has voters, and RollPosts lists every post.
func TestRoll(t *testing.T) {
	e := newEnv(t)
	e.mine(e.box.SetRegistrar(e.commission.opts, e.registrar.addr, registrarKey))
	e.toKeyCeremony()
	e.toReady()
	for _, tr := range e.trustees[:2] {
		e.mine(e.box.PostDecryptionShare(tr.opts, ballotbox.TestRound, []byte("t")))
	}
	_, err := e.box.OpenPolls(e.commission.opts)
	wantErr(t, "open without a roll", err, ballotbox.ErrNoRoll)
	_, err = e.box.PostRoll(e.registrar.opts, rollRoot, 0)
	wantErr(t, "a roll of no voters", err, ballotbox.ErrNoRoll)
	_, err = e.box.PostRoll(e.outsider.opts, rollRoot, 3)
	wantErr(t, "an outsider's roll", err, ballotbox.ErrNotRegistrar)
	e.mine(e.box.PostRoll(e.registrar.opts, [32]byte{'o', 'l', 'd'}, 2))
	e.mine(e.box.PostRoll(e.registrar.opts, rollRoot, 3))
	if root, n, err := e.box.Roll(e.ctx); err != nil || root != rollRoot || n != 3 {
		t.Fatalf("Roll: %x %d %v, want the last posted", root, n, err)
	}
	e.mine(e.box.OpenPolls(e.commission.opts))
	_, err = e.box.PostRoll(e.registrar.opts, [32]byte{'n', 'e', 'w'}, 4)
	wantErr(t, "a roll after the polls opened", err, ballotbox.ErrWrongState)
	posts, err := e.box.RollPosts(e.ctx, 0, e.head())
	if err != nil || len(posts) != 2 || posts[0].Count != 2 || posts[1].Root != rollRoot || posts[1].Block <= posts[0].Block {
		t.Fatalf("RollPosts: %+v %v", posts, err)
	}
}
