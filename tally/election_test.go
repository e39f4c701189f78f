package tally_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
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
	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/registrar/reglog"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/ceremony"
	"github.com/evote-org/evote/tally/internal/synth"
)

// account is a funded chain account.
type account struct {
	key  *ecdsa.PrivateKey
	opts *bind.TransactOpts
}

func newAccount(t testing.TB) *account {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return &account{key: key, opts: bind.NewKeyedTransactor(key, big.NewInt(chain.DefaultChainID))}
}

// world is a real embedded node with a ballot box of a 3-of-5 election.
type world struct {
	t          testing.TB
	ctx        context.Context
	box        *ballotbox.Client
	client     ballotbox.Backend
	commission *account
	registrar  *account
	relay      *account
	trustees   []*ceremony.Trustee
	secrets    []*ceremony.Secret
	dir        string
	roll       [][]byte  // the registrar's roll entries, in the order it issues them
	log        tally.Log // what it posted: the roll and each interval
}

func newWorld(t testing.TB, ctx context.Context) *world {
	w := &world{t: t, ctx: ctx, dir: t.TempDir(),
		commission: newAccount(t), registrar: newAccount(t), relay: newAccount(t)}
	accounts := []*account{w.commission, w.registrar, w.relay}
	var addrs []common.Address
	for range 5 {
		a := newAccount(t)
		accounts, addrs = append(accounts, a), append(addrs, a.opts.From)
		w.trustees = append(w.trustees, &ceremony.Trustee{Opts: a.opts})
	}
	cfg := chain.Config{DataDir: filepath.Join(w.dir, "chain"), Alloc: map[common.Address]*big.Int{}}
	for _, a := range accounts {
		cfg.Alloc[a.opts.From] = new(big.Int).Lsh(big.NewInt(1), 100)
	}
	n, err := chain.Start(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	w.client = n.Client()
	box, tx, err := ballotbox.Deploy(w.commission.opts, w.client, ballotbox.Params{
		Commission: w.commission.opts.From, Manifest: manifest().Bytes(), Trustees: addrs, Threshold: 3})
	w.box = box
	w.mined(tx, err)
	for _, tr := range w.trustees {
		tr.Box = box
	}
	return w
}

func manifest() *election.Manifest {
	q := election.Question{Title: election.Text{RU: "Кто?", EN: "Who?"}, Min: 0, Max: 1}
	for _, name := range []string{"Anna", "Boris", "Vera", "Gleb", "Dina"} {
		q.Options = append(q.Options, election.Option{Title: election.Text{RU: name, EN: name}})
	}
	return &election.Manifest{Version: 1, Title: election.Text{RU: "Выборы", EN: "Election"}, Questions: []election.Question{q}}
}

// mined waits for tx and fails the test unless it succeeded.
func (w *world) mined(tx *types.Transaction, err error) {
	w.t.Helper()
	if err != nil {
		w.t.Fatal(err)
	}
	if _, err := w.box.WaitMined(w.ctx, tx); err != nil {
		w.t.Fatal(err)
	}
}

// all runs f for the trustees (from 1) in parallel.
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

// postRoll makes a roll of n synthetic voters and posts its root, as the
// registrar does before the polls open.
func (w *world) postRoll(n int) {
	var err error
	if w.roll, err = synth.Entries(n, 0); err != nil {
		w.t.Fatal(err)
	}
	w.log = tally.Log{Roll: synth.Sorted(w.roll)}
	w.mined(w.box.PostRoll(w.registrar.opts, w.root(w.roll), uint64(n)))
}

// postCount posts the registrar's count of n tokens (the final one if
// final): the next roll entries are the interval's.
func (w *world) postCount(n uint64, final bool) {
	from := w.issued()
	list := synth.Sorted(w.roll[from:n])
	post := w.box.PostTokenCount
	if final {
		post = w.box.PostFinalTokenCount
	}
	w.mined(post(w.registrar.opts, from, n, w.root(list)))
	w.log.Intervals = append(w.log.Intervals, list)
}

// issued is the count of tokens posted so far.
func (w *world) issued() uint64 {
	n := 0
	for _, l := range w.log.Intervals {
		n += len(l)
	}
	return uint64(n)
}

func (w *world) root(entries [][]byte) [32]byte {
	r, err := reglog.Root(entries)
	if err != nil {
		w.t.Fatal(err)
	}
	return r
}

// logSource is the registrar's log as it serves it.
func (w *world) logSource(context.Context, common.Hash) (*tally.Log, error) { return &w.log, nil }

// ceremony runs the key ceremony through the contract.
func (w *world) ceremony() *tally.Election {
	c := w.commission.opts
	reg, err := synth.RegistrarKey()
	if err != nil {
		w.t.Fatal(err)
	}
	w.mined(w.box.SetRegistrar(c, w.registrar.opts.From, reg.Public().Bytes()))
	w.postRoll(1000)
	w.mined(w.box.StartKeyCeremony(c))
	every := []int{1, 2, 3, 4, 5}
	w.secrets = make([]*ceremony.Secret, 5)
	w.all(every, func(tr *ceremony.Trustee, i int) (err error) {
		path := filepath.Join(w.dir, "trustee.secret"+string(rune('1'+i)))
		w.secrets[i], err = tr.Join(w.ctx, path, []byte("passphrase"), ceremony.KDF{Time: 1, MemoryKiB: 1024})
		return err
	})
	w.all(every, func(tr *ceremony.Trustee, i int) error { return tr.Deal(w.ctx, w.secrets[i]) })
	w.all(every, func(tr *ceremony.Trustee, i int) error {
		n, err := tr.Complain(w.ctx, w.secrets[i])
		if n != 0 {
			return errors.New("complaint in an honest ceremony")
		}
		return err
	})
	e, err := tally.FinishCeremony(w.ctx, w.box, c, 0)
	if err != nil {
		w.t.Fatal(err)
	}
	return e
}

// withDeadline is the test's context.
func withDeadline(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

func fileOf(t testing.TB, path string) *os.File {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}
