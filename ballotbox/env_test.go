package ballotbox_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"math/big"
	"math/bits"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/crypto/voter"
)

// account is a funded test account.
type account struct {
	key  *ecdsa.PrivateKey
	addr common.Address
	opts *bind.TransactOpts
}

// env is a chain with a deployed ballot box: 3 trustees, t = 2. The chain
// is simulated (sim, blocks made by Commit) or a real node (client).
type env struct {
	t          testing.TB
	ctx        context.Context
	sim        *simulated.Backend
	client     ballotbox.Backend
	box        *ballotbox.Client
	deployBlk  uint64
	commission *account
	registrar  *account
	relay      *account
	outsider   *account
	trustees   []*account
	manifest   []byte
}

// pinned is the chain config of the tests: the dev preset up to Prague,
// the fork the project's chain pins, so that gas is measured on released
// rules and not on the preset's unreleased fork.
func pinned(_ *node.Config, ec *ethconfig.Config) {
	cfg := *params.AllDevChainProtocolChanges
	cfg.OsakaTime, cfg.BogotaTime = nil, nil
	ec.Genesis.Config = &cfg
}

// chainID of the simulated chain.
var chainID = params.AllDevChainProtocolChanges.ChainID

func newAccount(t testing.TB) *account { return newAccountOn(t, chainID) }

func newAccountOn(t testing.TB, chainID *big.Int) *account {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	opts := bind.NewKeyedTransactor(key, chainID)
	opts.Context = context.Background()
	return &account{key: key, addr: crypto.PubkeyToAddress(key.PublicKey), opts: opts}
}

// newChain starts a simulated chain that funds the accounts.
func newChain(t testing.TB, accounts []*account, options ...func(*node.Config, *ethconfig.Config)) *simulated.Backend {
	alloc := types.GenesisAlloc{}
	for _, a := range accounts {
		alloc[a.addr] = types.Account{Balance: new(big.Int).Lsh(big.NewInt(1), 100)}
	}
	if len(options) == 0 {
		options = append(options, pinned)
	}
	sim := simulated.NewBackend(alloc, append(options, simulated.WithBlockGasLimit(60_000_000))...)
	t.Cleanup(func() { sim.Close() })
	return sim
}

// newEnv deploys a ballot box in Setup on a simulated chain.
func newEnv(t testing.TB, options ...func(*node.Config, *ethconfig.Config)) *env {
	e := newAccounts(t, chainID)
	e.sim = newChain(t, e.accounts(), options...)
	e.client = e.sim.Client()
	e.deploy()
	return e
}

// newAccounts makes the accounts of an env for a chain not started yet.
func newAccounts(t testing.TB, chainID *big.Int) *env {
	e := &env{t: t, ctx: context.Background(), manifest: []byte(`{"title":"test election"}`)}
	e.commission, e.registrar, e.relay, e.outsider = newAccountOn(t, chainID), newAccountOn(t, chainID), newAccountOn(t, chainID), newAccountOn(t, chainID)
	for range 3 {
		e.trustees = append(e.trustees, newAccountOn(t, chainID))
	}
	return e
}

func (e *env) accounts() []*account {
	return append([]*account{e.commission, e.registrar, e.relay, e.outsider}, e.trustees...)
}

// deploy deploys the ballot box in Setup.
func (e *env) deploy() {
	t := e.t
	box, tx, err := ballotbox.Deploy(e.relay.opts, e.backend(), ballotbox.Params{
		Commission: e.commission.addr, Manifest: e.manifest, Trustees: e.trusteeAddrs(), Threshold: 2,
	})
	e.box = box
	e.deployBlk = e.mine(tx, err).BlockNumber.Uint64()
	if e.sim == nil {
		t.Logf("deployed at block %d", e.deployBlk)
	}
}

func (e *env) backend() ballotbox.Backend { return e.client }

func (e *env) trusteeAddrs() []common.Address {
	var out []common.Address
	for _, a := range e.trustees {
		out = append(out, a.addr)
	}
	return out
}

// mine commits a block with tx and fails the test unless it succeeded.
func (e *env) mine(tx *types.Transaction, err error) *types.Receipt {
	e.t.Helper()
	if err != nil {
		e.t.Fatalf("send: %v", err)
	}
	if e.sim != nil {
		e.sim.Commit()
	}
	r, err := e.box.WaitMined(e.ctx, tx)
	if err != nil {
		e.t.Fatalf("mined: %v", err)
	}
	return r
}

// head is the latest block number.
func (e *env) head() uint64 {
	e.t.Helper()
	h, err := e.box.Head(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	return h
}

// wantErr fails unless err matches want.
func wantErr(t testing.TB, name string, err, want error) {
	t.Helper()
	if !errors.Is(err, want) {
		t.Errorf("%s: got %v, want %v", name, err, want)
	}
}

// The steps from each state to the next.

func (e *env) setup() {
	e.mine(e.box.SetRegistrar(e.commission.opts, e.registrar.addr, registrarKey))
	e.mine(e.box.PostRoll(e.registrar.opts, rollRoot, 3))
}

func (e *env) toKeyCeremony() {
	e.mine(e.box.StartKeyCeremony(e.commission.opts))
}

func (e *env) toReady() {
	for i, tr := range e.trustees {
		e.mine(e.box.PostTrusteeKey(tr.opts, []byte{'k', byte(i)}))
		e.mine(e.box.PostDealing(tr.opts, []byte{'d', byte(i)}))
	}
	e.mine(e.box.FinishKeyCeremony(e.commission.opts, electionKey, 0b111))
}

// toOpen posts the test shares (round 0) of the first qualified trustees
// without one until threshold (2) have posted, and opens the polls.
func (e *env) toOpen() {
	m, err := e.box.Masks(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	for i, tr := range e.trustees {
		bit := uint64(1) << i
		if bits.OnesCount64(m.Shares[ballotbox.TestRound]) >= 2 {
			break
		}
		if m.Qualified&bit != 0 && m.Shares[ballotbox.TestRound]&bit == 0 {
			e.mine(e.box.PostDecryptionShare(tr.opts, ballotbox.TestRound, []byte{'t', byte(i)}))
			m.Shares[ballotbox.TestRound] |= bit
		}
	}
	e.mine(e.box.OpenPolls(e.commission.opts))
}

func (e *env) toClosed() { e.mine(e.box.ClosePolls(e.commission.opts)) }

func (e *env) toTallied() {
	for _, tr := range e.trustees[:2] {
		e.mine(e.box.PostDecryptionShare(tr.opts, ballotbox.TallyRound, []byte("share")))
	}
	if final, _ := e.box.TokenCountFinal(e.ctx); !final {
		e.mine(e.box.PostFinalTokenCount(e.registrar.opts, 0, 0, logRoot))
	}
	e.mine(e.box.PublishResult(e.commission.opts, []byte("result"), [32]byte{7}))
}

// advance moves the election from Setup to s.
func (e *env) advance(s ballotbox.State) {
	steps := []func(){e.setup, e.toKeyCeremony, e.toReady, e.toOpen, e.toClosed, e.toTallied}
	e.setup()
	for i := ballotbox.KeyCeremony; i <= s; i++ {
		steps[i]()
	}
}

var (
	registrarKey = make([]byte, 422) // stands for a PKIX RSA-3072 key
	electionKey  = append([]byte{1}, make([]byte, 31)...)
	rollRoot     = [32]byte{'r', 'o', 'l', 'l'} // stands for the root of a roll of 3
	logRoot      = [32]byte{'l', 'o', 'g'}      // stands for the root of an interval's entries
)

// vote makes a cast by a fresh pseudonym of ballot (random bytes if nil)
// with a random token.
func (e *env) vote(ballot []byte) (ballotbox.Cast, *voter.Key) {
	e.t.Helper()
	return e.voteWith(randBytes(tokenSize), ballot)
}

// voteWith makes a cast by a fresh pseudonym of ballot (random bytes if
// nil) with token.
func (e *env) voteWith(token, ballot []byte) (ballotbox.Cast, *voter.Key) {
	e.t.Helper()
	k, err := voter.NewKey(rand.Reader)
	if err != nil {
		e.t.Fatal(err)
	}
	if ballot == nil {
		ballot = randBytes(1537)
	}
	tctx, err := e.box.Context(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	sig, err := k.SignCast(tctx, token, ballot)
	if err != nil {
		e.t.Fatal(err)
	}
	return ballotbox.Cast{Pseudonym: k.Address(), Token: token, Ballot: ballot, Signature: sig}, k
}

func randBytes(n int) []byte {
	b := make([]byte, n)
	rand.Read(b)
	return b
}
