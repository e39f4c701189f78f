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
	e.mine(e.box.PostTokenCount(r, 2))
	send := func(f func() error) {
		t.Helper()
		if err := f(); err != nil {
			t.Fatal(err)
		}
	}
	// One block: a count of the vote, then the close.
	send(func() error { _, err := e.box.PostTokenCount(r, 3); return err })
	e.mine(e.box.ClosePolls(e.commission.opts))
	e.mine(e.box.PostFinalTokenCount(r, 4))

	posts, err := e.box.TokenCounts(e.ctx, 0, e.head())
	if err != nil || len(posts) != 3 {
		t.Fatalf("posts %+v, %v", posts, err)
	}
	if posts[0].Block >= posts[1].Block || posts[2].Block <= posts[1].Block {
		t.Fatalf("posts not in the blocks made: %+v", posts)
	}
	for i, want := range []bool{false, false, true} {
		if posts[i].Count != uint64(i+2) || posts[i].Final != want {
			t.Errorf("post %d: count %d, final %v", i, posts[i].Count, posts[i].Final)
		}
	}
}
