package ballotbox_test

import (
	"bytes"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/registrar/reglog"
)

// TestDeployValidation checks the constructor's checks.
func TestDeployValidation(t *testing.T) {
	e := newEnv(t)
	tr := e.trusteeAddrs()
	many := make([]common.Address, ballotbox.MaxTrustees+1)
	for i := range many {
		many[i] = common.Address{1, byte(i)}
	}
	for _, c := range []struct {
		name string
		p    ballotbox.Params
		err  error
	}{
		{"t=0", ballotbox.Params{Trustees: tr, Threshold: 0}, ballotbox.ErrBadThreshold},
		{"t>n", ballotbox.Params{Trustees: tr, Threshold: 4}, ballotbox.ErrBadThreshold},
		{"t=256", ballotbox.Params{Trustees: tr, Threshold: 256}, ballotbox.ErrBadThreshold},
		{"n=0", ballotbox.Params{Threshold: 1}, ballotbox.ErrBadTrustees},
		{"n=65", ballotbox.Params{Trustees: many, Threshold: 1}, ballotbox.ErrBadTrustees},
		{"zero trustee", ballotbox.Params{Trustees: []common.Address{tr[0], {}}, Threshold: 1}, ballotbox.ErrBadTrustees},
		{"duplicate", ballotbox.Params{Trustees: []common.Address{tr[0], tr[1], tr[0]}, Threshold: 1}, ballotbox.ErrBadTrustees},
		{"manifest mismatch", ballotbox.Params{Trustees: tr, Threshold: 1, ElectionID: [32]byte{1}}, ballotbox.ErrManifestMismatch},
		{"empty manifest", ballotbox.Params{Trustees: tr, Threshold: 1, Manifest: []byte{}}, ballotbox.ErrBadSize},
		{"zero commission", ballotbox.Params{Trustees: tr, Threshold: 1, Commission: zeroAddr}, ballotbox.ErrBadAddress},
		{"n=64, t=64", ballotbox.Params{Trustees: many[:64], Threshold: 64}, nil},
	} {
		if c.p.Manifest == nil {
			c.p.Manifest = e.manifest
		}
		if c.name != "zero commission" {
			c.p.Commission = e.commission.addr
		}
		box, tx, err := ballotbox.Deploy(e.relay.opts, e.backend(), c.p)
		if c.err != nil {
			wantErr(t, c.name, err, c.err)
			continue
		}
		e.mine(tx, err)
		if th, err := box.Threshold(e.ctx); err != nil || th != c.p.Threshold {
			t.Errorf("%s: threshold %d (%v)", c.name, th, err)
		}
	}
}

// TestSetupValidation checks the registrar's setup.
func TestSetupValidation(t *testing.T) {
	e := newEnv(t)
	c := e.commission.opts
	_, err := e.box.StartKeyCeremony(c)
	wantErr(t, "start without registrar", err, ballotbox.ErrRegistrarNotSet)
	_, err = e.box.SetRegistrar(c, zeroAddr, registrarKey)
	wantErr(t, "zero registrar", err, ballotbox.ErrBadAddress)
	_, err = e.box.SetRegistrar(c, e.registrar.addr, nil)
	wantErr(t, "empty key", err, ballotbox.ErrBadSize)
	_, err = e.box.SetRegistrar(c, e.registrar.addr, make([]byte, ballotbox.MaxRegistrarKey+1))
	wantErr(t, "large key", err, ballotbox.ErrBadSize)
	e.mine(e.box.SetRegistrar(c, e.outsider.addr, []byte("first")))
	e.mine(e.box.SetRegistrar(c, e.registrar.addr, registrarKey)) // replaced before the ceremony
	if k, _ := e.box.RegistrarKey(e.ctx); !bytes.Equal(k, registrarKey) {
		t.Errorf("registrar key not replaced")
	}
}

// TestKeyCeremony checks the trustees' posts and the end of the ceremony.
func TestKeyCeremony(t *testing.T) {
	e := newEnv(t)
	e.advance(ballotbox.KeyCeremony)
	t0, t1, t2 := e.trustees[0].opts, e.trustees[1].opts, e.trustees[2].opts
	for i, o := range []*bind.TransactOpts{t0, t1, t2} {
		e.mine(e.box.PostTrusteeKey(o, []byte{'k', byte(i)}))
	}
	e.mine(e.box.PostDealing(t0, []byte("d0")))
	e.mine(e.box.PostDealing(t1, []byte("d1")))
	e.mine(e.box.PostComplaint(t2, []byte("c1")))
	e.mine(e.box.PostComplaint(t2, []byte("c2")))
	for _, c := range []struct {
		name string
		err  error
		call func() error
	}{
		{"second key", ballotbox.ErrAlreadyPosted, func() error { _, err := e.box.PostTrusteeKey(t0, []byte("k")); return err }},
		{"second dealing", ballotbox.ErrAlreadyPosted, func() error { _, err := e.box.PostDealing(t1, []byte("d")); return err }},
		{"empty dealing", ballotbox.ErrBadSize, func() error { _, err := e.box.PostDealing(t2, nil); return err }},
		{"large dealing", ballotbox.ErrBadSize, func() error {
			_, err := e.box.PostDealing(t2, make([]byte, ballotbox.MaxPostSize+1))
			return err
		}},
		{"empty complaint", ballotbox.ErrBadSize, func() error { _, err := e.box.PostComplaint(t2, []byte{}); return err }},
	} {
		wantErr(t, c.name, c.call(), c.err)
	}
	e.checkFinishValidation()
	e.checkPosts()
}

func (e *env) checkFinishValidation() {
	c := e.commission.opts
	for _, f := range []struct {
		name string
		key  []byte
		mask uint64
		err  error
	}{
		{"short key", electionKey[:31], 0b11, ballotbox.ErrBadSize},
		{"long key", append(bytes.Clone(electionKey), 0), 0b11, ballotbox.ErrBadSize},
		{"identity key", make([]byte, 32), 0b11, ballotbox.ErrBadElectionKey},
		{"empty set", electionKey, 0, ballotbox.ErrBadQualifiedSet},
		{"below threshold", electionKey, 0b01, ballotbox.ErrBadQualifiedSet},
		{"no dealing", electionKey, 0b111, ballotbox.ErrBadQualifiedSet},
		{"no such trustee", electionKey, 0b1011, ballotbox.ErrBadQualifiedSet},
		{"bit 63", electionKey, 1<<63 | 0b11, ballotbox.ErrBadQualifiedSet},
	} {
		_, err := e.box.FinishKeyCeremony(c, f.key, f.mask)
		wantErr(e.t, f.name, err, f.err)
	}
	e.mine(e.box.FinishKeyCeremony(c, electionKey, 0b11))
}

func (e *env) checkPosts() {
	t := e.t
	keys, err := e.box.TrusteeKeys(e.ctx, 0, e.head())
	if err != nil || len(keys) != 3 {
		t.Fatalf("keys: %v %v", keys, err)
	}
	for i, p := range keys {
		if p.Trustee != i || !bytes.Equal(p.Data, []byte{'k', byte(i)}) {
			t.Errorf("key %d: %+v", i, p)
		}
	}
	dealings, err := e.box.Dealings(e.ctx, 0, e.head())
	if err != nil || len(dealings) != 2 || dealings[1].Trustee != 1 || string(dealings[1].Data) != "d1" {
		t.Errorf("dealings: %+v %v", dealings, err)
	}
	complaints, err := e.box.Complaints(e.ctx, 0, e.head())
	if err != nil || len(complaints) != 2 || complaints[0].Trustee != 2 || string(complaints[1].Data) != "c2" {
		t.Errorf("complaints: %+v %v", complaints, err)
	}
	if m, _ := e.box.Masks(e.ctx); m.Keys != 7 || m.Dealings != 3 || m.Qualified != 3 {
		t.Errorf("masks: %+v", m)
	}
}

// TestDecryption checks the decryption shares, the token count and the
// result.
func TestDecryption(t *testing.T) {
	e := newEnv(t)
	e.advance(ballotbox.KeyCeremony)
	for i, tr := range e.trustees[:2] {
		e.mine(e.box.PostTrusteeKey(tr.opts, []byte{'k', byte(i)}))
		e.mine(e.box.PostDealing(tr.opts, []byte{'d', byte(i)}))
	}
	e.mine(e.box.FinishKeyCeremony(e.commission.opts, electionKey, 0b11))
	t0, t1 := e.trustees[0].opts, e.trustees[1].opts
	_, err := e.box.PostDecryptionShare(e.trustees[2].opts, ballotbox.TestRound, []byte("s"))
	wantErr(t, "unqualified trustee", err, ballotbox.ErrNotQualified)
	_, err = e.box.PostDecryptionShare(t0, 2, []byte("s"))
	wantErr(t, "round 2", err, ballotbox.ErrBadRound)
	e.mine(e.box.PostDecryptionShare(t0, ballotbox.TestRound, []byte("test0")))
	_, err = e.box.PostDecryptionShare(t0, ballotbox.TestRound, []byte("again"))
	wantErr(t, "second test share", err, ballotbox.ErrAlreadyPosted)
	_, err = e.box.OpenPolls(e.commission.opts)
	wantErr(t, "open with one test share of two", err, ballotbox.ErrNotEnoughShares)
	e.toOpen()
	e.checkTokenCount()
	e.toClosed()
	e.checkFinalTokenCount()
	e.mine(e.box.PostDecryptionShare(t1, ballotbox.TallyRound, []byte("tally1")))
	_, err = e.box.PublishResult(e.commission.opts, []byte("r"), [32]byte{1})
	wantErr(t, "one share of two", err, ballotbox.ErrNotEnoughShares)
	e.mine(e.box.PostDecryptionShare(t0, ballotbox.TallyRound, []byte("tally0")))
	_, err = e.box.PublishResult(e.commission.opts, nil, [32]byte{1})
	wantErr(t, "empty result", err, ballotbox.ErrBadSize)
	_, err = e.box.PublishResult(e.commission.opts, make([]byte, ballotbox.MaxResultSize+1), [32]byte{1})
	wantErr(t, "large result", err, ballotbox.ErrBadSize)
	e.mine(e.box.PublishResult(e.commission.opts, []byte("r"), [32]byte{1}))

	test, err := e.box.DecryptionShares(e.ctx, ballotbox.TestRound, 0, e.head())
	if err != nil || len(test) != 2 || test[0].Trustee != 0 || string(test[0].Data) != "test0" || test[0].Round != ballotbox.TestRound {
		t.Errorf("test shares: %+v %v", test, err)
	}
	tally, err := e.box.DecryptionShares(e.ctx, ballotbox.TallyRound, 0, e.head())
	if err != nil || len(tally) != 2 || tally[0].Trustee != 1 || tally[1].Trustee != 0 || tally[1].Round != ballotbox.TallyRound {
		t.Errorf("tally shares: %+v %v", tally, err)
	}
	if n, _ := e.box.TokenCount(e.ctx); n != 9 {
		t.Errorf("token count %d", n)
	}
}

func (e *env) checkTokenCount() {
	r := e.registrar.opts
	e.mine(e.box.PostTokenCount(r, 0, 5, logRoot))
	e.mine(e.box.PostTokenCount(r, 5, 5, logRoot))
	_, err := e.box.PostTokenCount(r, 5, 4, logRoot)
	wantErr(e.t, "decreasing token count", err, ballotbox.ErrTokenCountDecreased)
	_, err = e.box.PostTokenCount(r, 0, 6, logRoot)
	wantErr(e.t, "a count following a stale one", err, ballotbox.ErrTokenCountMoved)
}

// checkFinalTokenCount: after the close a count read before it
// (postTokenCount) is refused, the final count never decreases and is
// posted once.
func (e *env) checkFinalTokenCount() {
	r := e.registrar.opts
	_, err := e.box.PostTokenCount(r, 5, 9, logRoot)
	wantErr(e.t, "a periodic count after the close", err, ballotbox.ErrWrongState)
	_, err = e.box.PostFinalTokenCount(r, 5, 4, logRoot)
	wantErr(e.t, "a final count below the last", err, ballotbox.ErrTokenCountDecreased)
	_, err = e.box.PostFinalTokenCount(r, 4, 9, logRoot)
	wantErr(e.t, "a final count following a stale one", err, ballotbox.ErrTokenCountMoved)
	if final, err := e.box.TokenCountFinal(e.ctx); final || err != nil {
		e.t.Fatalf("final before it is posted: %v %v", final, err)
	}
	e.mine(e.box.PostFinalTokenCount(r, 5, 9, logRoot))
	_, err = e.box.PostFinalTokenCount(r, 9, 10, logRoot)
	wantErr(e.t, "a second final count", err, ballotbox.ErrFinalCountPosted)
	if final, err := e.box.TokenCountFinal(e.ctx); !final || err != nil {
		e.t.Fatalf("not final after it is posted: %v %v", final, err)
	}
}

// TestPublishNeedsFinalCount: with every tally share on chain, the
// result is refused until the registrar's final count is posted (issue:
// a commission that published within seconds of the close left check 6
// failing for good).
func TestPublishNeedsFinalCount(t *testing.T) {
	e := newEnv(t)
	e.advance(ballotbox.Closed)
	for _, tr := range e.trustees[:2] {
		e.mine(e.box.PostDecryptionShare(tr.opts, ballotbox.TallyRound, []byte("share")))
	}
	_, err := e.box.PublishResult(e.commission.opts, []byte("r"), [32]byte{1})
	wantErr(t, "publish before the final count", err, ballotbox.ErrNoFinalTokenCount)
	e.mine(e.box.PostFinalTokenCount(e.registrar.opts, 0, 0, logRoot))
	e.mine(e.box.PublishResult(e.commission.opts, []byte("r"), [32]byte{1}))
}

// TestTokenCounter publishes counts through the registrar's publisher.
func TestTokenCounter(t *testing.T) {
	e := newEnv(t)
	e.advance(ballotbox.Open)
	stop := make(chan struct{})
	defer close(stop)
	go func() { // the simulated chain makes blocks only on Commit
		for {
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
				e.sim.Commit()
			}
		}
	}()
	p := &ballotbox.TokenCounter{Client: e.box, Opts: e.registrar.opts}
	if err := p.PublishTokenCount(e.ctx, 0, 42, logRoot); err != nil {
		t.Fatal(err)
	}
	if n, _ := e.box.TokenCount(e.ctx); n != 42 {
		t.Fatalf("token count %d, want 42", n)
	}
	err := (&ballotbox.TokenCounter{Client: e.box, Opts: e.outsider.opts}).PublishTokenCount(e.ctx, 42, 43, logRoot)
	wantErr(t, "outsider", err, ballotbox.ErrNotRegistrar)
	polls := func(wantClosed, wantFinal bool) {
		t.Helper()
		opened, closed, final, err := p.Polls(e.ctx)
		if err != nil || !opened || closed != wantClosed || final != wantFinal {
			t.Fatalf("Polls: %v %v %v %v, want true %v %v", opened, closed, final, err, wantClosed, wantFinal)
		}
	}
	polls(false, false)
	e.toClosed()
	polls(true, false)
	if err := p.PublishFinalTokenCount(e.ctx, 42, 42, [32]byte{'f'}); err != nil {
		t.Fatal(err)
	}
	polls(true, true)
	roll, ok, counts, err := p.LogPosts(e.ctx)
	want := []reglog.Post{{Count: 42, Root: logRoot, Block: counts[0].Block}, {Count: 42, Root: [32]byte{'f'}, Block: counts[1].Block, Final: true}}
	if err != nil || !ok || roll.Root != rollRoot || roll.Count != 3 || !slices.Equal(counts, want) {
		t.Fatalf("LogPosts: %+v %v %+v %v, want the roll and %+v", roll, ok, counts, err, want)
	}
}

// TestOpenNeedsTestShares: the polls open only once threshold (2)
// qualified trustees have posted their test share (round 0); the revert
// says how many are there and how many are needed.
func TestOpenNeedsTestShares(t *testing.T) {
	e := newEnv(t)
	e.advance(ballotbox.Ready)
	open := func(name string, have uint64) {
		t.Helper()
		_, err := e.box.OpenPolls(e.commission.opts)
		wantErr(t, name, err, ballotbox.ErrNotEnoughShares)
		re, ok := asRevert(err)
		if !ok || len(re.Args) != 2 || re.Args[0].(*big.Int).Uint64() != have || re.Args[1].(*big.Int).Uint64() != 2 {
			t.Errorf("%s: revert %+v", name, re)
		}
	}
	open("no test share", 0)
	e.mine(e.box.PostDecryptionShare(e.trustees[2].opts, ballotbox.TestRound, []byte("t2")))
	open("one test share of two", 1)
	e.mine(e.box.PostDecryptionShare(e.trustees[0].opts, ballotbox.TestRound, []byte("t0")))
	e.mine(e.box.OpenPolls(e.commission.opts))
	if s, err := e.box.State(e.ctx); err != nil || s != ballotbox.Open {
		t.Fatalf("state %v (%v), want Open", s, err)
	}
}
