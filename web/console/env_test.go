package console_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/ballotbox/chain"
	"github.com/evote-org/evote/crypto/blind/signer"
	"github.com/evote-org/evote/registrar/store/pebblestore"
	"github.com/evote-org/evote/web/console"
)

// world is a real chain node with funded accounts and the console in
// front of it, with the registrar's store for roll import.
type world struct {
	client                     ballotbox.Backend
	commission, registrar, rel *bind.TransactOpts
	trustees                   []*bind.TransactOpts
	regKey                     *signer.Key
	dir                        string // the console's
	cred                       string // its access credential
	con                        *console.Console
	url                        string
	store                      *pebblestore.Store
}

func account(t *testing.T) (*ecdsa.PrivateKey, *bind.TransactOpts) {
	k, err := crypto.GenerateKey()
	must(t, err)
	return k, bind.NewKeyedTransactor(k, big.NewInt(chain.DefaultChainID))
}

func newWorld(t *testing.T) *world {
	t.Helper()
	w := &world{dir: filepath.Join(t.TempDir(), "console")}
	_, w.commission = account(t)
	_, w.registrar = account(t)
	_, w.rel = account(t)
	cfg := chain.Config{DataDir: t.TempDir(), Alloc: map[common.Address]*big.Int{}}
	for range 3 {
		_, o := account(t)
		w.trustees = append(w.trustees, o)
	}
	for _, o := range append([]*bind.TransactOpts{w.commission, w.registrar, w.rel}, w.trustees...) {
		cfg.Alloc[o.From] = new(big.Int).Lsh(big.NewInt(1), 100)
	}
	node, err := chain.Start(cfg)
	must(t, err)
	t.Cleanup(func() { node.Close() })
	w.client = node.Client()
	w.regKey, err = signer.Load("../../crypto/blind/testdata/test-only-key-3072.pem")
	must(t, err)
	w.store, err = pebblestore.Open(t.TempDir(), pebblestore.Options{})
	must(t, err)
	t.Cleanup(func() { w.store.Close() })
	w.cred, err = console.NewCredential(w.dir)
	must(t, err)
	w.con, err = console.New(console.Config{Backend: w.client, Commission: w.commission, Dir: w.dir,
		Registrar: w.registrar.From, RegistrarKey: w.regKey.Public().Bytes(), Roll: w.store, BoothURL: "https://vote.example/"})
	must(t, err)
	t.Cleanup(func() { w.con.Close() })
	srv := httptest.NewServer(w.con.Handler())
	t.Cleanup(srv.Close)
	w.url = srv.URL
	return w
}

// box is the election the console made.
func (w *world) box(t *testing.T, contract string) *ballotbox.Client {
	t.Helper()
	if !common.IsHexAddress(contract) {
		t.Fatalf("the console shows contract %q", contract)
	}
	return ballotbox.New(w.client, common.HexToAddress(contract))
}

var ctx = context.Background()

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
