package ballotbox_test

import (
	"testing"

	"github.com/evote-org/evote/ballotbox"
)

// TestTokenCounts reads the registrar's posts and tells the ones made
// after the close (which cover every ballot) from those made during the
// vote, also when the close and a post share a block, in either order.
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
	// One block: a post, the close, a post.
	send(func() error { _, err := e.box.PostTokenCount(r, 3); return err })
	send(func() error { _, err := e.box.ClosePolls(e.commission.opts); return err })
	e.mine(e.box.PostTokenCount(r, 4))
	e.mine(e.box.PostTokenCount(r, 5))

	posts, err := e.box.TokenCounts(e.ctx, 0, e.head())
	if err != nil || len(posts) != 4 {
		t.Fatalf("posts %+v, %v", posts, err)
	}
	if posts[1].Block != posts[2].Block || posts[2].Index <= posts[1].Index || posts[3].Block <= posts[2].Block {
		t.Fatalf("posts not in the blocks made: %+v", posts)
	}
	for i, want := range []bool{false, false, true, true} {
		if posts[i].Count != uint64(i+2) {
			t.Errorf("post %d: count %d", i, posts[i].Count)
		}
		if got, err := e.box.AfterClose(e.ctx, posts[i]); got != want || err != nil {
			t.Errorf("post %d (count %d, block %d): after the close %v, %v", i, posts[i].Count, posts[i].Block, got, err)
		}
	}
}
