package ceremony_test

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/ceremony"
	"github.com/evote-org/evote/tally/internal/synth"
	"github.com/gtank/ristretto255"
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
	m := &election.Manifest{Version: 1, Title: election.Text{RU: "т", EN: "t"}, Questions: []election.Question{{
		Title: election.Text{RU: "в", EN: "q"}, Max: 1,
		Options: []election.Option{{Title: election.Text{RU: "а", EN: "a"}}, {Title: election.Text{RU: "б", EN: "b"}}}}}}
	return simulatedBoxOf(t, m, n, th)
}

// simulatedBoxOf is simulatedBox of the election m.
func simulatedBoxOf(t *testing.T, m *election.Manifest, n, th int) (*ballotbox.Client, *bind.TransactOpts, []*bind.TransactOpts) {
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
	trustees, secrets := join(t, box, accounts)
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

// join has a trustee of box join with each account.
func join(t *testing.T, box *ballotbox.Client, accounts []*bind.TransactOpts) ([]*ceremony.Trustee, []*ceremony.Secret) {
	dir := t.TempDir()
	trustees := make([]*ceremony.Trustee, len(accounts))
	secrets := make([]*ceremony.Secret, len(accounts))
	for i, o := range accounts {
		trustees[i] = &ceremony.Trustee{Box: box, Opts: o}
		s, err := trustees[i].Join(context.Background(), filepath.Join(dir, o.From.Hex()), []byte("pass"), fastKDF)
		if err != nil {
			t.Fatal(err)
		}
		secrets[i] = s
	}
	return trustees, secrets
}

// dealt runs the key ceremony of n trustees (t = 2) up to the
// commission's finish: every trustee joins, deals and complains.
func dealt(t *testing.T, n int) (*ballotbox.Client, *bind.TransactOpts, []*ceremony.Trustee, []*ceremony.Secret) {
	box, commission, accounts := simulatedBox(t, n, 2)
	trustees, secrets := dealtWith(t, box, accounts)
	return box, commission, trustees, secrets
}

// dealtWith has every trustee of box join, deal and complain.
func dealtWith(t *testing.T, box *ballotbox.Client, accounts []*bind.TransactOpts) ([]*ceremony.Trustee, []*ceremony.Secret) {
	ctx := context.Background()
	n := len(accounts)
	trustees, secrets := join(t, box, accounts)
	for i := range n {
		if err := trustees[i].Deal(ctx, secrets[i]); err != nil {
			t.Fatal(err)
		}
	}
	for i := range n {
		if _, err := trustees[i].Complain(ctx, secrets[i]); err != nil {
			t.Fatal(err)
		}
	}
	return trustees, secrets
}

// subsetKey is Σ C_{i,0} over the dealers in who (dkg indices).
func subsetKey(t *testing.T, box *ballotbox.Client, who ...int) []byte {
	head, _ := box.Head(context.Background())
	ds, err := box.Dealings(context.Background(), 0, head)
	if err != nil {
		t.Fatal(err)
	}
	k := ristretto255.NewElement()
	for _, p := range ds {
		d, err := dkg.ParseDealing(p.Data)
		if err != nil {
			t.Fatal(err)
		}
		if slices.Contains(who, d.Dealer) {
			k.Add(k, d.Commitments[0])
		}
	}
	return k.Bytes()
}

// TestWrongKeyRefused: a commission that posts another outcome than the
// ceremony's posts give cannot open the polls: every honest trustee
// refuses its test decryption, naming the mismatch, so no round-0 share
// is posted, the check fails and openPolls reverts.
func TestWrongKeyRefused(t *testing.T) {
	random := ristretto255.NewElement().ScalarBaseMult(group.Uint64(7)).Bytes()
	for _, c := range []struct {
		name string
		key  func(t *testing.T, box *ballotbox.Client) []byte
		mask uint64
		want string // in every trustee's refusal
	}{
		{"random key", func(*testing.T, *ballotbox.Client) []byte { return random }, 0b111, "the election key is"},
		{"right key, wrong mask", func(t *testing.T, box *ballotbox.Client) []byte { return subsetKey(t, box, 1, 2, 3) }, 0b011, "QUAL is mask 0x7, the commission posted 0x3"},
		{"key of a subset", func(t *testing.T, box *ballotbox.Client) []byte { return subsetKey(t, box, 1, 2) }, 0b111, "the election key is"},
		{"key and mask of a subset", func(t *testing.T, box *ballotbox.Client) []byte { return subsetKey(t, box, 1, 2) }, 0b011, "QUAL is mask 0x7"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			box, commission, trustees, secrets := dealt(t, 3)
			tx, err := box.FinishKeyCeremony(commission, c.key(t, box), c.mask)
			mined(t, box, tx, err)
			for i, tr := range trustees {
				did, err := tr.Step(ctx, secrets[i])
				if !errors.Is(err, ceremony.ErrMismatch) || !strings.Contains(err.Error(), c.want) ||
					did != "refused the test decryption" {
					t.Errorf("trustee %d: %q, %v; want a refusal naming %q", i+1, did, err, c.want)
				}
				if i == 0 {
					t.Logf("trustee 1: %s: %v", did, err)
				}
			}
			if _, err := tally.CheckTest(ctx, box, 0); !errors.Is(err, tally.ErrCeremony) {
				t.Errorf("check of the test decryption: %v, want %v", err, tally.ErrCeremony)
			}
			if _, err := box.OpenPolls(commission); !errors.Is(err, ballotbox.ErrNotEnoughShares) {
				t.Errorf("open: %v, want %v", err, ballotbox.ErrNotEnoughShares)
			}
		})
	}
}

// TestHonestOpen: with the outcome as the posts give it, the test
// decryption waits for t shares (naming who is missing), then the polls
// open.
func TestHonestOpen(t *testing.T) {
	ctx := context.Background()
	box, commission, trustees, secrets := dealt(t, 3)
	if _, err := tally.FinishCeremony(ctx, box, commission, 0); err != nil {
		t.Fatal(err)
	}
	if did, err := trustees[1].Step(ctx, secrets[1]); err != nil || did != "posted the test decryption" {
		t.Fatalf("trustee 2: %q, %v", did, err)
	}
	_, err := tally.CheckTest(ctx, box, 0)
	var pending *tally.TestPendingError
	if !errors.As(err, &pending) || !errors.Is(err, tally.ErrTestDecryption) ||
		pending.Posted != 1 || pending.Threshold != 2 || !slices.Equal(pending.Waiting, []int{1, 3}) ||
		!strings.Contains(err.Error(), "1 of 2 test shares posted; waiting for trustees 1, 3") {
		t.Fatalf("check with one share: %v", err)
	}
	if _, err := box.OpenPolls(commission); !errors.Is(err, ballotbox.ErrNotEnoughShares) {
		t.Errorf("open with one share: %v", err)
	}
	if did, err := trustees[2].Step(ctx, secrets[2]); err != nil || did != "posted the test decryption" {
		t.Fatalf("trustee 3: %q, %v", did, err)
	}
	if _, err := tally.CheckTest(ctx, box, 0); err != nil {
		t.Fatal(err)
	}
	tx, err := box.PostRoll(commission, [32]byte{'r', 'o', 'l', 'l'}, 1000) // the commission is the registrar here
	mined(t, box, tx, err)
	tx, err = box.OpenPolls(commission)
	mined(t, box, tx, err)
}
