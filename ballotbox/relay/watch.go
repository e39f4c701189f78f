package relay

import (
	"bytes"
	"context"
	"time"

	"github.com/evote-org/evote/ballotbox"
)

// watch reads new blocks every PollInterval until ctx ends.
func (r *Relay) watch(ctx context.Context) {
	t := time.NewTicker(r.cfg.PollInterval)
	defer t.Stop()
	failing := false
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		err := r.scan(ctx)
		switch {
		case err != nil && ctx.Err() == nil && !failing:
			r.log.Warn("relay: cannot read the chain; retrying", "err", err)
			failing = true
		case err == nil && failing:
			r.log.Info("relay: reading the chain again")
			failing = false
		}
	}
}

// scan reads the BallotCast logs from the cursor to the head (less
// Confirmations) and settles every outbox entry whose pseudonym's ballot
// it finds. If the polls are no longer open at that block, the entries
// left can never be included: they are rejected. The done entries and the
// new cursor are stored in one batch before anyone is told.
func (r *Relay) scan(ctx context.Context) error {
	head, state, err := r.readView(ctx)
	r.view.mu.Lock()
	r.view.set(head, state, err)
	r.view.mu.Unlock()
	if err != nil {
		return err
	}
	if r.cursor == 0 {
		r.cursor = head // a new outbox: nothing of it can be on chain yet
	}
	to := head - r.cfg.Confirmations
	if head < r.cfg.Confirmations || to < r.cursor {
		return nil
	}
	lctx, cancel := context.WithTimeout(ctx, 10*r.cfg.RPCTimeout)
	defer cancel()
	if to != head {
		if state, err = r.stateAt(lctx, to); err != nil {
			return err
		}
	}
	var done []*record
	for b, err := range r.box.Ballots(lctx, r.cursor, to) {
		if err != nil {
			return err
		}
		if rec := r.landed(b); rec != nil {
			done = append(done, rec)
		}
	}
	if state > ballotbox.Open {
		done = append(done, r.closedOut(done)...)
	}
	if err := r.out.finish(done, to+1); err != nil {
		return err
	}
	r.cursor = to + 1
	r.settle(done)
	return nil
}

// landed returns the done record of the pending entry of b's pseudonym,
// if there is one: included if b is its ballot, else rejected.
func (r *Relay) landed(b *ballotbox.CastLog) *record {
	r.mu.Lock()
	e := r.pending[b.Pseudonym]
	r.mu.Unlock()
	if e == nil {
		return nil
	}
	done := *e.rec
	done.Cast, done.Accepted = ballotbox.Cast{}, time.Time{}
	if bytes.Equal(b.Ballot, e.rec.Cast.Ballot) {
		done.Phase, done.Block, done.TxHash = Included, b.Block, b.TxHash
	} else {
		done.Phase, done.Reason = Rejected, AlreadyVoted
	}
	return &done
}

// closedOut returns rejections of every pending entry not in done.
func (r *Relay) closedOut(done []*record) []*record {
	settled := make(map[[20]byte]bool, len(done))
	for _, rec := range done {
		settled[rec.Pseudonym] = true
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []*record
	for p, e := range r.pending {
		if !settled[p] {
			rec := *e.rec
			rec.Cast, rec.Accepted, rec.Phase, rec.Reason = ballotbox.Cast{}, time.Time{}, Rejected, NotOpen
			out = append(out, &rec)
		}
	}
	return out
}

// settle removes the done entries from the pending set and tells their
// watchers.
func (r *Relay) settle(done []*record) {
	r.mu.Lock()
	for _, rec := range done {
		if e := r.pending[rec.Pseudonym]; e != nil && rec.Phase == Included {
			// Accepted is kept in the outbox: a restart does not reset it.
			r.metrics.inclusion.Observe(time.Since(e.rec.Accepted).Seconds())
		}
		delete(r.pending, rec.Pseudonym)
	}
	r.mu.Unlock()
	for _, rec := range done {
		r.metrics.outbox.Add(-1)
		if rec.Phase == Included {
			r.metrics.included.Add(1)
		} else {
			r.metrics.reject(rec.Reason)
		}
		r.log.Debug("relay: cast "+rec.Phase.String(), "tracker", rec.Tracker(), "block", rec.Block, "reason", rec.Reason)
		r.hub.publish(rec.Status())
	}
}
