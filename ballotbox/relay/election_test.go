package relay_test

import (
	"context"
	"crypto/rand"
	"fmt"
	"log/slog"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/ballotbox/relay"
	"github.com/evote-org/evote/ballotbox/validity"
	"github.com/evote-org/evote/crypto/ballot"
	"github.com/evote-org/evote/crypto/blind"
	"github.com/evote-org/evote/crypto/blind/signer"
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/evote-org/evote/crypto/voter"
	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/internal/localtrustees"
	"github.com/evote-org/evote/tally/ceremony"
)

// testElection is a ballot box on a chainEnv, driven to Ready or Open
// with the real registrar key of the tests and an election key made by a
// real 2-of-3 key ceremony.
type testElection struct {
	env      *chainEnv
	box      *ballotbox.Client
	deployed uint64
	reg      *signer.Key
	manifest []byte
	ctx      transcript.Context
	election *ballot.Election
	params   *validity.Params // once open
}

// registrarKey is the committed test-only registrar key.
func registrarKey(t testing.TB) *signer.Key {
	k, err := signer.Load("../../crypto/blind/testdata/test-only-key-3072.pem")
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// manifest has one question of n options, at most one selected.
func manifest(n int) []byte {
	q := election.Question{Title: election.Text{RU: "Вопрос", EN: "Question"}, Min: 0, Max: 1}
	for i := range n {
		q.Options = append(q.Options, election.Option{Title: election.Text{RU: fmt.Sprint("Вариант ", i), EN: fmt.Sprint("Option ", i)}})
	}
	m := election.Manifest{Version: election.Version, Title: election.Text{RU: "Тест", EN: "Test"}, Questions: []election.Question{q}}
	return m.Bytes()
}

// newElection deploys a ballot box for a manifest of options options,
// runs its key ceremony with three trustees (localtrustees: the test
// decryption by two of them included) and opens the polls (or leaves the
// election Ready).
func (e *chainEnv) newElection(t testing.TB, options int, open bool) *testElection {
	t.Helper()
	te, com, trustees := e.startCeremony(t, options)
	ctx := context.Background()
	if _, err := localtrustees.Ceremony(ctx, com.opts, te.deployed, trustees, 2, t.TempDir(), []byte("pass"), discard); err != nil {
		t.Fatal(err)
	}
	if open {
		te.openPolls(t, com)
	}
	te.load(t, open)
	return te
}

var discard = slog.New(slog.DiscardHandler)

// startCeremony deploys a ballot box for a manifest of options options
// with three trustees, t = 2, and starts its key ceremony: the deployment,
// the registrar and the start from the commission with consecutive
// nonces. The commission's account sends with pending nonces from then
// on.
func (e *chainEnv) startCeremony(t testing.TB, options int) (*testElection, *account, []*ceremony.Trustee) {
	t.Helper()
	te := &testElection{env: e, reg: registrarKey(t), manifest: manifest(options)}
	com := e.account(t)
	var trustees []*ceremony.Trustee
	var addrs []common.Address
	for range 3 {
		tr := &ceremony.Trustee{Opts: e.account(t).opts}
		trustees, addrs = append(trustees, tr), append(addrs, tr.Opts.From)
	}
	deploy := com.send(t, 10_000_000, 2e9, func(o *bind.TransactOpts) (*types.Transaction, error) {
		box, tx, err := ballotbox.Deploy(o, e.client, ballotbox.Params{Commission: com.opts.From, Manifest: te.manifest, Trustees: addrs, Threshold: 2})
		te.box = box
		return tx, err
	})
	com.send(t, 1_000_000, 2e9, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return te.box.SetRegistrar(o, com.opts.From, te.reg.Public().Bytes())
	})
	last := com.send(t, 200_000, 2e9, te.box.StartKeyCeremony)
	te.deployed = mined(t, te.box, deploy).BlockNumber.Uint64()
	mined(t, te.box, last)
	for _, tr := range trustees {
		tr.Box, tr.From = te.box, te.deployed
	}
	return te, com, trustees
}

// openPolls opens the polls from the commission's account, which is the
// registrar's too: it commits to a roll first (nothing here reads it).
func (te *testElection) openPolls(t testing.TB, com *account) {
	t.Helper()
	tx, err := te.box.PostRoll(com.opts, [32]byte{'r', 'o', 'l', 'l'}, 1000)
	if err != nil {
		t.Fatal(err)
	}
	mined(t, te.box, tx)
	tx, err = te.box.OpenPolls(com.opts)
	if err != nil {
		t.Fatal(err)
	}
	mined(t, te.box, tx)
}

// load reads the election's parameters from the chain.
func (te *testElection) load(t testing.TB, open bool) {
	t.Helper()
	ctx := context.Background()
	var err error
	if te.ctx, err = te.box.Context(ctx); err != nil {
		t.Fatal(err)
	}
	if !open { // the parameters the relay would have if the polls were open
		ek, err := te.box.ElectionKey(ctx)
		if err != nil {
			t.Fatal(err)
		}
		key, err := elgamal.ParsePublicKey(ek[:])
		if err != nil {
			t.Fatal(err)
		}
		m, _ := election.Parse(te.manifest)
		te.params = &validity.Params{Election: m.Ballot(te.ctx, key), RegistrarKey: te.reg.Public()}
		te.election = te.params.Election
		return
	}
	if te.params, err = relay.LoadParams(ctx, te.box, te.deployed); err != nil {
		t.Fatal(err)
	}
	te.election = te.params.Election
}

// token runs the blind issuance of a token for pseudonym.
func (te *testElection) token(t testing.TB, pseudonym [20]byte) []byte {
	blinded, st, err := blind.Blind(te.reg.Public(), blind.Message(te.ctx, pseudonym), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := te.reg.BlindSign(blinded)
	if err != nil {
		t.Fatal(err)
	}
	tok, err := blind.Finalize(st, sig)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

// vote makes a valid cast by a fresh pseudonym, choosing the first
// option.
func (te *testElection) vote(t testing.TB) (ballotbox.Cast, *voter.Key) {
	k, err := voter.NewKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	c := ballotbox.Cast{Pseudonym: k.Address(), Token: te.token(t, k.Address())}
	c.Ballot = te.ballot(t, k)
	te.sign(t, &c, k)
	return c, k
}

// ballot encrypts a choice of the first option for k's pseudonym.
func (te *testElection) ballot(t testing.TB, k *voter.Key) []byte {
	choices := [][]bool{make([]bool, te.election.Questions[0].Options)}
	choices[0][0] = true
	b, _, err := ballot.Encrypt(te.election, k.Address(), choices, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func (te *testElection) sign(t testing.TB, c *ballotbox.Cast, k *voter.Key) {
	sig, err := k.SignCast(te.ctx, c.Token, c.Ballot)
	if err != nil {
		t.Fatal(err)
	}
	c.Signature = sig
}

// The open election most tests share (2 options).
var sharedOpen struct {
	once sync.Once
	te   *testElection
}

func openElection(t testing.TB) *testElection {
	t.Helper()
	env := sharedChain(t)
	sharedOpen.once.Do(func() { sharedOpen.te = env.newElection(t, 2, true) })
	if sharedOpen.te == nil {
		t.Fatal("the shared election could not be set up")
	}
	return sharedOpen.te
}
