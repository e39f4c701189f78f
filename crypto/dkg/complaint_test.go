package dkg_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/evote-org/evote/crypto/dkg"
)

func TestAdjudicate(t *testing.T) {
	f := newFixture(t, t.Name())
	enc := f.complaint.Bytes()
	if len(enc) != dkg.ComplaintSize {
		t.Fatalf("complaint is %d bytes, want %d", len(enc), dkg.ComplaintSize)
	}
	cp := must(dkg.ParseComplaint(enc))
	if !bytes.Equal(cp.Bytes(), enc) {
		t.Fatal("round trip differs")
	}
	if v, err := f.c.Adjudicate(f.keys, f.evil, cp); v != dkg.DealerGuilty || err != nil {
		t.Fatalf("true complaint: %v, %v", v, err)
	}
	otherCtx := f.c
	otherCtx.Context.ChainID = 1
	for name, tc := range map[string]struct {
		c    dkg.Ceremony
		keys []*dkg.TrusteeKey
		d    *dkg.Dealing
		b    []byte
		want error
	}{
		"context":        {otherCtx, f.keys, f.evil, enc, dkg.ErrInvalid},
		"honest-dealing": {f.c, f.keys, f.dealings[1], enc, dkg.ErrInvalid},
		"recipient":      {f.c, f.keys, f.evil, with(enc, 3, 3), dkg.ErrInvalid},
		"recipient-6":    {f.c, f.keys, f.evil, with(enc, 3, 6), dkg.ErrMismatch},
		"dealer":         {f.c, f.keys, f.evil, with(enc, 2, 1), dkg.ErrMismatch},
		"S":              {f.c, f.keys, f.evil, with(enc, 4, f.keys[0].Bytes()[3:35]...), dkg.ErrInvalid},
		"proof":          {f.c, f.keys, f.evil, with(enc, 110, enc[110]^1), dkg.ErrInvalid},
		"keys":           {f.c, f.keys[:4], f.evil, enc, dkg.ErrMismatch},
		"shape":          {dkg.Ceremony{Context: testCtx, Params: dkg.Params{N: 5, T: 2}}, f.keys, f.evil, enc, dkg.ErrMismatch},
	} {
		v, err := tc.c.Adjudicate(tc.keys, tc.d, must(dkg.ParseComplaint(tc.b)))
		if v != dkg.ComplaintFalse || !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, %v; want complaint false with %v", name, v, err, tc.want)
		}
	}
}

func TestParseComplaintRejects(t *testing.T) {
	f := newFixture(t, t.Name())
	good := f.complaint.Bytes()
	for name, b := range map[string][]byte{
		"empty":        nil,
		"short":        good[:len(good)-1],
		"long":         append(bytes.Clone(good), 0),
		"version":      with(good, 0, 9),
		"kind":         with(good, 1, dkg.KindPartial),
		"dealer-0":     with(good, 2, 0),
		"recipient-65": with(good, 3, 65),
		"S-identity":   with(good, 4, identity...),
		"S-noncanon":   with(good, 4, nonCanonical...),
		"a-identity":   with(good, 36, identity...),
		"b-noncanon":   with(good, 68, nonCanonical...),
		"z-order":      with(good, 100, order...),
	} {
		if _, err := dkg.ParseComplaint(b); !errors.Is(err, dkg.ErrDecode) {
			t.Errorf("%s: got %v, want ErrDecode", name, err)
		}
	}
}

func FuzzParseComplaint(f *testing.F) {
	fx := newFixture(f, "fuzz")
	f.Add(fx.complaint.Bytes())
	f.Add(with(fx.complaint.Bytes(), 3, 64))
	f.Add([]byte{dkg.Version, dkg.KindComplaint, 1, 1})
	f.Fuzz(func(t *testing.T, b []byte) {
		cp, err := dkg.ParseComplaint(b)
		if err != nil {
			return
		}
		if !bytes.Equal(cp.Bytes(), b) {
			t.Fatal("re-encoding differs")
		}
		_, _ = fx.c.Adjudicate(fx.keys, fx.evil, cp)
	})
}
