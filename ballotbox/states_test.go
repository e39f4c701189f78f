package ballotbox_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/evote-org/evote/ballotbox"
)

// TestWrongState calls every state-bound function, from the right account,
// in every state where it is not allowed.
func TestWrongState(t *testing.T) {
	e := newEnv(t)
	cast, _ := e.vote(nil)
	calls := []struct {
		name    string
		allowed []ballotbox.State
		call    func() error
	}{
		{"setRegistrar", []ballotbox.State{ballotbox.Setup}, func() error {
			_, err := e.box.SetRegistrar(e.commission.opts, e.registrar.addr, registrarKey)
			return err
		}},
		{"startKeyCeremony", []ballotbox.State{ballotbox.Setup}, func() error {
			_, err := e.box.StartKeyCeremony(e.commission.opts)
			return err
		}},
		{"postTrusteeKey", []ballotbox.State{ballotbox.KeyCeremony}, func() error {
			_, err := e.box.PostTrusteeKey(e.trustees[0].opts, []byte("k"))
			return err
		}},
		{"postDealing", []ballotbox.State{ballotbox.KeyCeremony}, func() error {
			_, err := e.box.PostDealing(e.trustees[0].opts, []byte("d"))
			return err
		}},
		{"postComplaint", []ballotbox.State{ballotbox.KeyCeremony}, func() error {
			_, err := e.box.PostComplaint(e.trustees[0].opts, []byte("c"))
			return err
		}},
		{"finishKeyCeremony", []ballotbox.State{ballotbox.KeyCeremony}, func() error {
			_, err := e.box.FinishKeyCeremony(e.commission.opts, electionKey, 0b111)
			return err
		}},
		{"testShare", []ballotbox.State{ballotbox.Ready}, func() error {
			_, err := e.box.PostDecryptionShare(e.trustees[2].opts, ballotbox.TestRound, []byte("s"))
			return err
		}},
		{"openPolls", []ballotbox.State{ballotbox.Ready}, func() error {
			_, err := e.box.OpenPolls(e.commission.opts)
			return err
		}},
		{"castBallot", []ballotbox.State{ballotbox.Open}, func() error {
			_, err := e.box.Cast(e.relay.opts, cast)
			return err
		}},
		{"postTokenCount", []ballotbox.State{ballotbox.Open}, func() error {
			_, err := e.box.PostTokenCount(e.registrar.opts, 0, 1, logRoot)
			return err
		}},
		{"postFinalTokenCount", []ballotbox.State{ballotbox.Closed}, func() error {
			_, err := e.box.PostFinalTokenCount(e.registrar.opts, 0, 1, logRoot)
			return err
		}},
		{"closePolls", []ballotbox.State{ballotbox.Open}, func() error {
			_, err := e.box.ClosePolls(e.commission.opts)
			return err
		}},
		{"tallyShare", []ballotbox.State{ballotbox.Closed}, func() error {
			_, err := e.box.PostDecryptionShare(e.trustees[2].opts, ballotbox.TallyRound, []byte("s"))
			return err
		}},
		{"publishResult", []ballotbox.State{ballotbox.Closed}, func() error {
			_, err := e.box.PublishResult(e.commission.opts, []byte("r"), [32]byte{})
			return err
		}},
	}
	e.setup()
	steps := []func(){nil, e.toKeyCeremony, e.toReady, e.toOpen, e.toClosed, e.toTallied}
	for s := ballotbox.Setup; s <= ballotbox.Tallied; s++ {
		if s > ballotbox.Setup {
			steps[s]()
		}
		for _, c := range calls {
			if slices.Contains(c.allowed, s) {
				continue
			}
			err := c.call()
			wantErr(t, c.name+" in "+s.String(), err, ballotbox.ErrWrongState)
			e.checkWrongStateArgs(c.name, s, err)
		}
	}
}

// checkWrongStateArgs checks the decoded arguments of a WrongState revert.
func (e *env) checkWrongStateArgs(name string, s ballotbox.State, err error) {
	re, ok := asRevert(err)
	if !ok || re.Name != "WrongState" || len(re.Args) != 2 || ballotbox.State(re.Args[0].(uint8)) != s {
		e.t.Errorf("%s in %v: revert %+v", name, s, re)
	}
}

// TestRoles calls every role-bound function from a wrong account.
func TestRoles(t *testing.T) {
	e := newEnv(t)
	e.advance(ballotbox.KeyCeremony)
	o, tr := e.outsider.opts, e.trustees[0].opts
	calls := []struct {
		name string
		err  error
		call func() error
	}{
		{"setRegistrar", ballotbox.ErrNotCommission, func() error { _, err := e.box.SetRegistrar(o, o.From, registrarKey); return err }},
		{"startKeyCeremony", ballotbox.ErrNotCommission, func() error { _, err := e.box.StartKeyCeremony(tr); return err }},
		{"finishKeyCeremony", ballotbox.ErrNotCommission, func() error {
			_, err := e.box.FinishKeyCeremony(e.registrar.opts, electionKey, 1)
			return err
		}},
		{"openPolls", ballotbox.ErrNotCommission, func() error { _, err := e.box.OpenPolls(o); return err }},
		{"closePolls", ballotbox.ErrNotCommission, func() error { _, err := e.box.ClosePolls(o); return err }},
		{"publishResult", ballotbox.ErrNotCommission, func() error { _, err := e.box.PublishResult(tr, []byte("r"), [32]byte{}); return err }},
		{"postTrusteeKey", ballotbox.ErrNotTrustee, func() error { _, err := e.box.PostTrusteeKey(o, []byte("k")); return err }},
		{"postDealing", ballotbox.ErrNotTrustee, func() error { _, err := e.box.PostDealing(e.commission.opts, []byte("d")); return err }},
		{"postComplaint", ballotbox.ErrNotTrustee, func() error { _, err := e.box.PostComplaint(o, []byte("c")); return err }},
		{"postDecryptionShare", ballotbox.ErrNotTrustee, func() error {
			_, err := e.box.PostDecryptionShare(e.registrar.opts, ballotbox.TestRound, []byte("s"))
			return err
		}},
		{"postRoll", ballotbox.ErrNotRegistrar, func() error { _, err := e.box.PostRoll(e.commission.opts, rollRoot, 3); return err }},
		{"postTokenCount", ballotbox.ErrNotRegistrar, func() error { _, err := e.box.PostTokenCount(e.commission.opts, 0, 1, logRoot); return err }},
		{"postFinalTokenCount", ballotbox.ErrNotRegistrar, func() error { _, err := e.box.PostFinalTokenCount(e.commission.opts, 0, 1, logRoot); return err }},
	}
	for _, c := range calls {
		wantErr(t, c.name, c.call(), c.err)
	}
}

// asRevert returns the decoded revert in err.
func asRevert(err error) (*ballotbox.RevertError, bool) {
	var re *ballotbox.RevertError
	ok := errors.As(err, &re)
	return re, ok
}
