package site_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/ballotbox/relay"
	"github.com/evote-org/evote/ballotbox/validity"
	"github.com/evote-org/evote/web/booth"
)

// goBooth is the booth's Go code (which the WebAssembly runs) talking to
// a registrar and a relay without a browser.
type goBooth struct {
	t      testing.TB
	ctx    context.Context
	el     *booth.Election
	reg    *booth.Registrar
	relay  string
	params *validity.Params
}

func newGoBooth(ctx context.Context, t testing.TB, box *ballotbox.Client, regURL, relayURL string, params *validity.Params) *goBooth {
	t.Helper()
	tctx, err := box.Context(ctx)
	must(t, err)
	key, err := box.RegistrarKey(ctx)
	must(t, err)
	reg := &booth.Registrar{URL: regURL, ElectionID: fmt.Sprintf("0x%x", tctx.ElectionID)}
	info, err := reg.Info(ctx)
	must(t, err)
	el, err := booth.CheckInfo(info, tctx, key)
	must(t, err)
	return &goBooth{t: t, ctx: ctx, el: el, reg: reg, relay: relayURL, params: params}
}

// goBooth is a goBooth voting in w, within three minutes (g.ctx).
func (w *world) goBooth(t testing.TB) *goBooth {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	return newGoBooth(ctx, t, w.box, w.regURL, w.relayURL, w.params)
}

// register signs a voter in: the registrar issues a token.
func (g *goBooth) register(voter, code string) *booth.Credential {
	g.t.Helper()
	cred, err := g.el.Register(g.ctx, g.reg, voter, code, rand.Reader)
	must(g.t, err)
	return cred
}

// cast sends the ballot of choices to the relay.
func (g *goBooth) cast(cred *booth.Credential, choices [][]bool) {
	g.t.Helper()
	c, _, err := cred.Prepare(g.params.Election, choices, rand.Reader)
	must(g.t, err)
	body, _ := json.Marshal(relay.Request{Pseudonym: fmt.Sprintf("0x%x", c.Pseudonym), Token: c.Token, Ballot: c.Ballot, Signature: c.Signature})
	resp, err := http.Post(g.relay+"/v1/casts", "application/json", bytes.NewReader(body))
	must(g.t, err)
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		g.t.Fatalf("cast: relay answered %s", resp.Status)
	}
}

// waitBallots waits until the box holds n ballots.
func waitBallots(ctx context.Context, t testing.TB, box *ballotbox.Client, n uint64) {
	t.Helper()
	for {
		if got, _ := box.BallotCount(ctx); got == n {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("the ballots were not included: %v", ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}
