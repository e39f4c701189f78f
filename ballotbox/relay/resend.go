package relay

import (
	"context"
	"sort"
	"time"
)

// check finds sent casts that the chain will not include as things stand
// and queues them again, ahead of new ones:
//
//   - those whose nonce is at or above the node's pending nonce, once sent
//     for longer than CheckInterval (the pool promotes a new transaction
//     within milliseconds): the pool has lost them, as a restarted node's
//     pool does, or holds them behind a gap;
//   - those sent longer than ResubmitAfter ago, whatever the reason.
//
// The nonce is then re-read, so the casts go out with fresh nonces. A
// resent cast whose first transaction is mined after all is refused by
// the contract (one ballot per pseudonym): duplicates cost gas, not votes.
func (s *submitter) check(ctx context.Context) {
	if len(s.r.inflight()) == 0 {
		return
	}
	n, err := s.pendingNonce(ctx)
	if err != nil {
		s.synced = false
		return
	}
	s.again(n, func(e *entry) bool {
		age := time.Since(e.sent)
		return (e.nonce >= n && age > s.r.cfg.CheckInterval) || age > s.r.cfg.ResubmitAfter
	})
}

// again queues the sent casts that lost reports lost, lowest nonce
// first, to go out with fresh nonces from n on.
func (s *submitter) again(n uint64, lost func(*entry) bool) {
	var again []*entry
	for _, e := range s.r.inflight() {
		if lost(e) {
			e.sent = time.Time{}
			again = append(again, e)
		}
	}
	if len(again) == 0 {
		return
	}
	sort.Slice(again, func(i, j int) bool { return again[i].nonce < again[j].nonce })
	s.synced = false
	s.r.metrics.resent.Add(int64(len(again)))
	s.r.log.Info("relay: sending casts again", "count", len(again), "pool_nonce", n, "next_nonce", s.next)
	s.r.queue.pushFront(again)
}

// inflight returns the pending entries that have been sent.
func (r *Relay) inflight() []*entry {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []*entry
	for _, e := range r.pending {
		if !e.sent.IsZero() {
			out = append(out, e)
		}
	}
	return out
}
