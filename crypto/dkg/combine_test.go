package dkg_test

import (
	"bytes"
	"errors"
	"slices"
	"testing"

	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/crypto/elgamal"
)

func TestPartialDecryption(t *testing.T) {
	f := newFixture(t, t.Name())
	for _, p := range f.parts {
		enc := p.Bytes()
		if len(enc) != dkg.PartialDecryptionSize(5) {
			t.Fatalf("partial decryption is %d bytes, want %d", len(enc), dkg.PartialDecryptionSize(5))
		}
		p2, err := dkg.ParsePartialDecryption(enc)
		if err != nil || !bytes.Equal(p2.Bytes(), enc) {
			t.Fatalf("round trip: %v", err)
		}
		if err := f.result.VerifyPartial(f.aggs, p2); err != nil {
			t.Fatalf("valid partial decryption rejected: %v", err)
		}
	}
}

func TestVerifyPartialRejects(t *testing.T) {
	f := newFixture(t, t.Name())
	good := f.parts[1].Bytes()
	other := *f.result
	other.Context.ElectionID[5] = 0xff
	swapped := slices.Clone(f.aggs)
	swapped[0], swapped[1] = swapped[1], swapped[0]
	for name, tc := range map[string]struct {
		r    *dkg.Result
		aggs []*elgamal.Ciphertext
		b    []byte
		want error
	}{
		"context":   {&other, f.aggs, good, dkg.ErrInvalid},
		"trustee":   {f.result, f.aggs, with(good, 2, 3), dkg.ErrInvalid},
		"trustee-9": {f.result, f.aggs, with(good, 2, 9), dkg.ErrMismatch},
		"count":     {f.result, f.aggs[:4], good, dkg.ErrMismatch},
		"order":     {f.result, swapped, good, dkg.ErrInvalid},
		"share":     {f.result, f.aggs, with(good, 5, f.parts[0].Bytes()[5:37]...), dkg.ErrInvalid},
		"proof":     {f.result, f.aggs, with(good, 5+128+100, good[5+128+100]^1), dkg.ErrInvalid},
	} {
		err := tc.r.VerifyPartial(tc.aggs, must(dkg.ParsePartialDecryption(tc.b)))
		var te *dkg.TrusteeError
		if !errors.Is(err, tc.want) || !errors.As(err, &te) {
			t.Errorf("%s: got %v, want a TrusteeError with %v", name, err, tc.want)
		}
	}
	if err := f.result.VerifyPartial([]*elgamal.Ciphertext{f.aggs[0], elgamal.Zero()}, f.parts[0]); !errors.Is(err, dkg.ErrCiphertexts) {
		t.Errorf("empty aggregate: got %v", err)
	}
}

func TestCombine(t *testing.T) {
	f := newFixture(t, t.Name())
	misfit := must(dkg.ParsePartialDecryption(with(f.parts[0].Bytes(), 2, 9)))
	short := &dkg.PartialDecryption{Trustee: 1, Shares: f.parts[0].Shares[:4], Proofs: f.parts[0].Proofs[:4]}
	ps := []*dkg.PartialDecryption{nil, f.parts[4], misfit, f.parts[1], f.parts[4], f.parts[3], short, f.parts[2]}
	dec, err := f.result.Combine(f.aggs, ps)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(dec.Used, []int{2, 3, 4}) {
		t.Errorf("used %v, want [2 3 4]", dec.Used)
	}
	var rejected []int
	for _, r := range dec.Rejected {
		if !errors.Is(r, dkg.ErrMismatch) {
			t.Errorf("rejected for %v, want ErrMismatch", r)
		}
		rejected = append(rejected, r.Trustee)
	}
	if !slices.Equal(rejected, []int{1, 5, 9}) {
		t.Errorf("rejected %v, want [1 5 9]", rejected)
	}
	for c, mg := range dec.Messages {
		if got := dlog(t, mg, 6); got != f.counts[c] {
			t.Errorf("option %d: %d votes, want %d", c, got, f.counts[c])
		}
	}
	if _, err := f.result.Combine(nil, f.parts); !errors.Is(err, dkg.ErrCiphertexts) {
		t.Errorf("no aggregates: got %v", err)
	}
	if _, err := f.result.Combine(f.aggs, f.parts[:2]); !errors.Is(err, dkg.ErrTooFewShares) {
		t.Errorf("two shares: got %v", err)
	}
}

func TestParsePartialRejects(t *testing.T) {
	f := newFixture(t, t.Name())
	good := f.parts[0].Bytes()
	for name, b := range map[string][]byte{
		"empty":       nil,
		"header-only": good[:5],
		"short":       good[:len(good)-1],
		"long":        append(bytes.Clone(good), 0),
		"version":     with(good, 0, 0),
		"kind":        with(good, 1, dkg.KindComplaint),
		"trustee-0":   with(good, 2, 0),
		"trustee-65":  with(good, 2, 65),
		"count-0":     with(good[:5], 4, 0),
		"count-4":     with(good, 4, 4),
		"count-max":   with(good, 3, 0x10, 0x01),
		"D-identity":  with(good, 5+128, identity...),
		"D-noncanon":  with(good, 5, nonCanonical...),
		"a-identity":  with(good, 5+32, identity...),
		"z-order":     with(good, 5+128*4+96, order...),
	} {
		if _, err := dkg.ParsePartialDecryption(b); !errors.Is(err, dkg.ErrDecode) {
			t.Errorf("%s: got %v, want ErrDecode", name, err)
		}
	}
}

func FuzzParsePartialDecryption(f *testing.F) {
	fx := newFixture(f, "fuzz")
	f.Add(fx.parts[0].Bytes())
	f.Add(with(fx.parts[1].Bytes()[:5+128], 4, 1))
	f.Add([]byte{dkg.Version, dkg.KindPartial, 1, 0, 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := dkg.ParsePartialDecryption(b)
		if err != nil {
			return
		}
		if !bytes.Equal(p.Bytes(), b) {
			t.Fatal("re-encoding differs")
		}
		_ = fx.result.VerifyPartial(fx.aggs, p)
		_, _ = fx.result.Combine(fx.aggs, []*dkg.PartialDecryption{p, fx.parts[1], fx.parts[2]})
	})
}
