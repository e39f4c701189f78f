package ballotbox_test

import (
	"testing"

	"github.com/evote-org/evote/ballotbox"
)

// TestMixPhase walks the mix phase: who may post what and when, and what
// the readers return. Trustee 2 is not qualified.
func TestMixPhase(t *testing.T) {
	e := newEnv(t)
	e.setup()
	e.toKeyCeremony()
	for i, tr := range e.trustees {
		e.mine(e.box.PostTrusteeKey(tr.opts, []byte{'k', byte(i)}))
		e.mine(e.box.PostDealing(tr.opts, []byte{'d', byte(i)}))
	}
	e.mine(e.box.FinishKeyCeremony(e.commission.opts, electionKey, 0b011))
	t0, t1, t2 := e.trustees[0].opts, e.trustees[1].opts, e.trustees[2].opts
	in, out0, out1, file := [32]byte{'i'}, [32]byte{'o', 0}, [32]byte{'o', 1}, [32]byte{'f'}

	_, err := e.box.PostMix(t0, in, out0, file)
	wantErr(t, "mix while Ready", err, ballotbox.ErrWrongState)
	e.toOpen()
	e.toClosed()
	_, err = e.box.FinishMix(e.commission.opts)
	wantErr(t, "finish before any mix", err, ballotbox.ErrNoMix)
	_, err = e.box.PostMixShare(t0, out0, file)
	wantErr(t, "share before the finish", err, ballotbox.ErrMixNotFinished)
	_, err = e.box.PostMix(t2, in, out0, file)
	wantErr(t, "unqualified mixer", err, ballotbox.ErrNotQualified)
	_, err = e.box.PostMix(e.outsider.opts, in, out0, file)
	wantErr(t, "outsider mixes", err, ballotbox.ErrNotTrustee)
	e.mine(e.box.PostMix(t0, in, out0, file))
	_, err = e.box.PostMix(t0, out0, out1, file)
	wantErr(t, "second mix", err, ballotbox.ErrAlreadyPosted)
	e.mine(e.box.PostMix(t1, out0, out1, file))
	_, err = e.box.FinishMix(t0)
	wantErr(t, "trustee finishes", err, ballotbox.ErrNotCommission)
	e.mine(e.box.FinishMix(e.commission.opts))
	_, err = e.box.FinishMix(e.commission.opts)
	wantErr(t, "second finish", err, ballotbox.ErrMixClosed)

	e.mine(e.box.PostFinalTokenCount(e.registrar.opts, 0, 0, logRoot))
	for _, tr := range e.trustees[:2] {
		e.mine(e.box.PostDecryptionShare(tr.opts, ballotbox.TallyRound, []byte("share")))
	}
	_, err = e.box.PublishResult(e.commission.opts, []byte("r"), [32]byte{1})
	wantErr(t, "publish without mix shares", err, ballotbox.ErrNotEnoughShares)
	_, err = e.box.PostMixShare(t2, out1, file)
	wantErr(t, "unqualified share", err, ballotbox.ErrNotQualified)
	e.mine(e.box.PostMixShare(t1, out1, [32]byte{'s', 1}))
	_, err = e.box.PostMixShare(t1, out1, file)
	wantErr(t, "second share", err, ballotbox.ErrAlreadyPosted)
	_, err = e.box.PublishResult(e.commission.opts, []byte("r"), [32]byte{1})
	wantErr(t, "publish with one mix share of two", err, ballotbox.ErrNotEnoughShares)
	e.mine(e.box.PostMixShare(t0, out1, [32]byte{'s', 0}))
	e.mine(e.box.PublishResult(e.commission.opts, []byte("r"), [32]byte{1}))
	e.checkMixReaders(in, out0, out1, file)
}

func (e *env) checkMixReaders(in, out0, out1, file [32]byte) {
	t := e.t
	m, err := e.box.MixMasks(e.ctx)
	if want := (ballotbox.MixMasks{Mixed: 3, Finished: true, Shares: 3}); err != nil || m != want {
		t.Errorf("mix masks: %+v %v, want %+v", m, err, want)
	}
	mixes, err := e.box.MixPosts(e.ctx, 0, e.head())
	if err != nil || len(mixes) != 2 {
		t.Fatalf("mixes: %+v %v", mixes, err)
	}
	if x := mixes[0]; x.Trustee != 0 || x.Input != in || x.Output != out0 || x.File != file || x.Block == 0 {
		t.Errorf("first mix: %+v", x)
	}
	if x := mixes[1]; x.Trustee != 1 || x.Input != out0 || x.Output != out1 || x.Block <= mixes[0].Block {
		t.Errorf("second mix: %+v", x)
	}
	ends, err := e.box.MixEnds(e.ctx, 0, e.head())
	if err != nil || len(ends) != 1 || ends[0].Block <= mixes[1].Block {
		t.Errorf("mix ends: %+v %v", ends, err)
	}
	shares, err := e.box.MixSharePosts(e.ctx, 0, e.head())
	if err != nil || len(shares) != 2 || shares[0].Trustee != 1 || shares[1].Trustee != 0 ||
		shares[0].Lists != out1 || shares[1].File != [32]byte{'s', 0} {
		t.Errorf("mix shares: %+v %v", shares, err)
	}
}

// TestPublishWithoutMix: an election nobody mixed (no ranked or graded
// question, or no counted ballot) publishes with the tally shares alone.
func TestPublishWithoutMix(t *testing.T) {
	e := newEnv(t)
	e.advance(ballotbox.Tallied)
	if m, err := e.box.MixMasks(e.ctx); err != nil || m != (ballotbox.MixMasks{}) {
		t.Errorf("mix masks %+v %v", m, err)
	}
	_, err := e.box.PostMix(e.trustees[0].opts, [32]byte{}, [32]byte{}, [32]byte{})
	wantErr(t, "mix once tallied", err, ballotbox.ErrWrongState)
}
