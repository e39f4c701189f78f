package console

import (
	"context"
	"errors"
	"net/http"

	"github.com/evote-org/evote/ballotbox"
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
	detail, err := c.send(ctx, box, (*ballotbox.Client).OpenPolls)
	return &flash{Key: "done_open"}, detail, err
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
