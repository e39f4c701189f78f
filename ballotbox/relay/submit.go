package relay

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
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

// sendAll sends the queued entries (shuffled when batching), up to
// sendBatch in one request to the node. A failure puts the rest back for
// the next round.
func (s *submitter) sendAll(ctx context.Context) {
	es := slices.DeleteFunc(s.r.queue.takeAll(), func(e *entry) bool { return !s.r.isPending(e) })
	if s.r.cfg.BatchInterval > 0 {
		rand.Shuffle(len(es), func(i, j int) { es[i], es[j] = es[j], es[i] })
	}
	for races := 0; len(es) > 0; {
		n, err := s.send(ctx, es[:min(len(es), sendBatch)])
		es = es[n:]
		if errors.Is(err, errNonceTaken) && races < 2 {
			races++
			continue
		}
		if err != nil {
			if errors.Is(err, errNonceTaken) {
				err = errNonceRace
			}
			s.r.queue.pushFront(es)
			if !s.failing && ctx.Err() == nil {
				s.r.log.Warn("relay: cannot send casts; retrying", "err", err, "queued", len(es))
			}
			s.failing = true
			return
		}
		races = 0
	}
	if s.failing {
		s.r.log.Info("relay: the node takes casts again")
		s.failing = false
	}
}

// sendBatch is the most casts sent in one request to the node (the
// node's own limit is go-ethereum's BatchRequestLimit, 1,000).
const sendBatch = 256

var (
	// errNonceTaken is a send refused because its nonce was used: the
	// nonce is read again and the rest sent again.
	errNonceTaken = errors.New("relay: nonce taken")
	// errNonceRace is returned when the nonce was taken three times running.
	errNonceRace = errors.New("relay: nonce taken three times in a row")
)

// send sends es with the next nonces in one request and returns how many
// of them, from the first, the node took; it stops at the first the node
// refused (the rest go again, from its nonce, after the nonce is read
// again).
func (s *submitter) send(ctx context.Context, es []*entry) (int, error) {
	if err := s.sync(ctx); err != nil {
		return 0, err
	}
	txs := make([]*types.Transaction, len(es))
	for i, e := range es {
		var err error
		if txs[i], err = s.sign(e, s.next+uint64(i)); err != nil {
			return 0, err
		}
	}
	errs, err := s.sendRaw(ctx, txs)
	if err != nil {
		s.synced = false
		return 0, err
	}
	now := time.Now()
	for i, err := range errs {
		switch {
		case err == nil || strings.Contains(err.Error(), "already known"):
			es[i].nonce, es[i].sent = s.next, now
			s.next++
			s.r.metrics.sent.Add(1)
			continue
		case nonceTaken(err):
			s.r.metrics.nonceErrors.Add(1)
			err = fmt.Errorf("%w: %w", errNonceTaken, err)
		}
		s.synced = false
		return i, err
	}
	return len(es), nil
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

// sign signs the cast of e with nonce, unsent.
func (s *submitter) sign(e *entry, nonce uint64) (*types.Transaction, error) {
	cfg := &s.r.cfg
	opts := *cfg.Opts
	opts.Nonce, opts.NoSend = new(big.Int).SetUint64(nonce), true
	opts.GasLimit, opts.GasFeeCap, opts.GasTipCap, opts.GasPrice = cfg.GasLimit, cfg.GasFeeCap, cfg.GasTipCap, nil
	return s.r.box.Cast(&opts, e.rec.Cast)
}

// rpcBackend is a Backend that can send JSON-RPC batches, as
// *ethclient.Client can.
type rpcBackend interface{ Client() *rpc.Client }

// sendRaw sends txs in one JSON-RPC batch: one round trip for them all,
// where one call each made a relay's rate that of its round trips to a
// busy node. It returns each transaction's error, or the request's.
func (s *submitter) sendRaw(ctx context.Context, txs []*types.Transaction) ([]error, error) {
	batch := make([]rpc.BatchElem, len(txs))
	for i, tx := range txs {
		data, err := tx.MarshalBinary()
		if err != nil {
			return nil, err
		}
		batch[i] = rpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{hexutil.Bytes(data)}, Result: new(common.Hash)}
	}
	cctx, cancel := s.r.rpc(ctx)
	defer cancel()
	s.r.metrics.sends.Add(1)
	if err := s.r.cfg.Backend.(rpcBackend).Client().BatchCallContext(cctx, batch); err != nil {
		return nil, err
	}
	errs := make([]error, len(txs))
	for i := range batch {
		errs[i] = batch[i].Error
	}
	return errs, nil
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
