package relay

import (
	"context"
	"math/big"
	"sync"
	"time"

	"github.com/evote-org/evote/ballotbox"
)

// viewTTL is how long Submit trusts the last read of the head and state.
const viewTTL = 250 * time.Millisecond

// view caches the chain's head and the contract's state at the head, so
// that Submit does not ask the node for them on every cast.
type view struct {
	mu    sync.Mutex
	head  uint64
	state ballotbox.State
	at    time.Time // of the last successful read
	tried time.Time // of the last read
	err   error     // of the last read
}

// current returns the head and state, reading them if the last read is
// older than viewTTL (a failed read is not retried sooner either).
func (r *Relay) current(ctx context.Context) (uint64, ballotbox.State, error) {
	v := &r.view
	v.mu.Lock()
	defer v.mu.Unlock()
	if time.Since(v.tried) < viewTTL {
		return v.head, v.state, v.err
	}
	head, state, err := r.readView(ctx)
	v.set(head, state, err)
	return head, state, err
}

// readView reads the head and the state at the head.
func (r *Relay) readView(ctx context.Context) (uint64, ballotbox.State, error) {
	ctx, cancel := r.rpc(ctx)
	defer cancel()
	head, err := r.box.Head(ctx)
	if err != nil {
		return 0, 0, err
	}
	state, err := r.stateAt(ctx, head)
	return head, state, err
}

// stateAt reads the contract's state after block.
func (r *Relay) stateAt(ctx context.Context, block uint64) (ballotbox.State, error) {
	return r.box.At(new(big.Int).SetUint64(block)).State(ctx)
}

// set records a read; v.mu must be held.
func (v *view) set(head uint64, state ballotbox.State, err error) {
	v.err, v.tried = err, time.Now()
	if err == nil {
		v.head, v.state, v.at = head, state, time.Now()
	}
}

// health returns the last head and the error of the last read, if the
// chain could not be read for longer than stale.
func (v *view) health(stale time.Duration) (uint64, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.err != nil && time.Since(v.at) > stale {
		return v.head, v.err
	}
	return v.head, nil
}
