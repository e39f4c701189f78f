package tally

import (
	"bytes"
	"context"
	"io"

	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/ballotbox/validity"
	"github.com/evote-org/evote/internal/progress"
)

// A Follower reads and checks the casts while the polls are open, so
// that at the close only the casts since its last read remain: a
// trustee runs one through the voting day, and its decryption after the
// close then takes seconds instead of the minutes a read of every cast
// takes at a city's size (docs/performance.md). A block's casts are final
// once it is on the chain (CometBFT commits each block once, with no
// fork to roll back), and a cast's verdict depends only on the cast, the
// casts before it and the opening and closing blocks, which a cast read
// while the polls were open is between: so the sums are those a read of
// every cast after the close gives, exactly. Its zero value is ready to
// use; it is not safe for concurrent use.
type Follower struct {
	e    *Election    // the election as read when the polls were open
	acc  *Accumulator // the casts read so far, checked
	next uint64       // the first block not read yet
}

// CatchUp reads and checks the casts of blocks not read yet, up to the
// latest, of the election at box, whose polls must be open; it returns
// how many casts it read. A failed read forgets every cast read before
// (the next call starts again from the first), so that no cast is ever
// added twice.
func (f *Follower) CatchUp(ctx context.Context, box *ballotbox.Client, from uint64) (int, error) {
	e, err := ReadElection(ctx, box, from, ballotbox.Open)
	if err == nil {
		err = e.Qualify()
	}
	if err != nil {
		return 0, err
	}
	if f.acc == nil || !sameElection(f.e, e) {
		p := &validity.Params{Election: e.Manifest.Ballot(e.Context, e.Key), RegistrarKey: e.Registrar, OpenBlock: e.Open}
		*f = Follower{e: e, acc: newAccumulator(e, p), next: e.Header.CreatedBlock}
	}
	before := f.acc.Casts()
	if err := Count(f.acc, ReadCasts(ctx, box, f.next, e.Header.ReadBlock), nil, nil); err != nil {
		*f = Follower{}
		return 0, err
	}
	f.next = e.Header.ReadBlock + 1
	return int(f.acc.Casts() - before), nil
}

// Casts is the number of casts read so far.
func (f *Follower) Casts() uint64 {
	if f.acc == nil {
		return 0
	}
	return f.acc.Casts()
}

// Accumulate is the package's Accumulate after f: the casts f read while
// the polls were open are not read again, only those of the blocks
// after. It consumes f (which is empty after, whatever the outcome).
func (f *Follower) Accumulate(ctx context.Context, box *ballotbox.Client, from uint64, out io.Writer) (*Election, *Accumulator, error) {
	prev, acc, next := f.e, f.acc, f.next
	*f = Follower{}
	e, err := open(ctx, box, from)
	if err != nil {
		return nil, nil, err
	}
	if acc == nil || !sameElection(prev, e) {
		if acc, err = e.NewAccumulator(); err != nil {
			return nil, nil, err
		}
		next = e.Header.CreatedBlock
	}
	if acc.params, err = e.Params(); err != nil {
		return nil, nil, err
	}
	p := progress.New(out, "ballots", e.Header.Casts-min(acc.Casts(), e.Header.Casts))
	if err := Count(acc, ReadCasts(ctx, box, next, e.Header.ReadBlock), nil, p); err != nil {
		return nil, nil, err
	}
	return e, acc, nil
}

// sameElection reports whether a and b are the same election, read at two
// blocks: its context (chain, contract, election), key, registrar key
// and opening block. Nothing of these changes once the polls are open.
func sameElection(a, b *Election) bool {
	return a != nil && b != nil && a.Context == b.Context && a.Open == b.Open &&
		bytes.Equal(a.Key.Bytes(), b.Key.Bytes()) && bytes.Equal(a.Registrar.Bytes(), b.Registrar.Bytes())
}
