package rank

import (
	"slices"
	"testing"
)

// wikipedia45 is the example of Wikipedia's "Schulze method" article: 45
// voters, 5 candidates.
var wikipedia45 = []group{
	{5, "ACBED"}, {5, "ADECB"}, {8, "BEDAC"}, {3, "CABED"},
	{7, "CAEBD"}, {2, "CBADE"}, {7, "DCEBA"}, {8, "EBADC"},
}

// TestSchulzeWikipedia: the pairwise preferences, the strongest paths and
// the order E > A > C > B > D the article gives.
func TestSchulzeWikipedia(t *testing.T) {
	res := Schulze(rankings(t, 5, wikipedia45...), seed)
	d := [][]uint64{
		{0, 20, 26, 30, 22},
		{25, 0, 16, 33, 18},
		{19, 29, 0, 17, 24},
		{15, 12, 28, 0, 14},
		{23, 27, 21, 31, 0},
	}
	p := [][]uint64{
		{0, 28, 28, 30, 24},
		{25, 0, 28, 33, 24},
		{25, 29, 0, 29, 24},
		{25, 28, 28, 0, 24},
		{25, 28, 28, 31, 0},
	}
	for x := range 5 {
		if !slices.Equal(res.D[x], d[x]) || !slices.Equal(res.P[x], p[x]) {
			t.Errorf("row %c: d %v p %v, want %v and %v", 'A'+x, res.D[x], res.P[x], d[x], p[x])
		}
	}
	if letters(res.Order) != "EACBD" || res.Winner != 4 || slices.Contains(res.Tied, true) {
		t.Fatalf("order %s tied %v, want EACBD", letters(res.Order), res.Tied)
	}
}

// TestSchulzeTennessee: Nashville is the Condorcet winner (IRV elects
// Knoxville).
func TestSchulzeTennessee(t *testing.T) {
	if res := Schulze(rankings(t, 4, tennessee...), seed); letters(res.Order) != "BCDA" {
		t.Fatalf("order %s, want BCDA", letters(res.Order))
	}
}

// TestSchulzeTruncated: a ranked candidate beats every unranked one, and
// unranked ones are tied among themselves.
func TestSchulzeTruncated(t *testing.T) {
	res := Schulze(rankings(t, 3, group{1, "B"}), seed)
	if res.D[1][0] != 1 || res.D[1][2] != 1 || res.D[0][2] != 0 || res.D[2][0] != 0 || res.Winner != 1 {
		t.Fatalf("d %v winner %d", res.D, res.Winner)
	}
	if !res.Tied[1] {
		t.Fatalf("A and C are tied: %v", res.Tied)
	}
	lot := Lot(seed, 3)
	if want := slices.DeleteFunc(slices.Clone(lot), func(c int) bool { return c == 1 }); res.Order[1] != want[1] {
		t.Fatalf("order %v, the lot %v places the last of A and C first", res.Order, lot)
	}
}
