package trustee

import (
	"bytes"
	"crypto/rand"
	"errors"
	"testing"

	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/crypto/internal/testrand"
)

// TestRestore: a trustee restored from its exported secret receives the
// posted dealings again and finishes with the same key share.
func TestRestore(t *testing.T) {
	rnd := testrand.New(t.Name())
	c, trustees, keys := setup(t, 5, 3, rnd)
	ds := dealAll(t, trustees, keys, rnd)
	receiveAll(t, trustees, ds, rnd)
	r, err := c.Qualify(keys, ds, nil)
	if err != nil {
		t.Fatal(err)
	}
	shares := finishAll(t, trustees, r)
	aggs, want := tally(t, r.Key, 2, []int{0, 1, 1}, rnd)

	restored := make([]*Share, len(trustees))
	for i, tr := range trustees {
		secret := tr.ExportSecret()
		if len(secret) != SecretSize {
			t.Fatalf("secret is %d bytes", len(secret))
		}
		back, err := Restore(c, secret, keys[i])
		if err != nil {
			t.Fatalf("trustee %d: %v", i+1, err)
		}
		receiveAll(t, []*Trustee{back}, ds, rnd)
		if restored[i], err = back.Finish(r); err != nil {
			t.Fatalf("trustee %d: %v", i+1, err)
		}
	}
	for _, set := range [][]int{{1, 2, 3}, {3, 4, 5}} {
		parts := partials(t, restored, aggs, rand.Reader, set...)
		parts[0] = partials(t, shares, aggs, rand.Reader, set[0])[0] // mixed with an original
		dec, err := r.Combine(aggs, parts)
		if err != nil {
			t.Fatal(err)
		}
		if got := counts(t, dec.Messages, 3); got[0] != want[0] || got[1] != want[1] {
			t.Fatalf("%v: counts %v, want %v", set, got, want)
		}
	}
}

func TestRestoreRejects(t *testing.T) {
	rnd := testrand.New(t.Name())
	c, trustees, keys := setup(t, 3, 2, rnd)
	good := trustees[0].ExportSecret()
	nonCanonical := bytes.Clone(good)
	copy(nonCanonical[3:], bytes.Repeat([]byte{0xff}, 32))
	otherCeremony := dkg.Ceremony{Context: c.Context, Params: dkg.Params{N: 3, T: 3}}
	for _, tc := range []struct {
		name   string
		c      dkg.Ceremony
		secret []byte
		key    *dkg.TrusteeKey
		want   error
	}{
		{"short", c, good[:SecretSize-1], keys[0], ErrSecret},
		{"long", c, append(bytes.Clone(good), 0), keys[0], ErrSecret},
		{"version", c, append([]byte{2}, good[1:]...), keys[0], ErrSecret},
		{"kind", c, append([]byte{1, dkg.KindKey}, good[2:]...), keys[0], ErrSecret},
		{"non-canonical", c, nonCanonical, keys[0], ErrSecret},
		{"other trustee's key", c, good, keys[1], ErrSecret},
		{"other x", c, append(good[:3:3], trustees[1].ExportSecret()[3:]...), keys[0], ErrSecret},
		{"other ceremony", otherCeremony, good, keys[0], dkg.ErrInvalid},
	} {
		if _, err := Restore(tc.c, tc.secret, tc.key); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
}
