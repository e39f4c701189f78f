package relay

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/ballotbox"
)

// Relay is a relay for one election. Submit, Status, Metrics and Handler
// are safe for concurrent use; Run runs the submitter and the watcher
// until its context ends.
type Relay struct {
	cfg     Config
	box     *ballotbox.Client
	out     *outbox
	log     *slog.Logger
	view    view
	queue   queue
	hub     hub
	limiter *limiter
	metrics relayMetrics
	stripes [64]sync.Mutex // per-pseudonym accept, by its first byte

	mu      sync.Mutex
	pending map[common.Address]*entry // accepted, not seen done

	cursor  uint64 // the watcher's next block (Run's goroutines only)
	running atomic.Bool
	stopped atomic.Bool
}

// entry is an accepted cast waiting to be seen on chain. nonce and sent
// belong to the submitter goroutine.
type entry struct {
	rec   *record
	nonce uint64    // of the last send
	sent  time.Time // of the last send; zero: not sent
}

// Open opens the outbox in cfg.Dir and reloads every entry not yet seen
// included; Run sends them again.
func Open(cfg Config) (*Relay, error) {
	if err := cfg.setDefaults(); err != nil {
		return nil, err
	}
	out, err := openOutbox(cfg.Dir, cfg.Logger)
	if err != nil {
		return nil, err
	}
	r := &Relay{cfg: cfg, box: ballotbox.New(cfg.Backend, cfg.Contract), out: out, log: cfg.Logger,
		limiter: newLimiter(cfg.Limits.Rate, cfg.Limits.Burst), pending: map[common.Address]*entry{}}
	r.queue.init()
	r.registerMetrics()
	err = out.bind(cfg.Params.Election.Context.Bytes())
	if err == nil {
		err = r.restore()
	}
	if err != nil {
		out.close()
		return nil, err
	}
	return r, nil
}

// restore loads the outbox's pending entries and the watcher's cursor.
func (r *Relay) restore() error {
	recs, err := r.out.pending()
	if err != nil {
		return err
	}
	cursor, ok, err := r.out.cursor()
	if err != nil {
		return err
	}
	r.cursor = r.cfg.FromBlock
	switch {
	case ok:
		r.cursor = cursor
	case len(recs) > 0 && r.cursor == 0:
		// Casts accepted by a relay killed before it stored a cursor may
		// be on chain already, in any block since the polls opened.
		r.cursor = r.cfg.Params.OpenBlock
	}
	for _, rec := range recs {
		e := &entry{rec: rec}
		r.pending[rec.Pseudonym] = e
		r.enqueue(e)
	}
	r.metrics.outbox.Store(int64(len(recs)))
	if len(recs) > 0 {
		r.log.Info("relay: outbox reloaded", "pending", len(recs), "from_block", r.cursor)
	}
	return nil
}

// Run sends the outbox to the chain and watches for inclusion until ctx
// ends. It first reads the blocks made while the relay was down, so that
// casts already included are not sent again.
func (r *Relay) Run(ctx context.Context) error {
	if !r.running.CompareAndSwap(false, true) {
		return errors.New("relay: Run called twice")
	}
	if err := r.scan(ctx); err != nil {
		r.log.Warn("relay: reading the chain", "err", err)
	}
	var wg sync.WaitGroup
	wg.Go(func() { r.watch(ctx) })
	wg.Go(func() { (&submitter{r: r}).run(ctx) })
	wg.Wait()
	return nil
}

// Close closes the WebSocket connections and the outbox. Call it after
// Run has returned and the HTTP server has shut down.
func (r *Relay) Close() error {
	r.stopped.Store(true)
	r.hub.closeAll()
	if err := r.out.close(); err != nil {
		return fmt.Errorf("relay: closing the outbox: %w", err)
	}
	return nil
}

// enqueue hands e to the submitter after a random delay in [0, MaxDelay).
func (r *Relay) enqueue(e *entry) {
	if r.cfg.MaxDelay <= 0 {
		r.queue.push(e)
		return
	}
	time.AfterFunc(rand.N(r.cfg.MaxDelay), func() {
		if !r.stopped.Load() {
			r.queue.push(e)
		}
	})
}

// isPending reports whether e still waits for inclusion.
func (r *Relay) isPending(e *entry) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.pending[e.rec.Pseudonym] == e
}

// rpc is a context for one call to the node.
func (r *Relay) rpc(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, r.cfg.RPCTimeout)
}
