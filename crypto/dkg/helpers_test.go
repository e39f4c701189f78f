package dkg_test

import (
	"bytes"
	"encoding/hex"
	"io"
	"testing"

	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/crypto/internal/testrand"
	"github.com/evote-org/evote/crypto/proof"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/evote-org/evote/crypto/trustee"
	"github.com/gtank/ristretto255"
)

var testCtx = transcript.Context{ChainID: 31337, Contract: [20]byte{0xd1, 0x06}, ElectionID: [32]byte{0xe1, 0xec}}

var (
	identity     = make([]byte, 32)
	nonCanonical = bytes.Repeat([]byte{0xff}, 32)
	// order is ℓ, the group order, little-endian: a scalar out of range.
	order, _ = hex.DecodeString("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010")
)

// fixture is a deterministic 3-of-5 ceremony: honest dealings, plus an
// extra dealing by dealer 2 with a wrong share for trustee 4 and trustee
// 4's complaint about it, and the partial decryptions of a 5-option tally
// by every trustee.
type fixture struct {
	c         dkg.Ceremony
	keys      []*dkg.TrusteeKey
	dealings  []*dkg.Dealing
	evil      *dkg.Dealing
	complaint *dkg.Complaint
	result    *dkg.Result
	aggs      []*elgamal.Ciphertext
	counts    []uint64
	parts     []*dkg.PartialDecryption
	shares    []*trustee.Share
}

func newFixture(tb testing.TB, seed string) *fixture {
	tb.Helper()
	rand := testrand.New(seed)
	f := &fixture{c: dkg.Ceremony{Context: testCtx, Params: dkg.Params{N: 5, T: 3}}}
	var trustees []*trustee.Trustee
	for i := 1; i <= 5; i++ {
		tr := must(trustee.New(f.c, i, rand))
		trustees, f.keys = append(trustees, tr), append(f.keys, tr.Key())
	}
	for _, tr := range trustees {
		f.dealings = append(f.dealings, must(tr.Deal(f.keys, rand)))
	}
	for _, tr := range trustees {
		for _, d := range f.dealings {
			if cp := must(tr.Receive(d, rand)); cp != nil {
				tb.Fatalf("complaint in an honest ceremony")
			}
		}
	}
	f.result = must(f.c.Qualify(f.keys, f.dealings, nil))
	f.aggs, f.counts = tally(tb, f.result.Key, []int{0, 3, 3, 1, 4, 3}, rand)
	for _, tr := range trustees {
		f.shares = append(f.shares, must(tr.Finish(f.result)))
		f.parts = append(f.parts, must(f.shares[len(f.shares)-1].PartialDecrypt(f.aggs, rand)))
	}
	f.evil = evilDealing(tb, f.c, f.keys, 2, 4, rand)
	f.complaint = must(trustees[3].Receive(f.evil, rand))
	if f.complaint == nil {
		tb.Fatal("no complaint about a wrong share")
	}
	return f
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// evilDealing is a dealing by dealer with a wrong share for victim, built
// from the public API alone: anyone can make a dealing, only its secrets
// are the dealer's.
func evilDealing(tb testing.TB, c dkg.Ceremony, keys []*dkg.TrusteeKey, dealer, victim int, rand io.Reader) *dkg.Dealing {
	tb.Helper()
	coeffs := make([]*ristretto255.Scalar, c.Params.T)
	d := &dkg.Dealing{Dealer: dealer}
	for k := range coeffs {
		coeffs[k] = must(group.RandomScalar(rand))
		d.Commitments = append(d.Commitments, ristretto255.NewElement().ScalarBaseMult(coeffs[k]))
	}
	e := must(group.RandomScalar(rand))
	d.Ephemeral = ristretto255.NewElement().ScalarBaseMult(e)
	for j := 1; j <= c.Params.N; j++ {
		s := ristretto255.NewScalar()
		for k := len(coeffs) - 1; k >= 0; k-- {
			s.Multiply(s, group.Uint64(uint64(j))).Add(s, coeffs[k])
		}
		if j == victim {
			s.Add(s, group.Uint64(1))
		}
		x := keys[j-1].X
		pad := c.SharePad(dealer, j, x, d.Ephemeral, ristretto255.NewElement().ScalarMult(e, x))
		d.Shares = append(d.Shares, s.Add(s, pad))
	}
	d.PoP = must(proof.ProveSchnorr(c.DealingTranscript(d), coeffs[0], d.Commitments[0], rand))
	d.EphemeralPoK = must(proof.ProveSchnorr(c.EphemeralTranscript(d), e, d.Ephemeral, rand))
	return d
}

// tally encrypts one ballot per choice (index of the chosen option of 5)
// and returns the per-option sums and counts.
func tally(tb testing.TB, pk *elgamal.PublicKey, choices []int, rand io.Reader) ([]*elgamal.Ciphertext, []uint64) {
	tb.Helper()
	aggs, counts := make([]*elgamal.Ciphertext, 5), make([]uint64, 5)
	for o := range aggs {
		aggs[o] = elgamal.Zero()
	}
	for _, choice := range choices {
		for o := range aggs {
			m := uint64(0)
			if o == choice {
				m = 1
			}
			aggs[o] = elgamal.Add(aggs[o], must2(elgamal.Encrypt(pk, m, rand)))
			counts[o] += m
		}
	}
	return aggs, counts
}

func must2[T, U any](v T, _ U, err error) T { return must(v, err) }

// dlog finds m from m·G by trying 0..max.
func dlog(tb testing.TB, mg *ristretto255.Element, max uint64) uint64 {
	tb.Helper()
	for m := uint64(0); m <= max; m++ {
		if ristretto255.NewElement().ScalarBaseMult(group.Uint64(m)).Equal(mg) == 1 {
			return m
		}
	}
	tb.Fatalf("no message up to %d", max)
	return 0
}

// with returns a copy of b with data written at off.
func with(b []byte, off int, data ...byte) []byte {
	out := bytes.Clone(b)
	copy(out[off:], data)
	return out
}

// cat concatenates byte slices.
func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
