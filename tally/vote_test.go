package tally_test

import (
	"bytes"
	"crypto/rand"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/crypto/ballot"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/ceremony"
	"github.com/evote-org/evote/tally/internal/synth"
	"github.com/evote-org/evote/tally/verify"
)

// TestElection runs a whole election on a real embedded node: a 3-of-5
// ceremony through the contract, the test decryption with two trustees
// absent, voters (some casting what must not count) while two trustees
// check the casts, the close, the tally with one trustee absent and one posting a bad share, the
// published result, and both verifications; then a tampered record.
func TestElection(t *testing.T) {
	if testing.Short() {
		t.Skip("real node")
	}
	w := newWorld(t, withDeadline(t))
	e := w.ceremony()
	if !slices.Equal(e.Result.Qualified, []int{1, 2, 3, 4, 5}) {
		t.Fatalf("QUAL %v", e.Result.Qualified)
	}
	w.all([]int{1, 3, 5}, func(tr *ceremony.Trustee, i int) error { return tr.TestDecrypt(w.ctx, w.secrets[i]) })
	test, err := tally.CheckTest(w.ctx, w.box, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(test.Header.Test.Used, []int{1, 3, 5}) {
		t.Errorf("test decryption used %v", test.Header.Test.Used)
	}
	w.mined(w.box.OpenPolls(w.commission.opts))

	// Trustees 1 and 2 check the casts while the polls are open (as
	// "evote trustee run" does), trustee 3 only after the close: a sum
	// of theirs that differed from the tally's would make their shares
	// fail, and the decryption would not use 1, 2 and 3.
	follow := func(tr *ceremony.Trustee, i int) error { _, err := tr.Step(w.ctx, w.secrets[i]); return err }
	w.all([]int{1, 2}, follow)
	want, casts := w.voters(test)
	w.all([]int{1, 2}, follow)
	w.postCount(uint64(len(casts))-1, false) // a count that lags
	w.mined(w.box.ClosePolls(w.commission.opts))
	w.refused(casts[0], ballotbox.ErrWrongState) // a ballot after the close

	w.all([]int{1, 2, 3}, func(tr *ceremony.Trustee, i int) error { return tr.Decrypt(w.ctx, w.secrets[i]) })
	w.badShare(4)
	path := filepath.Join(w.dir, "record.jsonl")
	// Published right after the close, the record would carry the
	// lagging count and fail check 6 for good: refused until the
	// registrar's final count is on chain.
	if _, err := tally.Run(w.ctx, w.box, tally.Options{Publish: w.commission.opts, Log: w.logSource}); !errors.Is(err, tally.ErrNoFinalCount) {
		t.Fatalf("tally before the final count: %v, want ErrNoFinalCount", err)
	}
	w.postCount(uint64(len(casts)), true)
	out, err := tally.Run(w.ctx, w.box, tally.Options{Record: fileOf(t, path), Publish: w.commission.opts, Log: w.logSource})
	if err != nil {
		t.Fatal(err)
	}
	d := out.Tally.Decryption
	if !slices.Equal(out.Tally.Counts[0], want) || !slices.Equal(d.Used, []int{1, 2, 3}) ||
		len(d.Rejected) != 1 || d.Rejected[0] != (tally.Blame{Trustee: 4, Reason: "invalid-proof"}) {
		t.Fatalf("counts %v (want %v), used %v, rejected %v", out.Tally.Counts, want, d.Used, d.Rejected)
	}
	w.verify(path, want)
}

// voters casts valid ballots and ballots that must not count, and
// returns the counts and the valid casts.
func (w *world) voters(e *tally.Election) ([]uint64, []ballotbox.Cast) {
	reg, _ := synth.RegistrarKey()
	tctx, err := w.box.Context(w.ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	v := &synth.Voters{Registrar: reg, Election: e.Manifest.Ballot(tctx, e.Key)}
	want := make([]uint64, 5)
	var casts []ballotbox.Cast
	for _, o := range []int{0, 2, 2, 1, -1, 2, 0, 3} {
		c, _, err := v.Cast(synth.Choice(o, 5), rand.Reader)
		if err != nil {
			w.t.Fatal(err)
		}
		casts = append(casts, c)
		if o >= 0 {
			want[o]++
		}
	}
	w.castAll(append(casts, w.invalid(v, casts[0])...))
	w.refused(casts[1], ballotbox.ErrAlreadyVoted) // the same ballot twice
	return want, casts
}

// invalid makes casts the contract takes but the predicate refuses: a
// copied ciphertext under another pseudonym, a token and a ballot of
// another election, and garbage.
func (w *world) invalid(v *synth.Voters, victim ballotbox.Cast) []ballotbox.Cast {
	other := *v.Election
	other.Context.ElectionID[0] ^= 1
	var out []ballotbox.Cast
	for kind := range 4 {
		c, k, err := v.Cast(synth.Choice(0, 5), rand.Reader)
		if err != nil {
			w.t.Fatal(err)
		}
		switch kind {
		case 0:
			c.Ballot = victim.Ballot
		case 1:
			c.Token, err = v.Token(other.Context, k.Address(), rand.Reader)
		case 2:
			var b *ballot.Ballot
			b, _, err = ballot.Encrypt(&other, k.Address(), synth.Choice(0, 5), rand.Reader)
			c.Ballot = b.Bytes()
		case 3:
			c.Ballot = []byte("garbage")
		}
		if err != nil {
			w.t.Fatal(err)
		}
		if err := v.Sign(&c, k); err != nil {
			w.t.Fatal(err)
		}
		out = append(out, c)
	}
	return out
}

// castAll sends casts from the relay with consecutive nonces, as the
// relay does, and waits for all.
func (w *world) castAll(casts []ballotbox.Cast) {
	for _, tx := range w.send(casts) {
		w.mined(tx, nil)
	}
}

func (w *world) send(casts []ballotbox.Cast) []*types.Transaction {
	opts := *w.relay.opts
	opts.GasLimit = 400_000
	opts.GasTipCap, opts.GasFeeCap = big.NewInt(1), big.NewInt(100e9)
	nonce, err := w.client.PendingNonceAt(w.ctx, opts.From)
	if err != nil {
		w.t.Fatal(err)
	}
	var txs []*types.Transaction
	for i, c := range casts {
		opts.Nonce = new(big.Int).SetUint64(nonce + uint64(i))
		tx, err := w.box.Cast(&opts, c)
		if err != nil {
			w.t.Fatal(err)
		}
		txs = append(txs, tx)
	}
	return txs
}

// refused sends c and checks that the contract reverts it with want.
func (w *world) refused(c ballotbox.Cast, want error) {
	w.t.Helper()
	_, err := w.box.WaitMined(w.ctx, w.send([]ballotbox.Cast{c})[0])
	if !errors.Is(err, want) {
		w.t.Errorf("cast %x: %v, want %v", c.Pseudonym, err, want)
	}
}

// badShare has trustee j post trustee 1's share as its own.
func (w *world) badShare(j int) {
	head, err := w.box.Head(w.ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	shares, err := w.box.DecryptionShares(w.ctx, ballotbox.TallyRound, 0, head)
	if err != nil || len(shares) == 0 {
		w.t.Fatal(len(shares), err)
	}
	data := bytes.Clone(shares[0].Data)
	data[2] = byte(j)
	w.mined(w.box.PostDecryptionShare(w.trustees[j-1].Opts, ballotbox.TallyRound, data))
}

// verify checks the election from the chain and from its record, and
// that a tampered record fails.
func (w *world) verify(path string, want []uint64) {
	t := w.t
	rep, err := verify.Chain(w.ctx, w.box, 0, verify.Options{Log: &w.log})
	if err != nil || !rep.OK() || !slices.Equal(rep.Counts[0], want) {
		t.Fatalf("chain verification: %v\n%s", err, rep.String())
	}
	rec, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rep, err = verify.Record(bytes.NewReader(rec), verify.Options{})
	if err != nil || !rep.OK() || !slices.Equal(rep.Counts[0], want) {
		t.Fatalf("record verification: %v\n%s", err, rep.String())
	}
	wantVerdicts := []string{"counted", "counted", "counted", "counted", "counted", "counted", "counted", "counted",
		"bad-proof", "bad-token", "bad-proof", "bad-encoding"}
	lines := bytes.Split(bytes.TrimSpace(rec), []byte("\n"))
	casts := slices.IndexFunc(lines, func(l []byte) bool { return bytes.HasPrefix(l, []byte(`{"type":"cast",`)) })
	for i, v := range wantVerdicts {
		var c tally.CastLine
		if err := tally.Unmarshal(lines[casts+i], &c); err != nil || c.Verdict != v {
			t.Errorf("cast %d: %q (%v), want %q", i, c.Verdict, err, v)
		}
	}
	tampered := bytes.Replace(rec, []byte(`"verdict":"bad-token"`), []byte(`"verdict":"counted"`), 1)
	if rep, err := verify.Record(bytes.NewReader(tampered), verify.Options{}); err == nil && rep.OK() {
		t.Error("tampered record verifies")
	}
	t.Logf("record: %d bytes, %d lines\n%s", len(rec), len(lines), rep.String())
}
