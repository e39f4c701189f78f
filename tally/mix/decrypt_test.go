package mix_test

import (
	"bytes"
	"errors"
	"slices"
	"testing"

	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/crypto/shuffle"
	"github.com/evote-org/evote/tally/mix"
)

// mixed is the fixture after trustees 1, 3 and 4 mixed validly and
// trustee 2 posted a bad proof; trustee 5 did not mix.
func mixed(t *testing.T, ballots int) (*fixture, *mix.Chain) {
	f := newFixture(t, t.Name(), 5, 2, ballots)
	p1, _ := f.mixOf(t, f.initial, 1)
	c := must(mix.Check(f.p, f.files, f.initial, []mix.MixPost{p1}))
	p2 := f.cheat(t, c.Lists, 2, 1)
	p3, _ := f.mixOf(t, c.Lists, 3)
	c = must(mix.Check(f.p, f.files, f.initial, []mix.MixPost{p1, p2, p3}))
	p4, _ := f.mixOf(t, c.Lists, 4)
	c = must(mix.Check(f.p, f.files, f.initial, []mix.MixPost{p1, p2, p3, p4}))
	if !slices.Equal(c.Mixers, []int{1, 3, 4}) {
		t.Fatalf("mixers %v", c.Mixers)
	}
	return f, c
}

// sorted is the rows in ascending order (the multiset of the ballots).
func sorted(rows [][]uint64) [][]uint64 {
	out := slices.Clone(rows)
	slices.SortFunc(out, func(a, b []uint64) int { return slices.Compare(a, b) })
	return out
}

// shareVerdicts are the verdicts of the share posts.
func shareVerdicts(d *mix.Decrypted) []mix.Verdict {
	return verdictsOf(d.Verdicts, func(v mix.ShareVerdict) mix.Verdict { return v.Verdict })
}

// TestDecrypt: the shares of the trustees whose mix is valid decrypt the
// final lists to the ballots cast, in another order; a share of a trustee
// that did not mix, or whose mix is invalid, is refused; so is a bad one.
func TestDecrypt(t *testing.T) {
	f, c := mixed(t, 12)
	s5, _ := f.shareOf(t, c.Lists, 5)
	s4, b4 := f.shareOf(t, c.Lists, 4)
	s4.File = must(f.files.Put(with(b4, len(b4)-128, b4[12:44]...))) // the last D replaced by the first
	s1, _ := f.shareOf(t, c.Lists, 1)
	s3, _ := f.shareOf(t, c.Lists, 3)
	s2, _ := f.shareOf(t, c.Lists, 2)
	d, err := mix.Decrypt(f.p, f.result, f.files, c.Lists, c.Mixers, []mix.SharePost{s5, s4, s1, s3, s2})
	if err != nil {
		t.Fatal(err)
	}
	want := []mix.Verdict{mix.NotMixer, mix.InvalidProof, mix.Valid, mix.Valid, mix.NotMixer}
	if !slices.Equal(shareVerdicts(d), want) || !slices.Equal(d.Used, []int{1, 3}) {
		t.Fatalf("verdicts %v used %v, want %v and [1 3]", shareVerdicts(d), d.Used, want)
	}
	for q := range f.values {
		plain := f.decrypted(q)
		if got := sorted(d.Rows[q]); !slices.EqualFunc(got, sorted(plain), slices.Equal) {
			t.Errorf("list %d decrypts to %v, want %v", q, got, sorted(plain))
		}
		if slices.EqualFunc(d.Rows[q], plain, slices.Equal) {
			t.Errorf("list %d is in the order of the casts", q)
		}
	}
}

// TestDecryptVerdicts: next to the valid shares of trustees 1 and 3,
// trustee 4's share post is wrong in one way.
func TestDecryptVerdicts(t *testing.T) {
	f, c := mixed(t, 4)
	s1, b1 := f.shareOf(t, c.Lists, 1)
	s3, _ := f.shareOf(t, c.Lists, 3)
	s4, _ := f.shareOf(t, c.Lists, 4)
	initial, _ := f.shareOf(t, f.initial, 4)
	narrow := must(f.shares[3].DecryptMixed(c.Lists[:1], f.rand)).Bytes()
	with := func(change func(*mix.SharePost)) mix.SharePost {
		p := s4
		change(&p)
		return p
	}
	for name, tc := range map[string]struct {
		post mix.SharePost
		want mix.Verdict
	}{
		"valid":                {s4, mix.Valid},
		"of the initial lists": {initial, mix.WrongLists},
		"no file":              {with(func(p *mix.SharePost) { p.File[0] ^= 1 }), mix.NoFile},
		"of another length":    {with(func(p *mix.SharePost) { p.File = must(f.files.Put([]byte("share"))) }), mix.NoFile},
		"of other lists":       {with(func(p *mix.SharePost) { p.File = must(f.files.Put(narrow)) }), mix.NoFile},
		"not a share file":     {with(func(p *mix.SharePost) { p.File = must(f.files.Put(make([]byte, len(b1)))) }), mix.Malformed},
		"trustee 1's file":     {with(func(p *mix.SharePost) { p.File = sum(b1) }), mix.Mismatch},
	} {
		d, err := mix.Decrypt(f.p, f.result, f.files, c.Lists, c.Mixers, []mix.SharePost{s1, tc.post, s3})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if v := d.Verdicts[1]; v.Verdict != tc.want || (v.Err == nil) != (tc.want == mix.Valid) {
			t.Errorf("%s: verdict %s (%v), want %s", name, v.Verdict, v.Err, tc.want)
		}
		if !slices.Equal(d.Used, []int{1, 3}) {
			t.Errorf("%s: used %v", name, d.Used)
		}
	}
}

// TestDecryptTooFew: one valid share of the two needed is an error, and
// the verdicts are still given.
func TestDecryptTooFew(t *testing.T) {
	f, c := mixed(t, 3)
	s1, _ := f.shareOf(t, c.Lists, 1)
	s5, _ := f.shareOf(t, c.Lists, 5)
	d, err := mix.Decrypt(f.p, f.result, f.files, c.Lists, c.Mixers, []mix.SharePost{s1, s5})
	if !errors.Is(err, dkg.ErrTooFewShares) || d == nil || !slices.Equal(shareVerdicts(d), []mix.Verdict{mix.Valid, mix.NotMixer}) {
		t.Errorf("got %v, verdicts %v", err, d)
	}
	if _, err := mix.Decrypt(f.p, f.result, f.files, []*shuffle.List{c.Lists[1], c.Lists[0]}, c.Mixers, nil); !errors.Is(err, mix.ErrLists) {
		t.Errorf("lists that do not fit: got %v", err)
	}
}

func with(b []byte, off int, data ...byte) []byte {
	out := bytes.Clone(b)
	copy(out[off:], data)
	return out
}
