package e2e

import (
	"context"
	"crypto/rand"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/chain"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/evote-org/evote/crypto/voter"
)

// Sizes of a realistic five-option cast: the ballot, the blind-signed
// token (32-byte message, RSA-3072 signature).
const (
	castBallotSize = 1537
	castTokenSize  = 32 + 384
)

// electionAccounts is an election on the ballot box contract with fake
// key material (the contract checks sizes and signatures, not the
// cryptography of keys and ballots), and senders standing for relays, one
// per node they send to.
type electionAccounts struct {
	t          testing.TB
	commission *bind.TransactOpts
	trustees   []*bind.TransactOpts
	senders    []*bind.TransactOpts
	nonces     []uint64
	box        *ballotbox.Client
	tctx       transcript.Context
}

func newElectionAccounts(t testing.TB, senders int) *electionAccounts {
	e := &electionAccounts{t: t, commission: transactOpts(t)}
	for range 3 {
		e.trustees = append(e.trustees, transactOpts(t))
	}
	for range senders {
		e.senders = append(e.senders, transactOpts(t))
	}
	e.nonces = make([]uint64, senders)
	return e
}

func transactOpts(t testing.TB) *bind.TransactOpts {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	opts := bind.NewKeyedTransactor(key, big.NewInt(chain.DefaultChainID))
	opts.Context = context.Background()
	return opts
}

func (e *electionAccounts) addresses() []common.Address {
	out := []common.Address{e.commission.From}
	for _, o := range append(e.trustees, e.senders...) {
		out = append(out, o.From)
	}
	return out
}

// open deploys the ballot box through c and takes it to Open.
func (e *electionAccounts) open(c *ethclient.Client) {
	var trustees []common.Address
	for _, o := range e.trustees {
		trustees = append(trustees, o.From)
	}
	box, tx, err := ballotbox.Deploy(e.commission, c, ballotbox.Params{
		Commission: e.commission.From, Manifest: []byte(`{"title":"consensus test"}`), Trustees: trustees, Threshold: 2,
	})
	e.box = box
	e.mined(tx, err)
	e.mined(box.SetRegistrar(e.commission, e.commission.From, make([]byte, 422)))
	e.mined(box.StartKeyCeremony(e.commission))
	for i, o := range e.trustees {
		e.mined(box.PostTrusteeKey(o, []byte{'k', byte(i)}))
		e.mined(box.PostDealing(o, []byte{'d', byte(i)}))
	}
	e.mined(box.FinishKeyCeremony(e.commission, append([]byte{1}, make([]byte, 31)...), 0b111))
	for _, o := range e.trustees[:2] { // t test shares open the polls; nothing here reads them
		e.mined(box.PostDecryptionShare(o, ballotbox.TestRound, []byte("test")))
	}
	e.mined(box.PostRoll(e.commission, [32]byte{'r', 'o', 'l', 'l'}, 1000)) // the commission is the registrar here
	e.mined(box.OpenPolls(e.commission))
	if e.tctx, err = box.Context(context.Background()); err != nil {
		e.t.Fatal(err)
	}
}

func (e *electionAccounts) mined(tx *types.Transaction, err error) {
	e.t.Helper()
	if err != nil {
		e.t.Fatal(err)
	}
	if r, err := e.box.WaitMined(context.Background(), tx); err != nil || r.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("transaction failed: %v", err)
	}
}

// casts makes n casts, each by a fresh pseudonym.
func (e *electionAccounts) casts(n int) []ballotbox.Cast {
	out := make([]ballotbox.Cast, n)
	for i := range out {
		k, err := voter.NewKey(rand.Reader)
		if err != nil {
			e.t.Fatal(err)
		}
		token, ballot := make([]byte, castTokenSize), make([]byte, castBallotSize)
		rand.Read(token)
		rand.Read(ballot)
		sig, err := k.SignCast(e.tctx, token, ballot)
		if err != nil {
			e.t.Fatal(err)
		}
		out[i] = ballotbox.Cast{Pseudonym: k.Address(), Token: token, Ballot: ballot, Signature: sig}
	}
	return out
}

// send sends casts to c from sender i, with consecutive nonces and fixed
// fees (one RPC per cast, as the relay does).
func (e *electionAccounts) send(i int, c *ethclient.Client, casts []ballotbox.Cast) []*types.Transaction {
	opts := *e.senders[i]
	opts.GasLimit = 400_000
	opts.GasTipCap, opts.GasFeeCap = big.NewInt(1), big.NewInt(100e9)
	box := ballotbox.New(c, e.box.Address())
	txs := make([]*types.Transaction, len(casts))
	for j, v := range casts {
		opts.Nonce = new(big.Int).SetUint64(e.nonces[i])
		tx, err := box.Cast(&opts, v)
		if err != nil {
			e.t.Fatalf("cast from sender %d: %v", i, err)
		}
		e.nonces[i]++
		txs[j] = tx
	}
	return txs
}

// castEach sends perNode casts to each node, node i from sender i.
func (e *electionAccounts) castEach(nodes []*chainNode, perNode int) []*types.Transaction {
	var all []*types.Transaction
	for _, c := range nodes {
		all = append(all, e.send(e.senderOf(c), c.client, e.casts(perNode))...)
	}
	return all
}

// senderOf is the sender that sends to a node: one per node name.
func (e *electionAccounts) senderOf(c *chainNode) int {
	for i, name := range []string{"authority-1", "authority-2", "authority-3", "authority-4", "observer-1"} {
		if c.name == name {
			return i
		}
	}
	e.t.Fatalf("no sender for %s", c.name)
	return 0
}

// waitIncluded waits until c sees every tx included and successful.
func (e *electionAccounts) waitIncluded(c *ethclient.Client, txs []*types.Transaction) {
	e.t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for _, tx := range txs {
		for !receiptOK(c, tx) {
			if time.Now().After(deadline) {
				e.t.Fatalf("ballot %s not included", tx.Hash())
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
}

func (e *electionAccounts) ballotCount(c *ethclient.Client) uint64 {
	n, err := ballotbox.New(c, e.box.Address()).BallotCount(context.Background())
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}
