package tally_test

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/ceremony"
)

// TestFollower reads the casts while the polls are open in three catch-ups
// (one failing, after which it must go on without adding a cast twice),
// casts more before the close, and checks that what it accumulates after
// the close (only the casts it had not read) is what a read of every cast
// after the close gives: the sums, the counted casts and every verdict.
func TestFollower(t *testing.T) {
	if testing.Short() {
		t.Skip("real node")
	}
	w := newWorld(t, withDeadline(t))
	w.ceremony()
	w.all([]int{1, 2, 3}, func(tr *ceremony.Trustee, i int) error { return tr.TestDecrypt(w.ctx, w.secrets[i]) })
	e, err := tally.CheckTest(w.ctx, w.box, 0)
	if err != nil {
		t.Fatal(err)
	}
	var f tally.Follower
	if _, err := f.CatchUp(w.ctx, w.box, 0); !errors.Is(err, tally.ErrState) {
		t.Fatalf("a catch-up before the polls open: %v, want ErrState", err)
	}
	w.mined(w.box.OpenPolls(w.commission.opts))
	catchUp := func(want int) {
		t.Helper()
		if n, err := f.CatchUp(w.ctx, w.box, 0); err != nil || n != want {
			t.Fatalf("catch-up: %d casts, %v; want %d", n, err, want)
		}
	}
	catchUp(0)
	w.voters(e) // 8 valid, 4 refused by the predicate
	catchUp(12)
	w.voters(e)
	cancelled, cancel := context.WithCancel(w.ctx)
	cancel()
	if _, err := f.CatchUp(cancelled, w.box, 0); err == nil {
		t.Fatal("a cancelled catch-up did not fail")
	}
	// After a failed catch-up the follower goes on from where it was or
	// from the first cast, never adding a cast twice.
	if _, err := f.CatchUp(w.ctx, w.box, 0); err != nil || f.Casts() != 24 {
		t.Fatalf("after a failed catch-up: %d casts, %v; want 24", f.Casts(), err)
	}
	w.voters(e)
	w.mined(w.box.ClosePolls(w.commission.opts))
	if _, err := f.CatchUp(w.ctx, w.box, 0); !errors.Is(err, tally.ErrState) {
		t.Fatalf("a catch-up after the close: %v, want ErrState", err)
	}

	_, got, err := f.Accumulate(w.ctx, w.box, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	if f.Casts() != 0 {
		t.Errorf("the follower kept %d casts after Accumulate", f.Casts())
	}
	_, want, err := tally.Accumulate(w.ctx, w.box, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got.Casts() != 36 || got.Counted() != want.Counted() || !slices.Equal(got.Verdicts(), want.Verdicts()) {
		t.Fatalf("followed: %d casts, %d counted, %v; read after the close: %d, %d, %v",
			got.Casts(), got.Counted(), got.Verdicts(), want.Casts(), want.Counted(), want.Verdicts())
	}
	for o, a := range got.Aggregates() {
		if !bytes.Equal(a.Bytes(), want.Aggregates()[o].Bytes()) {
			t.Errorf("option %d: the followed sum differs from the sum read after the close", o)
		}
	}
	if want.Counted() != 24 {
		t.Fatalf("counted %d, want 24", want.Counted())
	}
}
