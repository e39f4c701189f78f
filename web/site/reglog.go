package site

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"sync"
	"time"

	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/web/api"
)

// The registration page (/registration) checks what the registrar
// serves of the registration log against the roots posted on chain;
// GET /api/registration-log is those posts as this server reads them.

// serveLog answers GET /api/registration-log, read from chain at most
// once per snapshotTTL.
func (c *chainView) serveLog(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), rpcTimeout)
	defer cancel()
	b, err := c.regLog.get(func() (any, error) { return c.registrationLog(ctx) })
	if err != nil {
		c.log.Warn("site: reading the registration log from chain", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, api.Error{Error: "chain_unavailable"})
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Write(b)
}

// registrationLog reads the registration log's posts up to the head.
func (c *chainView) registrationLog(ctx context.Context) (*api.RegistrationLog, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	head, err := c.box.Head(ctx)
	if err != nil {
		return nil, err
	}
	if err := c.sync(ctx, head); err != nil {
		return nil, err
	}
	st, err := c.box.At(new(big.Int).SetUint64(head)).State(ctx)
	if err != nil {
		return nil, err
	}
	if c.electionID == "" {
		id, err := c.box.ElectionID(ctx)
		if err != nil {
			return nil, err
		}
		c.electionID = fmt.Sprintf("0x%x", id)
	}
	return &api.RegistrationLog{ElectionID: c.electionID, State: st.String(), Head: head,
		Roll: c.roll, Committed: c.roll != nil && st >= ballotbox.Open, Intervals: append([]api.LogPost{}, c.posts...)}, nil
}

// logPosts are the registration log's posts read in one sync, each with
// its block's time: the token counts, in chain order, and the last roll
// (nil if none).
func (c *chainView) logPosts(ctx context.Context, counts []ballotbox.TokenCountPost, rolls []ballotbox.RollPost) ([]api.LogPost, *api.LogPost, error) {
	post := func(count uint64, root [32]byte, block uint64, final bool) (api.LogPost, error) {
		t, err := c.times.get(ctx, c.box, block)
		return api.LogPost{Count: count, Root: hex.EncodeToString(root[:]), Block: block, Time: t, Final: final}, err
	}
	out := make([]api.LogPost, 0, len(counts))
	for _, p := range counts {
		lp, err := post(p.Count, p.LogRoot, p.Block, p.Final)
		if err != nil {
			return nil, nil, err
		}
		out = append(out, lp)
	}
	if len(rolls) == 0 {
		return out, nil, nil
	}
	r := rolls[len(rolls)-1]
	roll, err := post(r.Count, r.Root, r.Block, false)
	return out, &roll, err
}

// blockTimes keeps the times of the blocks read (a block's time never
// changes), forgetting them all past a bound.
type blockTimes struct {
	mu sync.Mutex
	m  map[uint64]uint64
}

func (t *blockTimes) get(ctx context.Context, box *ballotbox.Client, block uint64) (uint64, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if v, ok := t.m[block]; ok {
		return v, nil
	}
	v, err := box.BlockTime(ctx, block)
	if err != nil {
		return 0, err
	}
	if t.m == nil || len(t.m) >= 4096 {
		t.m = map[uint64]uint64{}
	}
	t.m[block] = v
	return v, nil
}

// cachedJSON is an answer read at most once per snapshotTTL: every
// visitor shares one reading of the chain per second.
type cachedJSON struct {
	mu   sync.Mutex
	body []byte
	at   time.Time
}

// get is the answer, read (and marshalled) again if older than snapshotTTL.
func (c *cachedJSON) get(read func() (any, error)) ([]byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.body != nil && time.Since(c.at) < snapshotTTL {
		return c.body, nil
	}
	v, err := read()
	if err != nil {
		return nil, err
	}
	if c.body, err = json.Marshal(v); err != nil {
		return nil, err
	}
	c.at = time.Now()
	return c.body, nil
}

// reset forgets the answer (once a read in progress is done): the next
// get reads afresh.
func (c *cachedJSON) reset() {
	c.mu.Lock()
	c.body = nil
	c.mu.Unlock()
}
