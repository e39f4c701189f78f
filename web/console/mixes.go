package console

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync"

	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/mix"
)

// mixWatch follows the mix phase of one closed election with a ranked
// or graded question (tally.MixChain) in the background: reading and
// checking every cast, and then each mix as it is posted, takes minutes
// for a city, so no page waits for it. A page asks it to look again and
// shows what it found last.
type mixWatch struct {
	look chan struct{} // a page asks for another look (buffered: one is enough)
	run  sync.Mutex    // held while chain is read or followed, or mixing is ended
	// chain is the mix phase checked so far; nil until the casts are
	// read, and when there is nothing to mix.
	chain *tally.MixChain

	mu   sync.Mutex // guards last
	last mixStatus
}

// mixStatus is the mix phase as the overview shows it.
type mixStatus struct {
	Reading  bool // the casts are being read: no status yet
	Checking bool // looking at the chain now (a new mix takes minutes)
	Nothing  bool // no counted ballot: nothing to mix
	Mixers   []mixerRow
	Valid    int  // valid mixes
	Finished bool // the commission has ended mixing
	Shares   int  // mix decryptions posted
	Err      bool // the last look failed (logged)
}

// mixerRow is one qualified trustee as a mixer.
type mixerRow struct {
	tally.MixerStatus
	Name string // the commission's label ("": none)
}

// mixes is election el's watch, started at its first call.
func (c *Console) mixes(el *entry) *mixWatch {
	c.mixMu.Lock()
	defer c.mixMu.Unlock()
	if w := c.watches[el.n]; w != nil {
		return w
	}
	w := &mixWatch{look: make(chan struct{}, 1), last: mixStatus{Reading: true}}
	c.watches[el.n] = w
	go w.follow(c.ctx, c, el)
	return w
}

// status asks for another look and returns the last one.
func (w *mixWatch) status() mixStatus {
	select {
	case w.look <- struct{}{}:
	default:
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.last
}

// follow looks at the chain each time a page asks, until ctx ends.
func (w *mixWatch) follow(ctx context.Context, c *Console, el *entry) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-w.look:
		}
		w.run.Lock()
		st, err := w.once(ctx, c, el)
		w.run.Unlock()
		if err != nil && ctx.Err() == nil {
			c.cfg.Logger.Warn("console: following the mix phase", "election", el.n, "err", err)
		}
		w.mu.Lock()
		if err == nil {
			w.last = st
		}
		w.last.Checking, w.last.Err = false, err != nil
		w.mu.Unlock()
	}
}

// once reads the casts (the first time) and follows the mix posts.
func (w *mixWatch) once(ctx context.Context, c *Console, el *entry) (mixStatus, error) {
	w.mu.Lock()
	w.last.Checking = true
	w.mu.Unlock()
	box := c.box(el)
	if w.chain == nil {
		e, acc, err := tally.Accumulate(ctx, box, el.current().FromBlock, nil)
		if err != nil {
			return mixStatus{}, err
		}
		if w.chain, err = tally.NewMixChain(e, acc, c.cfg.Files); err != nil {
			return mixStatus{}, err
		}
		if w.chain == nil {
			return mixStatus{Nothing: true}, nil
		}
	}
	rows, finished, err := w.chain.Status(ctx, box)
	if err != nil {
		return mixStatus{}, err
	}
	st := mixStatus{Finished: finished}
	cur := el.current()
	for _, r := range rows {
		st.Mixers = append(st.Mixers, mixerRow{MixerStatus: r, Name: cur.trusteeName(r.Trustee - 1)})
		if r.Verdict == string(mix.Valid) {
			st.Valid++
		}
		if r.Decrypted {
			st.Shares++
		}
	}
	return st, nil
}

// finishMix ends mixing (tally.FinishMix, what "evote commission
// finish-mix" does): refused while the console is still checking, and
// unless a mix posted so far is valid.
func (c *Console) finishMix(ctx context.Context, r *http.Request, el *entry) (*flash, string, error) {
	box, err := c.inState(ctx, el, ballotbox.Closed)
	if err != nil {
		return nil, "", err
	}
	if err := confirmed(r, "finish-mix"); err != nil {
		return nil, "", err
	}
	w := c.mixes(el)
	if !w.run.TryLock() {
		return nil, "", refuse("err_mix_busy", "the console is checking the mix phase")
	}
	defer w.run.Unlock()
	if w.chain == nil {
		return nil, "", refuse("err_mix_busy", "the casts are not read yet, or nothing to mix")
	}
	err = tally.FinishMix(ctx, box, c.opts(ctx), w.chain)
	if errors.Is(err, tally.ErrNoValidMix) {
		return nil, "", refuse("err_no_valid_mix", err.Error())
	}
	if err != nil {
		return nil, "", err
	}
	return &flash{Key: "done_finish_mix"}, fmt.Sprintf("mixing ended after %d mix posts", len(w.chain.Posts)), nil
}

// mixStep is the overview's next step of the mix phase: "" when none
// is due (nothing to mix, or every mixed question is ready to count),
// else what the commission waits for or can do.
func (m *mixStatus) step(threshold int) string {
	switch {
	case m == nil || m.Nothing:
		return ""
	case m.Reading:
		return "reading"
	case !m.Finished && m.Valid > 0:
		return "finish"
	case !m.Finished:
		return "wait-mix"
	case m.Shares < threshold:
		return "wait-shares"
	}
	return ""
}
