package mix_test

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/shuffle"
	"github.com/evote-org/evote/tally/mix"
	"github.com/evote-org/evote/tally/mix/mixer"
)

// cheat is trustee's mix of lists with two ciphertexts of output ballot
// 0 of list q swapped after the proof was made: the file parses and its
// output hash is right, but the proof of list q fails.
func (f *fixture) cheat(tb testing.TB, lists []*shuffle.List, trustee, q int) mix.MixPost {
	tb.Helper()
	_, b := f.mixOf(tb, lists, trustee)
	file := must(mix.ParseFile(b, f.p.Widths()))
	l := file.Lists[q]
	rows := make([][]*elgamal.Ciphertext, l.Len())
	for i := range rows {
		rows[i] = slices.Clone(l.Row(i))
	}
	rows[0][0], rows[0][1] = rows[0][1], rows[0][0]
	file.Lists[q] = must(shuffle.NewList(rows))
	return mix.MixPost{Trustee: trustee, Input: mix.ListsHash(lists), Output: mix.ListsHash(file.Lists), File: must(f.files.Put(file.Bytes()))}
}

// verdicts are the verdicts of a chain of mixes.
func verdicts(c *mix.Chain) []mix.Verdict {
	return verdictsOf(c.Verdicts, func(v mix.MixVerdict) mix.Verdict { return v.Verdict })
}

func verdictsOf[V any](vs []V, verdict func(V) mix.Verdict) []mix.Verdict {
	var out []mix.Verdict
	for _, v := range vs {
		out = append(out, verdict(v))
	}
	return out
}

// TestChain: five trustees post mixes in turn; one posts a bad proof, one
// mixes stale lists, one's file is missing: each is named and skipped,
// and the next valid mix goes on from the last valid output.
func TestChain(t *testing.T) {
	f := newFixture(t, t.Name(), 5, 2, 12)
	p1, _ := f.mixOf(t, f.initial, 1)
	l1 := must(mix.Check(f.p, f.files, f.initial, []mix.MixPost{p1})).Lists
	p2 := f.cheat(t, l1, 2, 0)
	p3, _ := f.mixOf(t, f.initial, 3)
	p4, file4 := f.mixOf(t, l1, 4)
	if err := os.Remove(filepath.Join(string(f.files), mix.Name(p4.File))); err != nil {
		t.Fatal(err)
	}
	p5, _ := f.mixOf(t, l1, 5)
	posts := []mix.MixPost{p1, p2, p3, p4, p5}
	c := must(mix.Check(f.p, f.files, f.initial, posts))
	want := []mix.Verdict{mix.Valid, mix.InvalidProof, mix.WrongInput, mix.NoFile, mix.Valid}
	if !slices.Equal(verdicts(c), want) || !slices.Equal(c.Mixers, []int{1, 5}) || c.Hash != p5.Output || mix.ListsHash(c.Lists) != p5.Output {
		t.Fatalf("verdicts %v mixers %v, want %v and [1 5] ending at trustee 5's output", verdicts(c), c.Mixers, want)
	}
	for i, v := range c.Verdicts {
		if (v.Err == nil) != (v.Verdict == mix.Valid) || v.Post != posts[i] {
			t.Errorf("post %d: verdict %s with reason %v", i, v.Verdict, v.Err)
		}
		if v.Err != nil && !strings.Contains(v.Err.Error(), "trustee "+string(rune('1'+i))) {
			t.Errorf("post %d: the reason %q does not name the trustee", i, v.Err)
		}
	}
	// From the current lists of an earlier Check, the later posts alone.
	if c2 := must(mix.Check(f.p, f.files, l1, posts[1:])); c2.Hash != c.Hash || !slices.Equal(c2.Mixers, []int{5}) {
		t.Errorf("incremental check: mixers %v", c2.Mixers)
	}
	// Trustee 4's file arrives: its mix is valid, and trustee 5's, made
	// from trustee 1's output, is now stale.
	must(f.files.Put(file4))
	c = must(mix.Check(f.p, f.files, f.initial, posts))
	want = []mix.Verdict{mix.Valid, mix.InvalidProof, mix.WrongInput, mix.Valid, mix.WrongInput}
	if !slices.Equal(verdicts(c), want) || !slices.Equal(c.Mixers, []int{1, 4}) || c.Hash != p4.Output {
		t.Errorf("with the file: verdicts %v mixers %v, want %v and [1 4]", verdicts(c), c.Mixers, want)
	}
}

// TestCheckVerdicts: one post from the initial lists, each wrong in
// one way.
func TestCheckVerdicts(t *testing.T) {
	f := newFixture(t, t.Name(), 3, 2, 6)
	good, goodFile := f.mixOf(t, f.initial, 1)
	short := []*shuffle.List{
		must(shuffle.NewList([][]*elgamal.Ciphertext{f.initial[0].Row(0), f.initial[0].Row(1)})),
		must(shuffle.NewList([][]*elgamal.Ciphertext{f.initial[1].Row(0), f.initial[1].Row(1)})),
	}
	shortPost, _ := f.mixOf(t, short, 1)
	other := good
	other.File = sum([]byte("elsewhere"))
	if err := os.WriteFile(filepath.Join(string(f.files), mix.Name(other.File)), goodFile, 0o644); err != nil {
		t.Fatal(err)
	}
	with := func(change func(*mix.MixPost)) mix.MixPost {
		p := good
		change(&p)
		return p
	}
	for name, tc := range map[string]struct {
		post mix.MixPost
		want mix.Verdict
	}{
		"valid":                     {good, mix.Valid},
		"input of other lists":      {with(func(p *mix.MixPost) { p.Input[0] ^= 1 }), mix.WrongInput},
		"no file":                   {with(func(p *mix.MixPost) { p.File[0] ^= 1 }), mix.NoFile},
		"a file under another name": {other, mix.NoFile},
		"a file of another length":  {with(func(p *mix.MixPost) { p.File = must(f.files.Put([]byte{1, 2, 3})) }), mix.NoFile},
		"lists of other lengths":    {with(func(p *mix.MixPost) { p.File = shortPost.File }), mix.NoFile},
		"not a mix file":            {with(func(p *mix.MixPost) { p.File = must(f.files.Put(make([]byte, len(goodFile)))) }), mix.Malformed},
		"another output":            {with(func(p *mix.MixPost) { p.Output[31] ^= 1 }), mix.WrongOutput},
		"another mixer's proof":     {with(func(p *mix.MixPost) { p.Trustee = 2 }), mix.InvalidProof},
		"a bad proof of question 2": {f.cheat(t, f.initial, 1, 1), mix.InvalidProof},
	} {
		c := must(mix.Check(f.p, f.files, f.initial, []mix.MixPost{tc.post}))
		if v := c.Verdicts[0]; v.Verdict != tc.want {
			t.Errorf("%s: verdict %s (%v), want %s", name, v.Verdict, v.Err, tc.want)
		}
		if name == "a bad proof of question 2" && !strings.Contains(c.Verdicts[0].Err.Error(), "question 2:") {
			t.Errorf("%s: %v does not name question 2", name, c.Verdicts[0].Err)
		}
		if tc.want != mix.Valid && (c.Hash != mix.ListsHash(f.initial) || len(c.Mixers) != 0) {
			t.Errorf("%s: an invalid mix changed the current lists", name)
		}
	}
}

// TestCheckLists: lists that do not fit the election are refused before
// any post is judged.
func TestCheckLists(t *testing.T) {
	f := newFixture(t, t.Name(), 3, 2, 4)
	for name, lists := range map[string][]*shuffle.List{
		"none":        nil,
		"one":         f.initial[:1],
		"swapped":     {f.initial[1], f.initial[0]},
		"a nil":       {f.initial[0], nil},
		"three lists": {f.initial[0], f.initial[1], f.initial[1]},
	} {
		if _, err := mix.Check(f.p, f.files, lists, nil); !errors.Is(err, mix.ErrLists) {
			t.Errorf("%s: got %v, want ErrLists", name, err)
		}
	}
}

// TestMixRefuses: a mixer refuses lists that do not fit the election and
// a trustee index that is not one.
func TestMixRefuses(t *testing.T) {
	f := newFixture(t, t.Name(), 3, 2, 4)
	if _, _, err := mixer.Mix(f.p, f.initial[:1], 1, f.rand); !errors.Is(err, mix.ErrLists) {
		t.Errorf("one list of two: got %v", err)
	}
	if _, _, err := mixer.Mix(f.p, f.initial, 0, f.rand); err == nil {
		t.Error("trustee 0 mixed")
	}
}
