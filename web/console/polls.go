package console

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/tally"
)

// finishCeremony settles the key ceremony as posted (tally.FinishCeremony,
// what "evote tally ceremony" does) and posts the election key.
func (c *Console) finishCeremony(ctx context.Context, r *http.Request, el *entry) (*flash, string, error) {
	box, err := c.inState(ctx, el, ballotbox.KeyCeremony)
	if err != nil {
		return nil, "", err
	}
	e, err := tally.FinishCeremony(ctx, box, c.opts(ctx), el.current().FromBlock)
	if err != nil {
		return nil, "", err
	}
	return &flash{Key: "done_ceremony"}, "qualified trustees " + tally.TrusteeList(e.Result.Qualified), nil
}

// openPolls opens the polls once the test decryption checks out.
func (c *Console) openPolls(ctx context.Context, r *http.Request, el *entry) (*flash, string, error) {
	box, err := c.inState(ctx, el, ballotbox.Ready)
	if err != nil {
		return nil, "", err
	}
	if err := confirmed(r, "open"); err != nil {
		return nil, "", err
	}
	st := el.current()
	if _, err := tally.CheckTest(ctx, box, st.FromBlock); err != nil {
		return nil, "", testRefusal(err, &st)
	}
	if err := c.rollPosted(ctx, box, el); err != nil {
		return nil, "", err
	}
	detail, err := c.send(ctx, box, (*ballotbox.Client).OpenPolls)
	return &flash{Key: "done_open"}, detail, err
}

// rollPosted refuses to open the polls unless the roll the registrar
// committed to on chain is the roll in its store: the polls would open
// on the last roll posted, and tokens of voters imported since could
// never be verified.
func (c *Console) rollPosted(ctx context.Context, box *ballotbox.Client, el *entry) error {
	st, err := c.cfg.Registrar.Roll(ctx, el.n)
	if err != nil {
		return err
	}
	root, n, err := registrar.RollRoot(ctx, st)
	if err != nil {
		return err
	}
	onChain, m, err := box.Roll(ctx)
	if err != nil {
		return err
	}
	args := map[string]any{"voters": n, "chain": m}
	switch {
	case m == 0:
		return &refusal{key: "err_no_roll", args: args, why: fmt.Sprintf("no roll on chain; %d voters in the registrar's store", n)}
	case onChain != root || m != n:
		return &refusal{key: "err_roll_mismatch", args: args,
			why: fmt.Sprintf("the roll on chain (%d voters, root %x) is not the store's (%d voters, root %x)", m, onChain, n, root)}
	}
	return nil
}

// closePolls closes the polls.
func (c *Console) closePolls(ctx context.Context, r *http.Request, el *entry) (*flash, string, error) {
	box, err := c.inState(ctx, el, ballotbox.Open)
	if err != nil {
		return nil, "", err
	}
	if err := confirmed(r, "close"); err != nil {
		return nil, "", err
	}
	detail, err := c.send(ctx, box, (*ballotbox.Client).ClosePolls)
	return &flash{Key: "done_close"}, detail, err
}

// testRefusal says why the test decryption does not let the polls open:
// the trustees it waits for (by name where st has them), or a key
// ceremony that does not settle as posted (the posted key or qualified
// set is not what the posts give).
func testRefusal(err error, st *State) error {
	var p *tally.TestPendingError
	switch {
	case errors.As(err, &p):
		return &refusal{key: "err_test_waiting", why: err.Error(),
			args: map[string]any{"n": p.Posted, "t": p.Threshold, "who": st.trusteeList(p.Waiting)}}
	case errors.Is(err, tally.ErrCeremony):
		return &refusal{key: "err_ceremony_mismatch", why: err.Error()}
	}
	return &refusal{key: "err_test_decryption", why: err.Error()}
}
