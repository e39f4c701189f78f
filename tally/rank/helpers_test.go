package rank

import (
	"strings"
	"testing"
)

// group is count voters with the same ranking, candidates named by
// letters from "A" (candidate 0) in order of preference.
type group struct {
	count int
	order string
}

// values is a ranking written as letters, as the decrypted ballot of n
// candidates: each candidate's rank, 0 if unranked.
func values(order string, n int) []uint64 {
	v := make([]uint64, n)
	for r, c := range order {
		v[c-'A'] = uint64(r + 1)
	}
	return v
}

// rankings adds the groups' ballots, ranking all or up to Max of n
// candidates.
func rankings(t testing.TB, n int, groups ...group) *Rankings {
	t.Helper()
	r, err := NewRankings(Question{Candidates: n, Min: 0, Max: n})
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range groups {
		for range g.count {
			if err := r.Add(values(g.order, n)); err != nil {
				t.Fatal(err)
			}
		}
	}
	return r
}

// letters names candidates by letter.
func letters(cands []int) string {
	var b strings.Builder
	for _, c := range cands {
		b.WriteByte(byte('A' + c))
	}
	return b.String()
}

var seed = []byte("test seed")
