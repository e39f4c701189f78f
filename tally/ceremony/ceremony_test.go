package ceremony_test

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/ceremony"
	"github.com/evote-org/evote/tally/internal/synth"
)

var fastKDF = ceremony.KDF{Time: 1, MemoryKiB: 1024}

func opts(t *testing.T) *bind.TransactOpts {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return bind.NewKeyedTransactor(key, params.AllDevChainProtocolChanges.ChainID)
}

// simulatedBox deploys a ballot box of n trustees, threshold t, on a
// simulated chain that makes a block every 10 ms, and starts its key
// ceremony.
func simulatedBox(t *testing.T, n, th int) (*ballotbox.Client, *bind.TransactOpts, []*bind.TransactOpts) {
	commission := opts(t)
	alloc := types.GenesisAlloc{commission.From: {Balance: new(big.Int).Lsh(big.NewInt(1), 100)}}
	var trustees []*bind.TransactOpts
	var addrs []common.Address
	for range n {
		o := opts(t)
		trustees, addrs = append(trustees, o), append(addrs, o.From)
		alloc[o.From] = types.Account{Balance: new(big.Int).Lsh(big.NewInt(1), 100)}
	}
	sim := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000))
	stop := make(chan struct{})
	go func() {
		for {
			select {
			case <-stop:
				return
			case <-time.After(10 * time.Millisecond):
				sim.Commit()
			}
		}
	}()
	t.Cleanup(func() { close(stop); sim.Close() })
	m := &election.Manifest{Version: 1, Title: election.Text{RU: "т", EN: "t"}, Questions: []election.Question{{
		Title: election.Text{RU: "в", EN: "q"}, Max: 1,
		Options: []election.Option{{Title: election.Text{RU: "а", EN: "a"}}, {Title: election.Text{RU: "б", EN: "b"}}}}}}
	box, tx, err := ballotbox.Deploy(commission, sim.Client(), ballotbox.Params{
		Commission: commission.From, Manifest: m.Bytes(), Trustees: addrs, Threshold: th})
	mined(t, box, tx, err)
	reg, _ := synth.RegistrarKey()
	tx, err = box.SetRegistrar(commission, commission.From, reg.Public().Bytes())
	mined(t, box, tx, err)
	tx, err = box.StartKeyCeremony(commission)
	mined(t, box, tx, err)
	return box, commission, trustees
}

func mined(t *testing.T, box *ballotbox.Client, tx *types.Transaction, err error) {
	t.Helper()
	if err == nil {
		_, err = box.WaitMined(context.Background(), tx)
	}
	if err != nil {
		t.Fatal(err)
	}
}

// TestExcludedDealer: a trustee posts another's dealing as its own; the
// others do not complain (an invalid dealing needs no complaint), the
// commission leaves it out of QUAL, and the rest decrypt the test.
func TestExcludedDealer(t *testing.T) {
	ctx := context.Background()
	box, commission, accounts := simulatedBox(t, 4, 2)
	dir := t.TempDir()
	trustees := make([]*ceremony.Trustee, 4)
	secrets := make([]*ceremony.Secret, 4)
	for i, o := range accounts {
		trustees[i] = &ceremony.Trustee{Box: box, Opts: o}
		s, err := trustees[i].Join(ctx, filepath.Join(dir, o.From.Hex()), []byte("pass"), fastKDF)
		if err != nil {
			t.Fatal(err)
		}
		secrets[i] = s
	}
	for i := range 3 {
		if err := trustees[i].Deal(ctx, secrets[i]); err != nil {
			t.Fatal(err)
		}
	}
	head, _ := box.Head(ctx)
	ds, err := box.Dealings(ctx, 0, head)
	if err != nil {
		t.Fatal(err)
	}
	copied := slices.Clone(ds[0].Data)
	copied[2] = 4 // dealer 4
	tx, err := box.PostDealing(accounts[3], copied)
	mined(t, box, tx, err)
	for i := range 4 {
		if n, err := trustees[i].Complain(ctx, secrets[i]); n != 0 || err != nil {
			t.Fatalf("trustee %d: %d complaints, %v", i+1, n, err)
		}
	}
	e, err := tally.FinishCeremony(ctx, box, commission, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(e.Result.Qualified, []int{1, 2, 3}) || len(e.Header.Ceremony.Excluded) != 1 ||
		e.Header.Ceremony.Excluded[0] != (tally.Blame{Trustee: 4, Reason: "invalid-proof"}) {
		t.Fatalf("QUAL %v, excluded %v", e.Result.Qualified, e.Header.Ceremony.Excluded)
	}
	for _, i := range []int{1, 2} {
		if did, err := trustees[i].Step(ctx, secrets[i]); err != nil {
			t.Fatalf("trustee %d: %s: %v", i+1, did, err)
		}
	}
	if did, err := trustees[3].Step(ctx, secrets[3]); err != nil || did != "not in QUAL: nothing to decrypt" {
		t.Errorf("excluded trustee: %q, %v", did, err)
	}
	test, err := tally.CheckTest(ctx, box, 0)
	if err != nil || !slices.Equal(test.Header.Test.Used, []int{2, 3}) {
		t.Fatalf("test decryption: %v", err)
	}
	if err := trustees[0].Deal(ctx, secrets[0]); !errors.Is(err, tally.ErrState) {
		t.Errorf("dealing when Ready: %v", err)
	}
}
