package trustee

import (
	"io"
	"testing"

	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/crypto/dlog"
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/internal/testrand"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/gtank/ristretto255"
)

var testCtx = transcript.Context{ChainID: 31337, Contract: [20]byte{0xd1, 0x06}, ElectionID: [32]byte{0xe1, 0xec}}

// setup makes n trustees of a t-of-n ceremony and returns them with
// their keys.
func setup(tb testing.TB, n, t int, rand io.Reader) (dkg.Ceremony, []*Trustee, []*dkg.TrusteeKey) {
	tb.Helper()
	c := dkg.Ceremony{Context: testCtx, Params: dkg.Params{N: n, T: t}}
	trustees := make([]*Trustee, n)
	keys := make([]*dkg.TrusteeKey, n)
	for i := range trustees {
		tr, err := New(c, i+1, rand)
		if err != nil {
			tb.Fatal(err)
		}
		trustees[i], keys[i] = tr, tr.Key()
	}
	return c, trustees, keys
}

// dealAll has every trustee deal.
func dealAll(tb testing.TB, trustees []*Trustee, keys []*dkg.TrusteeKey, rand io.Reader) []*dkg.Dealing {
	tb.Helper()
	ds := make([]*dkg.Dealing, len(trustees))
	for i, tr := range trustees {
		d, err := tr.Deal(keys, rand)
		if err != nil {
			tb.Fatal(err)
		}
		ds[i] = d
	}
	return ds
}

// receiveAll has every trustee receive every dealing and returns the
// complaints.
func receiveAll(tb testing.TB, trustees []*Trustee, ds []*dkg.Dealing, rand io.Reader) []*dkg.Complaint {
	tb.Helper()
	var cps []*dkg.Complaint
	for _, tr := range trustees {
		for _, d := range ds {
			cp, err := tr.Receive(d, rand)
			if err != nil {
				tb.Fatal(err)
			}
			if cp != nil {
				cps = append(cps, cp)
			}
		}
	}
	return cps
}

// honest runs an honest t-of-n ceremony and returns the result and every
// trustee's share.
func honest(tb testing.TB, n, t int, seed string) (*dkg.Result, []*Share) {
	tb.Helper()
	rand := testrand.New(seed)
	c, trustees, keys := setup(tb, n, t, rand)
	ds := dealAll(tb, trustees, keys, rand)
	if cps := receiveAll(tb, trustees, ds, rand); len(cps) != 0 {
		tb.Fatalf("%d complaints in an honest ceremony", len(cps))
	}
	r, err := c.Qualify(keys, ds, nil)
	if err != nil {
		tb.Fatal(err)
	}
	return r, finishAll(tb, trustees, r)
}

func finishAll(tb testing.TB, trustees []*Trustee, r *dkg.Result) []*Share {
	tb.Helper()
	shares := make([]*Share, len(trustees))
	for i, tr := range trustees {
		s, err := tr.Finish(r)
		if err != nil {
			tb.Fatalf("trustee %d: %v", i+1, err)
		}
		shares[i] = s
	}
	return shares
}

// tally encrypts one ballot per entry of choices (the index of the chosen
// option among options) and returns the per-option sums and the counts.
func tally(tb testing.TB, pk *elgamal.PublicKey, options int, choices []int, rand io.Reader) ([]*elgamal.Ciphertext, []uint64) {
	tb.Helper()
	aggs := make([]*elgamal.Ciphertext, options)
	counts := make([]uint64, options)
	for o := range aggs {
		aggs[o] = elgamal.Zero()
	}
	for _, choice := range choices {
		for o := range aggs {
			var m uint64
			if o == choice {
				m = 1
			}
			ct, _, err := elgamal.Encrypt(pk, m, rand)
			if err != nil {
				tb.Fatal(err)
			}
			aggs[o] = elgamal.Add(aggs[o], ct)
			counts[o] += m
		}
	}
	return aggs, counts
}

// counts finds each m from m·G with a baby-step giant-step table.
func counts(tb testing.TB, msgs []*ristretto255.Element, max uint64) []uint64 {
	tb.Helper()
	table := dlog.NewTable(max)
	out := make([]uint64, len(msgs))
	for i, mg := range msgs {
		m, err := table.Log(mg)
		if err != nil {
			tb.Fatalf("message %d: %v", i, err)
		}
		out[i] = m
	}
	return out
}

func partials(tb testing.TB, shares []*Share, aggs []*elgamal.Ciphertext, rand io.Reader, who ...int) []*dkg.PartialDecryption {
	tb.Helper()
	out := make([]*dkg.PartialDecryption, len(who))
	for k, j := range who {
		p, err := shares[j-1].PartialDecrypt(aggs, rand)
		if err != nil {
			tb.Fatal(err)
		}
		out[k] = p
	}
	return out
}
