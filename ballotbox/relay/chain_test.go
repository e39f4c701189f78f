package relay_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/chain"
)

// chainEnv is a real embedded chain node with funded accounts.
type chainEnv struct {
	cfg    chain.Config
	node   *chain.Node
	client *ethclient.Client
	mu     sync.Mutex
	keys   []*ecdsa.PrivateKey // funded, not handed out yet
}

// account is a funded account that sends with nonces it counts itself.
type account struct {
	opts *bind.TransactOpts
	next uint64
}

// startChain starts a node in dir funding n fresh accounts; port 0 means
// no HTTP listener (the in-process client is used).
func startChain(dir string, port, n int) (*chainEnv, error) {
	e := &chainEnv{cfg: chain.Config{DataDir: dir, HTTPPort: port, Alloc: map[common.Address]*big.Int{}}}
	for range n {
		k, err := crypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		e.keys = append(e.keys, k)
		e.cfg.Alloc[crypto.PubkeyToAddress(k.PublicKey)] = new(big.Int).Lsh(big.NewInt(1), 100)
	}
	return e, e.start()
}

func (e *chainEnv) start() error {
	n, err := chain.Start(e.cfg)
	if err != nil {
		return err
	}
	e.node = n
	if e.cfg.HTTPPort == 0 {
		e.client = n.Client()
		return nil
	}
	e.client, err = ethclient.Dial(n.HTTPEndpoint())
	return err
}

// stop closes the node (and the HTTP client, if any).
func (e *chainEnv) stop() error {
	if e.cfg.HTTPPort != 0 {
		e.client.Close()
	}
	return e.node.Close()
}

// account hands out a funded account.
func (e *chainEnv) account(t testing.TB) *account {
	e.mu.Lock()
	defer e.mu.Unlock()
	if len(e.keys) == 0 {
		t.Fatal("no funded account left")
	}
	k := e.keys[0]
	e.keys = e.keys[1:]
	opts := bind.NewKeyedTransactor(k, new(big.Int).SetUint64(chain.DefaultChainID))
	return &account{opts: opts}
}

// send sends a transaction made by f with the account's next nonce, a
// fixed gas limit and fee caps (no estimate: the contract may not exist
// yet).
func (a *account) send(t testing.TB, gas uint64, tip int64, f func(*bind.TransactOpts) (*types.Transaction, error)) *types.Transaction {
	t.Helper()
	opts := *a.opts
	opts.Context = context.Background()
	opts.Nonce = new(big.Int).SetUint64(a.next)
	opts.GasLimit, opts.GasTipCap, opts.GasFeeCap = gas, big.NewInt(tip), big.NewInt(100e9)
	tx, err := f(&opts)
	if err != nil {
		t.Fatalf("send: %v", err)
	}
	a.next++
	return tx
}

// The shared chain of the package's tests, started on first use.
var shared struct {
	once sync.Once
	env  *chainEnv
	dir  string
	err  error
}

func sharedChain(t testing.TB) *chainEnv {
	t.Helper()
	shared.once.Do(func() {
		if shared.dir, shared.err = os.MkdirTemp("", "relay-chain"); shared.err == nil {
			shared.env, shared.err = startChain(shared.dir, 0, 64)
		}
	})
	if shared.err != nil {
		t.Fatalf("starting the chain: %v", shared.err)
	}
	return shared.env
}

func TestMain(m *testing.M) {
	code := m.Run()
	if shared.env != nil {
		if err := shared.env.stop(); err != nil {
			fmt.Fprintln(os.Stderr, err)
		}
	}
	if shared.dir != "" {
		os.RemoveAll(shared.dir)
	}
	os.Exit(code)
}

// mined waits for tx and fails unless it succeeded.
func mined(t testing.TB, box *ballotbox.Client, tx *types.Transaction) *types.Receipt {
	t.Helper()
	r, err := box.WaitMined(context.Background(), tx)
	if err != nil {
		t.Fatalf("mined: %v", err)
	}
	return r
}
