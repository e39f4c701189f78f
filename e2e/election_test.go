package e2e

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/chain"
	"github.com/evote-org/evote/crypto/blind/signer"
	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/internal/testnet"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/ceremony"
)

// world is one election in process: a real embedded node, the contract,
// five trustees, a real registrar and a real relay over HTTP.
type world struct {
	t          *testing.T
	ctx        context.Context
	dir        string
	box        *ballotbox.Client
	client     ballotbox.Backend
	rpc        string // the node's JSON-RPC over HTTP, for the commands
	commission *bind.TransactOpts
	regAccount *bind.TransactOpts
	relayAcc   *bind.TransactOpts
	trustees   []*ceremony.Trustee
	secrets    []*ceremony.Secret
	manifest   *election.Manifest
	testers    []int // the trustees (from 1) who post the test decryption
}

func transactor(t *testing.T) (*bind.TransactOpts, *ecdsa.PrivateKey) {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return bind.NewKeyedTransactor(key, big.NewInt(chain.DefaultChainID)), key
}

func newWorld(t *testing.T) *world {
	data, err := os.ReadFile(manifestPath(t))
	if err != nil {
		t.Fatal(err)
	}
	return newWorldOf(t, data, 5, 3, []int{2, 4, 5})
}

// newWorldOf is a world of the manifest (JSON), n trustees of whom
// threshold decrypt, the trustees testers (from 1) posting the test
// decryption.
func newWorldOf(t *testing.T, manifest []byte, n, threshold int, testers []int) *world {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	t.Cleanup(cancel)
	w := &world{t: t, ctx: ctx, dir: t.TempDir(), testers: testers}
	w.commission, _ = transactor(t)
	w.regAccount, _ = transactor(t)
	w.relayAcc, _ = transactor(t)
	funded := []common.Address{w.commission.From, w.regAccount.From, w.relayAcc.From}
	var trusteeAddrs []common.Address
	for range n {
		opts, _ := transactor(t)
		w.trustees = append(w.trustees, &ceremony.Trustee{Opts: opts})
		trusteeAddrs = append(trusteeAddrs, opts.From)
	}
	cfg := chain.Config{DataDir: filepath.Join(w.dir, "chain"), Alloc: map[common.Address]*big.Int{}, HTTPPort: testnet.FreePort(t)}
	for _, a := range append(funded, trusteeAddrs...) {
		cfg.Alloc[a] = new(big.Int).Lsh(big.NewInt(1), 100)
	}
	node, err := chain.Start(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	w.client, w.rpc = node.Client(), node.HTTPEndpoint()
	canonical, err := election.Canonical(manifest)
	if err != nil {
		t.Fatal(err)
	}
	w.manifest, _ = election.Parse(canonical)
	box, tx, err := ballotbox.Deploy(w.commission, node.Client(), ballotbox.Params{
		Commission: w.commission.From, Manifest: canonical, Trustees: trusteeAddrs, Threshold: threshold})
	w.box = box
	w.mined(tx, err)
	for _, tr := range w.trustees {
		tr.Box = box
	}
	return w
}

func (w *world) mined(tx *types.Transaction, err error) {
	w.t.Helper()
	if err != nil {
		w.t.Fatal(err)
	}
	if _, err := w.box.WaitMined(w.ctx, tx); err != nil {
		w.t.Fatal(err)
	}
}

// all runs f for the trustees numbered who (from 1) in parallel.
func (w *world) all(who []int, f func(tr *ceremony.Trustee, i int) error) {
	w.t.Helper()
	errs := make([]error, len(who))
	var wg sync.WaitGroup
	for k, j := range who {
		wg.Go(func() { errs[k] = f(w.trustees[j-1], j-1) })
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		w.t.Fatal(err)
	}
}

// ceremony runs the key ceremony and the test decryption by the
// testers, the others absent; the polls open once the registrar has
// posted its roll.
func (w *world) ceremony(regKey *signer.Key) {
	w.mined(w.box.SetRegistrar(w.commission, w.regAccount.From, regKey.Public().Bytes()))
	w.mined(w.box.StartKeyCeremony(w.commission))
	var every []int
	for i := range w.trustees {
		every = append(every, i+1)
	}
	w.secrets = make([]*ceremony.Secret, len(w.trustees))
	w.all(every, func(tr *ceremony.Trustee, i int) (err error) {
		path := filepath.Join(w.dir, fmt.Sprintf("trustee%d.secret", i+1))
		w.secrets[i], err = tr.Join(w.ctx, path, []byte("passphrase"), ceremony.KDF{Time: 1, MemoryKiB: 1024})
		return err
	})
	w.all(every, func(tr *ceremony.Trustee, i int) error { return tr.Deal(w.ctx, w.secrets[i]) })
	w.all(every, func(tr *ceremony.Trustee, i int) error { _, err := tr.Complain(w.ctx, w.secrets[i]); return err })
	if _, err := tally.FinishCeremony(w.ctx, w.box, w.commission, 0); err != nil {
		w.t.Fatal(err)
	}
	w.all(w.testers, func(tr *ceremony.Trustee, i int) error { return tr.TestDecrypt(w.ctx, w.secrets[i]) })
	if _, err := tally.CheckTest(w.ctx, w.box, 0); err != nil {
		w.t.Fatalf("test decryption before the polls open: %v", err)
	}
}
