package site

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"net/http"
	"sync"
	"time"

	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/ballotbox/tracker"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/web/api"
)

// chainView answers the pages' questions from the ballot-box contract.
type chainView struct {
	box  *ballotbox.Client
	from uint64
	log  *slog.Logger

	mu         sync.Mutex
	manifest   []byte        // read once: it never changes
	index      ballotIndex   // the ballots read so far
	next       uint64        // the first block not read into index
	posts      []api.LogPost // the registrar's token counts, in chain order
	roll       *api.LogPost  // its last roll post, nil before one
	electionID string        // 0x + hex, read once

	times  blockTimes // of the blocks of posts and of the observer's ticks
	regLog cachedJSON // the answer of /api/registration-log

	keyMu  sync.Mutex
	key    []byte // the election key, re-derived from the ceremony (verifiedKey)
	keyErr error  // errElectionKey, once found
}

func newChainView(box *ballotbox.Client, from uint64, log *slog.Logger) *chainView {
	return &chainView{box: box, from: from, next: from, log: log}
}

// rpcTimeout bounds the node calls of one page request.
const rpcTimeout = 10 * time.Second

// election reads the election's public parameters at the head.
func (c *chainView) election(ctx context.Context) (*api.Election, error) {
	head, err := c.box.Head(ctx)
	if err != nil {
		return nil, err
	}
	m, err := c.readManifest(ctx, head)
	if err != nil {
		return nil, err
	}
	at := c.box.At(new(big.Int).SetUint64(head))
	tctx, err := at.Context(ctx)
	if err != nil {
		return nil, err
	}
	st, err := at.State(ctx)
	if err != nil {
		return nil, err
	}
	e := &api.Election{State: st.String(), Head: head, Manifest: m}
	e.SetContext(tctx)
	if e.RegistrarKey, err = at.RegistrarKey(ctx); err != nil {
		return nil, err
	}
	if st >= ballotbox.Ready {
		if e.ElectionKey, err = c.verifiedKey(ctx); err != nil {
			return nil, err
		}
	}
	return e, nil
}

// errElectionKey: the contract's election key or qualified set is not
// what the key ceremony's posts give. The site then serves no election:
// a booth must not encrypt to a key the trustees never made.
var errElectionKey = errors.New("site: the contract's election key is not the one its key ceremony gives")

// verifiedKey is the election key once the key ceremony's posts on chain
// re-derive it (tally.VerifiedElection), or errElectionKey. Either result
// is kept, since the ceremony does not change after Ready; a failure to
// read the chain is not.
func (c *chainView) verifiedKey(ctx context.Context) ([]byte, error) {
	c.keyMu.Lock()
	defer c.keyMu.Unlock()
	if c.key != nil || c.keyErr != nil {
		return c.key, c.keyErr
	}
	e, err := tally.VerifiedElection(ctx, c.box, c.from)
	if errors.Is(err, tally.ErrCeremony) {
		c.keyErr = fmt.Errorf("%w: %w", errElectionKey, err)
		c.log.Error("site: refusing to serve the election", "err", c.keyErr)
		return nil, c.keyErr
	}
	if err != nil {
		return nil, err
	}
	c.key = e.Key.Bytes()
	return c.key, nil
}

func (c *chainView) readManifest(ctx context.Context, head uint64) ([]byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.manifest == nil {
		created, err := c.box.Created(ctx, c.from, head)
		if err != nil {
			return nil, err
		}
		c.manifest = created.Manifest
	}
	return c.manifest, nil
}

func (c *chainView) serveElection(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), rpcTimeout)
	defer cancel()
	e, err := c.election(ctx)
	if errors.Is(err, errElectionKey) {
		writeJSON(w, http.StatusServiceUnavailable, api.Error{Error: "election_key_mismatch"})
		return
	}
	if err != nil {
		c.log.Warn("site: reading the election from chain", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, api.Error{Error: "chain_unavailable"})
		return
	}
	writeJSON(w, http.StatusOK, e)
}

// serveBallot finds a ballot on chain by its tracker code.
func (c *chainView) serveBallot(w http.ResponseWriter, r *http.Request) {
	t, err := tracker.Parse(r.PathValue("tracker"))
	if err != nil {
		writeJSON(w, http.StatusBadRequest, api.Error{Error: "bad_tracker"})
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), rpcTimeout)
	defer cancel()
	b, ok, err := c.find(ctx, t)
	switch {
	case err != nil:
		c.log.Warn("site: reading ballots from chain", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, api.Error{Error: "chain_unavailable"})
	case !ok:
		writeJSON(w, http.StatusNotFound, api.Error{Error: "not_found"})
	default:
		writeJSON(w, http.StatusOK, b)
	}
}

// find reads the ballots cast since the last call into the index and
// looks t up.
func (c *chainView) find(ctx context.Context, t tracker.Code) (api.Ballot, bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.syncHead(ctx); err != nil {
		return api.Ballot{}, false, err
	}
	seq, ok := c.index.find(t)
	if !ok {
		return api.Ballot{}, false, nil
	}
	r := c.index.rows[seq]
	return api.Ballot{Tracker: r.Tracker.String(), Block: r.Block, Tx: r.Tx.Hex()}, true, nil
}

// syncHead reads the ballots cast up to the head; c.mu is held.
func (c *chainView) syncHead(ctx context.Context) error {
	head, err := c.box.Head(ctx)
	if err != nil {
		return err
	}
	return c.sync(ctx, head)
}

// sync reads the ballots cast, the token counts and the rolls posted up
// to head; c.mu is held.
func (c *chainView) sync(ctx context.Context, head uint64) error {
	if c.next > head {
		return nil
	}
	posts, err := c.box.TokenCounts(ctx, c.next, head)
	if err != nil {
		return err
	}
	rolls, err := c.box.RollPosts(ctx, c.next, head)
	if err != nil {
		return err
	}
	newPosts, roll, err := c.logPosts(ctx, posts, rolls)
	if err != nil {
		return err
	}
	for b, err := range c.box.Ballots(ctx, c.next, head) {
		if err != nil {
			return err
		}
		n := uint64(len(c.index.rows))
		if b.Seq < n {
			continue // read before a failed sync
		}
		if b.Seq != n || n > math.MaxUint32 {
			return fmt.Errorf("site: ballot %d after %d ballots", b.Seq, n)
		}
		c.index.add(ballotRow{Tracker: tracker.Of(b.Ballot), Block: b.Block, Index: uint32(b.Index), Tx: b.TxHash})
	}
	c.posts = append(c.posts, newPosts...)
	if roll != nil {
		c.roll = roll
	}
	c.next = head + 1
	return nil
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}
