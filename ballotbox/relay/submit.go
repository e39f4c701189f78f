package relay

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"time"
)

// submitter is the one goroutine that sends casts, and so the one owner
// of the relay account's nonce: next is the nonce of the next send, valid
// while synced. It re-reads it from the node (PendingNonceAt) when it
// starts, after any failed send, and when the node's pool has lost
// transactions.
type submitter struct {
	r       *Relay
	next    uint64
	synced  bool
	failing bool
}

func (s *submitter) run(ctx context.Context) {
	check := time.NewTicker(s.r.cfg.CheckInterval)
	defer check.Stop()
	ready, batch := s.r.queue.ready, (<-chan time.Time)(nil)
	if bi := s.r.cfg.BatchInterval; bi > 0 {
		t := time.NewTicker(bi)
		defer t.Stop()
		ready, batch = nil, t.C
	}
	for {
		select {
		case <-ctx.Done():
			return
		case <-ready:
			s.sendAll(ctx)
		case <-batch:
			s.sendAll(ctx)
		case <-check.C:
			s.check(ctx)
			if s.r.cfg.BatchInterval <= 0 {
				s.sendAll(ctx) // what a failed send left in the queue
			}
		}
	}
}

// sendAll sends the queued entries (shuffled when batching). A failure
// puts the rest back for the next round.
func (s *submitter) sendAll(ctx context.Context) {
	es := s.r.queue.takeAll()
	if s.r.cfg.BatchInterval > 0 {
		rand.Shuffle(len(es), func(i, j int) { es[i], es[j] = es[j], es[i] })
	}
	for i, e := range es {
		if !s.r.isPending(e) {
			continue
		}
		if err := s.send(ctx, e); err != nil {
			s.r.queue.pushFront(es[i:])
			if !s.failing && ctx.Err() == nil {
				s.r.log.Warn("relay: cannot send casts; retrying", "err", err, "queued", len(es)-i)
			}
			s.failing = true
			return
		}
	}
	if s.failing && len(es) > 0 {
		s.r.log.Info("relay: the node takes casts again")
		s.failing = false
	}
}

// errNonceRace is returned when the nonce was taken three times running.
var errNonceRace = errors.New("relay: nonce taken three times in a row")

// send sends e with the next nonce, re-reading the nonce if the node says
// it is taken.
func (s *submitter) send(ctx context.Context, e *entry) error {
	for range 3 {
		if err := s.sync(ctx); err != nil {
			return err
		}
		err := s.cast(ctx, e, s.next)
		switch {
		case err == nil || strings.Contains(err.Error(), "already known"):
			e.nonce, e.sent = s.next, time.Now()
			s.next++
			s.r.metrics.sent.Add(1)
			return nil
		case nonceTaken(err):
			s.r.metrics.nonceErrors.Add(1)
			s.synced = false
		default:
			s.synced = false
			return err
		}
	}
	return errNonceRace
}

// nonceTaken reports whether a send failed because its nonce was used
// (txpool and core errors arrive as strings over RPC).
func nonceTaken(err error) bool {
	msg := err.Error()
	for _, s := range []string{"nonce too low", "replacement transaction underpriced",
		"future transaction tries to replace pending"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// cast signs and sends the cast of e with nonce: one RPC.
func (s *submitter) cast(ctx context.Context, e *entry, nonce uint64) error {
	cctx, cancel := s.r.rpc(ctx)
	defer cancel()
	cfg := &s.r.cfg
	opts := *cfg.Opts
	opts.Context, opts.Nonce, opts.NoSend = cctx, new(big.Int).SetUint64(nonce), false
	opts.GasLimit, opts.GasFeeCap, opts.GasTipCap, opts.GasPrice = cfg.GasLimit, cfg.GasFeeCap, cfg.GasTipCap, nil
	_, err := s.r.box.Cast(&opts, e.rec.Cast)
	return err
}

// sync reads the nonce from the node unless it is known.
func (s *submitter) sync(ctx context.Context) error {
	if s.synced {
		return nil
	}
	n, err := s.pendingNonce(ctx)
	if err != nil {
		return err
	}
	if n < s.next {
		// The node forgot transactions (a restarted node's pool): their
		// nonces go to the next casts, so theirs must be sent again.
		s.again(n, func(e *entry) bool { return e.nonce >= n })
	}
	s.next, s.synced = n, true
	s.r.metrics.nonceReads.Add(1)
	return nil
}

func (s *submitter) pendingNonce(ctx context.Context) (uint64, error) {
	cctx, cancel := s.r.rpc(ctx)
	defer cancel()
	n, err := s.r.cfg.Backend.PendingNonceAt(cctx, s.r.cfg.Opts.From)
	if err != nil {
		return 0, fmt.Errorf("relay: reading the account's nonce: %w", err)
	}
	return n, nil
}
