package ceremony

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/tally"
)

// closed is what a trustee derives from the chain once the polls have
// closed, once per process (the casts are final then): the election, the
// sums it decrypts in round 1 and the mix phase as checked so far.
type closed struct {
	e    *tally.Election
	aggs []*elgamal.Ciphertext
	mix  *tally.MixChain // nil: nothing to mix (no ranked or graded question, or no counted ballot)
}

// closedState reads every cast through the validity predicate the first
// time it is called after the close (those it read while the polls were
// open are not read again), which takes minutes for a large election
// read whole, and says so in the trustee log.
func (t *Trustee) closedState(ctx context.Context) (*closed, error) {
	if t.closed != nil {
		return t.closed, nil
	}
	start := time.Now()
	t.log().Info("reading and checking every cast (minutes for a large election)", "read_while_open", t.follow.Casts())
	e, acc, err := t.follow.Accumulate(ctx, t.Box, t.From, t.Progress)
	if err != nil {
		return nil, err
	}
	c := &closed{e: e, aggs: acc.Aggregates()}
	if c.mix, err = tally.NewMixChain(e, acc, t.Files); err != nil {
		return nil, err
	}
	if c.mix != nil {
		c.mix.Log = t.log()
	}
	t.log().Info("casts read", "casts", acc.Casts(), "counted", acc.Counted(), "mixed_questions", len(e.Mixed()),
		"took", time.Since(start).Round(time.Second))
	t.closed = c
	return c, nil
}

// closedStep is Step once the polls have closed, for a trustee in QUAL:
// the tally decryption (round 1) first, a few sums and a transaction;
// then, when there are ranked or graded ballots, the trustee's mix in
// its turn and, once the commission has ended mixing, its decryption of
// the final lists if its own mix is among the valid ones.
//
// What is settled on chain is answered without reading the casts (a
// restarted trustee whose part is done does not spend minutes on them).
func (t *Trustee) closedStep(ctx context.Context, s *Secret, e *tally.Election, tallied bool) (string, error) {
	if tallied && len(e.Mixed()) == 0 {
		return "nothing to mix: waiting for the result", nil
	}
	mm, err := t.Box.MixMasks(ctx) // before the posts: once Finished, no mix follows
	if err != nil {
		return "", err
	}
	bit := uint64(1) << (s.Key.Trustee - 1)
	switch {
	case tallied && mm.Finished && mm.Shares&bit != 0:
		return "mix decryption posted: waiting for the result", nil
	case tallied && mm.Finished && mm.Mixed&bit == 0:
		return "no mix decryption: " + tally.DidNotMix, nil
	}
	c, err := t.closedState(ctx)
	switch {
	case err != nil:
		return "", err
	case !tallied:
		return "posted the tally decryption", t.decryptTally(ctx, s, c)
	case c.mix == nil:
		return "nothing to mix: waiting for the result", nil
	}
	if err := c.mix.Follow(ctx, t.Box, t.fileDue); err != nil {
		return "", err
	}
	switch {
	case !mm.Finished && mm.Mixed&bit == 0:
		return t.mix(ctx, s, c)
	case !mm.Finished:
		return "mixed: waiting for the commission to end mixing", nil
	}
	did, err := t.decryptMix(ctx, s, c)
	if errors.Is(err, ErrNotMixer) {
		return "no mix decryption: " + c.mix.NotMixer(s.Key.Trustee), nil
	}
	return did, err
}

// decryptTally posts the round-1 share of the sums c holds.
func (t *Trustee) decryptTally(ctx context.Context, s *Secret, c *closed) error {
	list, _ := c.e.DecryptionList(c.aggs)
	p, err := t.decrypt(c.e, s, list)
	if err != nil {
		return err
	}
	return t.postShare(ctx, ballotbox.TallyRound, p)
}

// fileDue is ErrWaiting while mix post p's file may still be in transit
// to the files directory: less than MixWait (block time) since its
// block. After that the post is skipped as missing, as every verifier
// without the file skips it.
func (t *Trustee) fileDue(ctx context.Context, p ballotbox.MixPost) error {
	done, until, err := t.waited(ctx, p.Block)
	if err != nil || done {
		return err
	}
	return fmt.Errorf("%w: trustee %d's mix file %x is not in %s yet; skipped as missing after %s",
		ErrWaiting, tally.TrusteeOf(p.Trustee), p.File, t.Files, until.UTC().Format(time.RFC3339))
}

// waited reports whether MixWait has passed, in block time, since block
// since, and when it does.
func (t *Trustee) waited(ctx context.Context, since uint64) (bool, time.Time, error) {
	from, err := t.Box.BlockTime(ctx, since)
	if err != nil {
		return false, time.Time{}, err
	}
	head, err := t.Box.Head(ctx)
	if err != nil {
		return false, time.Time{}, err
	}
	now, err := t.Box.BlockTime(ctx, head)
	if err != nil {
		return false, time.Time{}, err
	}
	until := time.Unix(int64(from), 0).Add(t.mixWait())
	return !time.Unix(int64(now), 0).Before(until), until, nil
}
