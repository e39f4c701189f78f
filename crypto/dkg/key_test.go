package dkg_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/evote-org/evote/crypto/dkg"
)

func TestParams(t *testing.T) {
	for _, tc := range []struct {
		p  dkg.Params
		ok bool
	}{
		{dkg.Params{N: 1, T: 1}, true},
		{dkg.Params{N: 5, T: 3}, true},
		{dkg.Params{N: 64, T: 64}, true},
		{dkg.Params{N: 0, T: 0}, false},
		{dkg.Params{N: 5, T: 0}, false},
		{dkg.Params{N: 3, T: 4}, false},
		{dkg.Params{N: 65, T: 3}, false},
		{dkg.Params{N: -1, T: -2}, false},
	} {
		if err := tc.p.Validate(); (err == nil) != tc.ok || (err != nil && !errors.Is(err, dkg.ErrParams)) {
			t.Errorf("%+v: %v", tc.p, err)
		}
	}
}

func TestKey(t *testing.T) {
	f := newFixture(t, t.Name())
	for _, k := range f.keys {
		enc := k.Bytes()
		if len(enc) != dkg.KeySize {
			t.Fatalf("key is %d bytes, want %d", len(enc), dkg.KeySize)
		}
		k2, err := dkg.ParseTrusteeKey(enc)
		if err != nil || !bytes.Equal(k2.Bytes(), enc) {
			t.Fatalf("round trip: %v", err)
		}
		if err := f.c.VerifyKey(k2); err != nil {
			t.Fatalf("valid key rejected: %v", err)
		}
	}
	if err := f.c.VerifyKeys(f.keys); err != nil {
		t.Fatal(err)
	}
}

func TestKeyRejects(t *testing.T) {
	f := newFixture(t, t.Name())
	k := f.keys[2]
	otherCtx, otherParams := f.c, f.c
	otherCtx.Context.Contract[0] ^= 1
	otherParams.Params.T = 2
	relabeled := must(dkg.ParseTrusteeKey(with(k.Bytes(), 2, 4))) // trustee 3's key posted as 4's
	tampered := must(dkg.ParseTrusteeKey(with(k.Bytes(), 2+1+32+32, k.Bytes()[2+1+32+32]^1)))
	outOfRange := must(dkg.ParseTrusteeKey(with(k.Bytes(), 2, 6)))
	for name, err := range map[string]error{
		"context":      otherCtx.VerifyKey(k),
		"params":       otherParams.VerifyKey(k),
		"index":        f.c.VerifyKey(relabeled),
		"tampered-pop": f.c.VerifyKey(tampered),
		"out-of-range": f.c.VerifyKey(outOfRange),
	} {
		var te *dkg.TrusteeError
		if !errors.As(err, &te) {
			t.Errorf("%s: got %v, want a TrusteeError", name, err)
		}
	}
	for name, keys := range map[string][]*dkg.TrusteeKey{
		"short":     f.keys[:4],
		"order":     {f.keys[1], f.keys[0], f.keys[2], f.keys[3], f.keys[4]},
		"nil":       {f.keys[0], nil, f.keys[2], f.keys[3], f.keys[4]},
		"relabeled": {f.keys[0], f.keys[1], f.keys[2], relabeled, f.keys[4]},
	} {
		if err := f.c.VerifyKeys(keys); err == nil {
			t.Errorf("%s: key list accepted", name)
		}
	}
	var te *dkg.TrusteeError
	if err := f.c.VerifyKeys([]*dkg.TrusteeKey{f.keys[0], f.keys[1], tampered, f.keys[3], f.keys[4]}); !errors.As(err, &te) || te.Trustee != 3 {
		t.Errorf("tampered key 3: got %v", err)
	}
	err := f.c.VerifyKeys([]*dkg.TrusteeKey{f.keys[0], nil, tampered, f.keys[3], f.keys[4]})
	if !errors.Is(err, dkg.ErrMissing) || !errors.Is(err, dkg.ErrInvalid) {
		t.Errorf("key 2 missing and key 3 tampered: got %v, want both named", err)
	}
	nil2 := []*dkg.TrusteeKey{f.keys[0], nil, f.keys[2], f.keys[3], f.keys[4]}
	if err := f.c.VerifyKeyPosts(nil2, []*dkg.TrusteeError{{Trustee: 2, Err: dkg.ErrDecode}}); !errors.Is(err, dkg.ErrDecode) || errors.Is(err, dkg.ErrMissing) {
		t.Errorf("malformed key 2: got %v", err)
	}
}

func TestParseTrusteeKeyRejects(t *testing.T) {
	f := newFixture(t, t.Name())
	good := f.keys[0].Bytes()
	for name, b := range map[string][]byte{
		"empty":         nil,
		"short":         good[:len(good)-1],
		"long":          append(bytes.Clone(good), 0),
		"version":       with(good, 0, 2),
		"kind":          with(good, 1, dkg.KindDealing),
		"index-0":       with(good, 2, 0),
		"index-65":      with(good, 2, 65),
		"X-identity":    with(good, 3, identity...),
		"X-noncanon":    with(good, 3, nonCanonical...),
		"pop-identity":  with(good, 35, identity...),
		"pop-z-order":   with(good, 67, order...),
		"pop-z-noncano": with(good, 67, nonCanonical...),
	} {
		if _, err := dkg.ParseTrusteeKey(b); !errors.Is(err, dkg.ErrDecode) {
			t.Errorf("%s: got %v, want ErrDecode", name, err)
		}
	}
}

func FuzzParseTrusteeKey(f *testing.F) {
	fx := newFixture(f, "fuzz")
	f.Add(fx.keys[0].Bytes())
	f.Add(with(fx.keys[0].Bytes(), 3, identity...))
	f.Add([]byte{dkg.Version, dkg.KindKey})
	f.Fuzz(func(t *testing.T, b []byte) {
		k, err := dkg.ParseTrusteeKey(b)
		if err != nil {
			return
		}
		if !bytes.Equal(k.Bytes(), b) {
			t.Fatal("re-encoding differs")
		}
		_ = fx.c.VerifyKey(k)
	})
}
