package relay

import (
	"context"
	"fmt"
	"github.com/evote-org/evote/ballotbox/tracker"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/ballotbox/validity"
	"github.com/evote-org/evote/crypto/pseudonym"
)

// Submit checks a cast and, if it passes, stores it durably and queues it
// for the chain. The answer is Accepted (or, for a cast the relay already
// has, what became of it) or Rejected with a Reason. An error means that
// nothing was queued: ErrMalformed for a cast of impossible sizes,
// ErrUnavailable when the chain node or the outbox cannot be used.
//
// The checks, in the validity predicate's order: the contract is Open
// (the cast counts as if in the block after the current head);
// validity.Check on the cast alone; the pseudonym has not voted, neither
// on chain (HasVoted) nor with another ballot in the outbox.
func (r *Relay) Submit(ctx context.Context, c ballotbox.Cast) (Status, error) {
	if err := checkSizes(c); err != nil {
		return Status{}, err
	}
	if st, ok, err := r.known(c); ok || err != nil {
		return st, err
	}
	reason, err := r.check(ctx, c)
	if err != nil {
		return Status{}, err
	}
	if reason != "" {
		r.metrics.reject(reason)
		return rejected(tracker.Of(c.Ballot), reason), nil
	}
	return r.accept(c)
}

// Status returns what the relay knows of the cast with tracker code t, or
// ErrNotFound (a cast rejected before acceptance is not kept).
func (r *Relay) Status(t Tracker) (Status, error) {
	rec, err := r.out.byTracker(t)
	if err != nil {
		return Status{}, err
	}
	return rec.Status(), nil
}

func checkSizes(c ballotbox.Cast) error {
	switch {
	case c.Pseudonym == (common.Address{}):
		return fmt.Errorf("%w: zero pseudonym", ErrMalformed)
	case len(c.Token) == 0 || len(c.Token) > ballotbox.MaxTokenSize:
		return fmt.Errorf("%w: token of %d bytes", ErrMalformed, len(c.Token))
	case len(c.Ballot) == 0 || len(c.Ballot) > ballotbox.MaxBallotSize:
		return fmt.Errorf("%w: ballot of %d bytes", ErrMalformed, len(c.Ballot))
	case len(c.Signature) != pseudonym.SignatureSize:
		return fmt.Errorf("%w: signature of %d bytes", ErrMalformed, len(c.Signature))
	}
	return nil
}

// known answers for a pseudonym already in the outbox: the status of its
// cast if it is the same cast (ballot, token and signature), else
// "already voted" (a garbage token and signature sent with a ballot
// already included learn nothing but that). A record of version 1 past
// acceptance has no sum: its ballot alone decides.
func (r *Relay) known(c ballotbox.Cast) (Status, bool, error) {
	rec, err := r.out.get(c.Pseudonym)
	if err != nil || rec == nil {
		return Status{}, false, err
	}
	if rec.Hash == crypto.Keccak256Hash(c.Ballot) && (rec.Sum == castSum(c) || rec.Sum == common.Hash{}) {
		return rec.Status(), true, nil
	}
	r.metrics.reject(AlreadyVoted)
	return rejected(tracker.Of(c.Ballot), AlreadyVoted), true, nil
}

// check runs the state, validity and HasVoted checks.
func (r *Relay) check(ctx context.Context, c ballotbox.Cast) (Reason, error) {
	head, state, err := r.current(ctx)
	if err != nil {
		return "", fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	if state != ballotbox.Open {
		return NotOpen, nil
	}
	v := validity.Check(r.cfg.Params, []validity.Cast{{Pseudonym: c.Pseudonym, Token: c.Token,
		Ballot: c.Ballot, Signature: c.Signature, Block: head + 1}})
	if reason := reasonOf(v[0].Reason); reason != "" {
		return reason, nil
	}
	cctx, cancel := r.rpc(ctx)
	defer cancel()
	voted, err := r.box.HasVoted(cctx, c.Pseudonym)
	if err != nil {
		return "", fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	if voted {
		return AlreadyVoted, nil
	}
	return "", nil
}

// accept stores c durably, then queues it. Casts of one pseudonym are
// accepted one at a time, so that only the first is kept.
func (r *Relay) accept(c ballotbox.Cast) (Status, error) {
	m := &r.stripes[int(c.Pseudonym[0])%len(r.stripes)]
	m.Lock()
	defer m.Unlock()
	if st, ok, err := r.known(c); ok || err != nil {
		return st, err
	}
	rec := newRecord(c, time.Now())
	if err := r.out.accept(rec); err != nil {
		return Status{}, err
	}
	e := &entry{rec: rec}
	r.mu.Lock()
	r.pending[c.Pseudonym] = e
	r.mu.Unlock()
	r.metrics.accepted.Add(1)
	r.metrics.outbox.Add(1)
	r.enqueue(e)
	return rec.Status(), nil
}
