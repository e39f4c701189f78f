package trustee

import (
	"crypto/rand"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/crypto/proof"
	"github.com/gtank/ristretto255"
)

// TestCeremony3of5 is the whole life of a 3-of-5 election key with a
// cheating dealer, a false complaint, absent trustees and a cheating
// decryptor.
func TestCeremony3of5(t *testing.T) {
	c, trustees, keys := setup(t, 5, 3, rand.Reader)
	ds := dealAll(t, trustees, keys, rand.Reader)
	ds[1] = badDealing(t, trustees[1], keys, 4) // dealer 2 cheats trustee 4

	cps := receiveAll(t, trustees, ds, rand.Reader)
	if len(cps) != 1 || cps[0].Dealer != 2 || cps[0].Recipient != 4 {
		t.Fatalf("complaints %v, want one by trustee 4 against dealer 2", cps)
	}
	falseCp := falseComplaint(t, trustees[4], ds[2]) // trustee 5 lies about dealer 3
	if v, err := c.Adjudicate(keys, ds[1], cps[0]); v != dkg.DealerGuilty || err != nil {
		t.Fatalf("true complaint: %v, %v", v, err)
	}
	if v, err := c.Adjudicate(keys, ds[2], falseCp); v != dkg.ComplaintFalse || !errors.Is(err, dkg.ErrShareCorrect) {
		t.Fatalf("false complaint: %v, %v", v, err)
	}

	r, err := c.Qualify(keys, ds, append(cps, falseCp))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(r.Qualified, []int{1, 3, 4, 5}) {
		t.Fatalf("QUAL = %v, want [1 3 4 5]", r.Qualified)
	}
	if len(r.Excluded) != 1 || r.Excluded[0].Trustee != 2 || !errors.Is(r.Excluded[0], dkg.ErrBadShare) {
		t.Fatalf("excluded %v, want dealer 2 for a bad share", r.Excluded)
	}
	if len(r.FalseComplaints) != 1 || r.FalseComplaints[0].Trustee != 5 {
		t.Fatalf("false complaints %v, want trustee 5", r.FalseComplaints)
	}
	shares := finishAll(t, trustees, r)

	choices := []int{0, 2, 2, 4, 1, 2, 0, 2, 3}
	aggs, want := tally(t, r.Key, 5, choices, rand.Reader)
	max := uint64(len(choices))

	t.Run("two-absent", func(t *testing.T) {
		dec, err := r.Combine(aggs, partials(t, shares, aggs, rand.Reader, 1, 3, 5))
		if err != nil {
			t.Fatal(err)
		}
		if got := counts(t, dec.Messages, max); !slices.Equal(got, want) || len(dec.Rejected) != 0 {
			t.Fatalf("counts %v (rejected %v), want %v", got, dec.Rejected, want)
		}
	})
	t.Run("one-of-four-cheats", func(t *testing.T) {
		ps := partials(t, shares, aggs, rand.Reader, 4, 2, 1, 3)
		ps[1] = cheat(t, r, shares[1], aggs)
		dec, err := r.Combine(aggs, ps)
		if err != nil {
			t.Fatal(err)
		}
		if len(dec.Rejected) != 1 || dec.Rejected[0].Trustee != 2 || !errors.Is(dec.Rejected[0], dkg.ErrInvalid) {
			t.Fatalf("rejected %v, want trustee 2", dec.Rejected)
		}
		if !slices.Equal(dec.Used, []int{1, 3, 4}) {
			t.Fatalf("used %v, want [1 3 4]", dec.Used)
		}
		if got := counts(t, dec.Messages, max); !slices.Equal(got, want) {
			t.Fatalf("counts %v, want %v", got, want)
		}
	})
	t.Run("two-absent-one-cheats", func(t *testing.T) {
		ps := partials(t, shares, aggs, rand.Reader, 1, 3, 5)
		ps[2].Shares[3] = ps[0].Shares[3] // trustee 5 posts trustee 1's D for option 3
		_, err := r.Combine(aggs, ps)
		var ce *dkg.CombineError
		if !errors.As(err, &ce) || !errors.Is(err, dkg.ErrTooFewShares) {
			t.Fatalf("got %v, want a CombineError", err)
		}
		if ce.Valid != 2 || len(ce.Rejected) != 1 || ce.Rejected[0].Trustee != 5 || !strings.Contains(err.Error(), "trustee 5") {
			t.Fatalf("got %v, want 2 valid and trustee 5 named", err)
		}
	})
}

// badDealing is tr's dealing with a wrong share for victim, signed as
// usual: the dealing itself verifies, only the victim can tell.
func badDealing(t *testing.T, tr *Trustee, keys []*dkg.TrusteeKey, victim int) *dkg.Dealing {
	p, err := randomPolynomial(tr.c.Params.T, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	shares := make([]*ristretto255.Scalar, len(keys))
	for j := range shares {
		shares[j] = p.eval(j + 1)
	}
	shares[victim-1].Add(shares[victim-1], group.Uint64(1))
	d, err := tr.deal(keys, p, shares, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	if err := tr.c.VerifyDealing(d); err != nil {
		t.Fatalf("bad dealing does not verify publicly: %v", err)
	}
	return d
}

// falseComplaint is tr's complaint against a dealing whose share is fine.
func falseComplaint(t *testing.T, tr *Trustee, d *dkg.Dealing) *dkg.Complaint {
	s, _ := tr.open(d)
	cp, err := tr.complain(d, s, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return cp
}

// cheat is a partial decryption by s's trustee with a wrong D for every
// ciphertext and DLEQ proofs made with the wrong secret.
func cheat(t *testing.T, r *dkg.Result, s *Share, aggs []*elgamal.Ciphertext) *dkg.PartialDecryption {
	wrong := ristretto255.NewScalar().Add(s.s, group.Uint64(1))
	p := &dkg.PartialDecryption{Trustee: s.index}
	for c, ct := range aggs {
		d := ristretto255.NewElement().ScalarMult(wrong, ct.A())
		pr, err := proof.ProveDLEQ(r.DecryptionTranscript(s.index, c, ct), wrong, r.Verification[s.index-1], ct.A(), d, rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		p.Shares, p.Proofs = append(p.Shares, d), append(p.Proofs, pr)
	}
	return p
}
