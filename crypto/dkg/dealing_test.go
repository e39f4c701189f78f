package dkg_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/evote-org/evote/crypto/dkg"
)

// Offsets in an encoded 3-of-5 dealing.
const (
	offCommitments = 5
	offEphemeral   = offCommitments + 3*32
	offShares      = offEphemeral + 32
	offPoP         = offShares + 5*32
	offPoK         = offPoP + 64
)

func TestDealing(t *testing.T) {
	f := newFixture(t, t.Name())
	for _, d := range append(f.dealings, f.evil) {
		enc := d.Bytes()
		if len(enc) != dkg.DealingSize(f.c.Params) || len(enc) != offPoK+64 {
			t.Fatalf("dealing is %d bytes, want %d", len(enc), dkg.DealingSize(f.c.Params))
		}
		d2, err := dkg.ParseDealing(enc)
		if err != nil || !bytes.Equal(d2.Bytes(), enc) {
			t.Fatalf("round trip: %v", err)
		}
		if err := f.c.VerifyDealing(d2); err != nil {
			t.Fatalf("valid dealing rejected: %v", err)
		}
	}
}

func TestVerifyDealingRejects(t *testing.T) {
	f := newFixture(t, t.Name())
	good := f.dealings[1].Bytes()
	otherCtx := f.c
	otherCtx.Context.ElectionID[31] = 1
	for name, tc := range map[string]struct {
		c dkg.Ceremony
		b []byte
	}{
		"context":       {otherCtx, good},
		"dealer":        {f.c, with(good, 2, 3)},
		"dealer-range":  {f.c, cat(with(good[:5], 2, 6, 3, 6), good[5:offPoP], good[offShares:offShares+32], good[offPoP:])},
		"params-t":      {dkg.Ceremony{Context: testCtx, Params: dkg.Params{N: 5, T: 2}}, good},
		"params-n":      {dkg.Ceremony{Context: testCtx, Params: dkg.Params{N: 6, T: 3}}, good},
		"commitment":    {f.c, with(good, offCommitments+32, f.dealings[0].Bytes()[offCommitments+32:offCommitments+64]...)},
		"ephemeral":     {f.c, with(good, offEphemeral, f.dealings[0].Bytes()[offEphemeral:offShares]...)},
		"share":         {f.c, with(good, offShares+64, 7)},
		"pop":           {f.c, with(good, offPoP+40, good[offPoP+40]^1)},
		"ephemeral-pok": {f.c, with(good, offPoK+40, good[offPoK+40]^1)},
	} {
		d, err := dkg.ParseDealing(tc.b)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var te *dkg.TrusteeError
		if err := tc.c.VerifyDealing(d); !errors.As(err, &te) || te.Trustee != d.Dealer {
			t.Errorf("%s: got %v, want a TrusteeError naming dealer %d", name, err, d.Dealer)
		}
	}
}

func TestParseDealingRejects(t *testing.T) {
	f := newFixture(t, t.Name())
	good := f.dealings[0].Bytes()
	for name, b := range map[string][]byte{
		"empty":              nil,
		"header-only":        good[:5],
		"short":              good[:len(good)-1],
		"long":               append(bytes.Clone(good), 0),
		"version":            with(good, 0, 0),
		"kind":               with(good, 1, dkg.KindKey),
		"dealer-0":           with(good, 2, 0),
		"dealer-above-n":     with(good, 2, 6),
		"t-0":                with(good, 3, 0),
		"t-above-n":          with(good, 3, 6),
		"t-counts":           with(good, 3, 4),
		"n-counts":           with(good, 4, 4),
		"n-65":               with(good, 4, 65),
		"commitment-ident":   with(good, offCommitments+64, identity...),
		"commitment-noncan":  with(good, offCommitments, nonCanonical...),
		"ephemeral-identity": with(good, offEphemeral, identity...),
		"share-order":        with(good, offShares+32, order...),
		"share-noncanonical": with(good, offShares+128, nonCanonical...),
		"pop-a-identity":     with(good, offPoP, identity...),
		"pop-z-order":        with(good, offPoP+32, order...),
		"pok-a-noncanonical": with(good, offPoK, nonCanonical...),
		"pok-z-order":        with(good, offPoK+32, order...),
	} {
		if _, err := dkg.ParseDealing(b); !errors.Is(err, dkg.ErrDecode) {
			t.Errorf("%s: got %v, want ErrDecode", name, err)
		}
	}
}

func FuzzParseDealing(f *testing.F) {
	fx := newFixture(f, "fuzz")
	f.Add(fx.dealings[0].Bytes())
	f.Add(fx.evil.Bytes())
	f.Add(with(fx.dealings[0].Bytes(), 3, 1))
	f.Add([]byte{dkg.Version, dkg.KindDealing, 1, 1, 1})
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := dkg.ParseDealing(b)
		if err != nil {
			return
		}
		if !bytes.Equal(d.Bytes(), b) {
			t.Fatal("re-encoding differs")
		}
		_ = fx.c.VerifyDealing(d)
		_ = d.PublicShare(1)
		_, _ = fx.c.Adjudicate(fx.keys, d, fx.complaint)
	})
}
