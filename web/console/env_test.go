package console_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/chain"
	"github.com/evote-org/evote/crypto/blind/signer"
	"github.com/evote-org/evote/registrar/store"
	"github.com/evote-org/evote/registrar/store/pebblestore"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/web/console"
)

// world is a real chain node with funded accounts and the console in
// front of it, with the registrar's keys and stores for its elections.
type world struct {
	client                     ballotbox.Backend
	commission, registrar, rel *bind.TransactOpts
	trustees, others           []*bind.TransactOpts // the first election's, the second's
	reg                        *testRegistrar
	rpc                        string // the endpoint its invitations name (the trustees use client)
	dir                        string // the console's
	cred                       string // its access credential
	con                        *console.Console
	url                        string
}

// testRegistrar is the registrar of the console's elections, as evote
// up's: a key of its own for each election (the test keys: two
// elections at most) and a store each, opened when first asked for.
type testRegistrar struct {
	t       *testing.T
	account common.Address
	keys    []*signer.Key // election n's is keys[n-1]
	mu      sync.Mutex
	stores  map[int]*pebblestore.Store
	urls    map[int]string // the registrar's URL of election n, once served
}

func (r *testRegistrar) Account() common.Address { return r.account }

func (r *testRegistrar) Key(_ context.Context, n int) ([]byte, error) {
	if n > len(r.keys) {
		return nil, fmt.Errorf("no test key for election %d", n)
	}
	return r.keys[n-1].Public().Bytes(), nil
}

func (r *testRegistrar) Roll(_ context.Context, n int) (store.Store, error) {
	return r.store(n), nil
}

func (r *testRegistrar) Serve(context.Context, int, common.Address, uint64) error { return nil }

// Log reads election n's registration log from its registrar's URL
// (startVoting serves it).
func (r *testRegistrar) Log(n int) tally.LogSource {
	r.mu.Lock()
	defer r.mu.Unlock()
	return tally.RegistrarLog(r.urls[n], http.DefaultClient)
}

// store is election n's store.
func (r *testRegistrar) store(n int) *pebblestore.Store {
	r.mu.Lock()
	defer r.mu.Unlock()
	if s := r.stores[n]; s != nil {
		return s
	}
	s, err := pebblestore.Open(r.t.TempDir(), pebblestore.Options{})
	must(r.t, err)
	r.t.Cleanup(func() { s.Close() })
	r.stores[n] = s
	return s
}

func account(t *testing.T) (*ecdsa.PrivateKey, *bind.TransactOpts) {
	k, err := crypto.GenerateKey()
	must(t, err)
	return k, bind.NewKeyedTransactor(k, big.NewInt(chain.DefaultChainID))
}

func newWorld(t *testing.T) *world {
	t.Helper()
	w := &world{dir: filepath.Join(t.TempDir(), "console"), rpc: "http://127.0.0.1:8545"}
	_, w.commission = account(t)
	_, w.registrar = account(t)
	_, w.rel = account(t)
	cfg := chain.Config{DataDir: t.TempDir(), Alloc: map[common.Address]*big.Int{}}
	for range 3 {
		_, o := account(t)
		w.trustees = append(w.trustees, o)
		_, o = account(t)
		w.others = append(w.others, o)
	}
	for _, o := range append(append([]*bind.TransactOpts{w.commission, w.registrar, w.rel}, w.trustees...), w.others...) {
		cfg.Alloc[o.From] = new(big.Int).Lsh(big.NewInt(1), 100)
	}
	node, err := chain.Start(cfg)
	must(t, err)
	t.Cleanup(func() { node.Close() })
	w.client = node.Client()
	w.reg = &testRegistrar{t: t, account: w.registrar.From, stores: map[int]*pebblestore.Store{}, urls: map[int]string{}}
	for _, name := range []string{"test-only-key-3072.pem", "test-only-key-3072-b.pem"} {
		k, err := signer.Load("../../crypto/blind/testdata/" + name)
		must(t, err)
		w.reg.keys = append(w.reg.keys, k)
	}
	w.cred, err = console.NewCredential(w.dir)
	must(t, err)
	w.con, err = console.New(console.Config{Backend: w.client, Commission: w.commission, Dir: w.dir, Registrar: w.reg,
		BoothURL: "https://vote.example/", RPC: w.rpc})
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
