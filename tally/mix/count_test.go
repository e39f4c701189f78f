package mix_test

import (
	"encoding/hex"
	"reflect"
	"slices"
	"testing"

	"github.com/evote-org/evote/tally/mix"
	"github.com/evote-org/evote/tally/rank"
)

// TestCount: the count of the decrypted lists equals a plain count of
// the ballots cast, computed here from the values the voters chose.
func TestCount(t *testing.T) {
	f, c := mixed(t, 40)
	s1, _ := f.shareOf(t, c.Lists, 1)
	s4, _ := f.shareOf(t, c.Lists, 4)
	d := must(mix.Decrypt(f.p, f.result, f.files, c.Lists, c.Mixers, []mix.SharePost{s1, s4}))
	m := f.p.Manifest

	stv := must(mix.CountQuestion(&m.Questions[1], 1, d.Rows[0]))
	r := must(rank.NewRankings(rank.Question{Candidates: 4, Min: 1, Max: 4}))
	for _, v := range f.decrypted(0) {
		_ = r.Add(v)
	}
	seed := mix.Seed(1, f.decrypted(0))
	if want := must(rank.STV(r, 2, seed[:])); !reflect.DeepEqual(stv.STV, want) || stv.Seed != seed || stv.Method != "stv" {
		t.Errorf("STV of the decrypted lists %#v, plain %#v", stv.STV, want)
	}
	if stv.STV.Spoiled != 2 || stv.STV.Ballots != 38 || len(stv.STV.Elected) != 2 {
		t.Errorf("STV counted %d valid, %d spoiled, elected %v; want 38, 2 and two", stv.STV.Ballots, stv.STV.Spoiled, stv.STV.Elected)
	}

	mj := must(mix.CountQuestion(&m.Questions[2], 2, d.Rows[1]))
	g := must(rank.NewGrades(rank.Question{Candidates: 3, Min: 0, Max: 3, Grades: 3}))
	for _, v := range f.decrypted(1) {
		_ = g.Add(v)
	}
	seed = mix.Seed(2, f.decrypted(1))
	if want := rank.MajorityJudgment(g, seed[:]); !reflect.DeepEqual(mj.MJ, want) || mj.STV != nil {
		t.Errorf("MJ of the decrypted lists %+v, plain %+v", mj.MJ, want)
	}
}

// TestCountMethods: IRV and Schulze questions count by their method.
func TestCountMethods(t *testing.T) {
	rows := [][]uint64{{1, 2, 0, 0}, {1, 0, 0, 0}, {2, 1, 0, 0}, {0, 0, 1, 0}}
	q := testManifest(t).Questions[1]
	q.Method, q.Seats = "irv", 0
	if c := must(mix.CountQuestion(&q, 1, rows)); c.IRV == nil || c.IRV.Winner != 0 {
		t.Errorf("IRV: %+v", c)
	}
	q.Method = "schulze"
	if c := must(mix.CountQuestion(&q, 1, rows)); c.Schulze == nil || c.Schulze.Winner != 0 {
		t.Errorf("Schulze: %+v", c)
	}
	q.Method = "borda"
	if _, err := mix.CountQuestion(&q, 1, rows); err == nil {
		t.Error("an unknown method counted")
	}
}

// TestSeed: the seed is a function of the multiset of rows and of the
// question, and its bytes are frozen (docs/protocol.md, section 14.9).
func TestSeed(t *testing.T) {
	rows := [][]uint64{{1, 2, 0}, {0, 0, 1}, {2, 1, 3}}
	seed := mix.Seed(1, rows)
	if got := hex.EncodeToString(seed[:]); got != seedExample {
		t.Errorf("seed %s, want %s", got, seedExample)
	}
	reordered := [][]uint64{rows[2], rows[0], rows[1]}
	if mix.Seed(1, reordered) != seed {
		t.Error("the seed depends on the order of the ballots")
	}
	if mix.Seed(2, rows) == seed {
		t.Error("the seed does not depend on the question")
	}
	changed := slices.Clone(rows)
	changed[0] = []uint64{2, 1, 0}
	if mix.Seed(1, changed) == seed || mix.Seed(1, rows[:2]) == seed {
		t.Error("the seed does not depend on every ballot")
	}
}
