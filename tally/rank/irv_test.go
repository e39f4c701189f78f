package rank

import (
	"slices"
	"testing"
)

// tennessee is the example of Wikipedia's "Instant-runoff voting" and
// "Condorcet method" articles: the capital of Tennessee, voters living
// in (and preferring cities near) Memphis 42%, Nashville 26%,
// Chattanooga 15%, Knoxville 17%. A Memphis, B Nashville, C
// Chattanooga, D Knoxville.
var tennessee = []group{{42, "ABCD"}, {26, "BCDA"}, {15, "CDBA"}, {17, "DCBA"}}

// TestIRVTennessee: Chattanooga is excluded first (15), its voters go to
// Knoxville (32); then Nashville (26), whose voters' next continuing
// choice is Knoxville: Knoxville wins 58 to 42.
func TestIRVTennessee(t *testing.T) {
	res := IRV(rankings(t, 4, tennessee...), seed)
	want := [][]int64{{42, 26, 15, 17}, {42, 26, 0, 32}, {42, 0, 0, 58}}
	if res.Winner != 3 || len(res.Rounds) != 3 {
		t.Fatalf("winner %d after %d rounds, want Knoxville after 3", res.Winner, len(res.Rounds))
	}
	for i, r := range res.Rounds {
		if !slices.Equal(r.Votes, want[i]) || r.Exhausted != 0 {
			t.Errorf("round %d: %v exhausted %d, want %v", i+1, r.Votes, r.Exhausted, want[i])
		}
	}
	if res.Rounds[0].Excluded != 2 || res.Rounds[1].Excluded != 1 || res.Rounds[2].Excluded != -1 {
		t.Errorf("excluded %d, %d, %d", res.Rounds[0].Excluded, res.Rounds[1].Excluded, res.Rounds[2].Excluded)
	}
}

// TestIRVExhausted: truncated rankings exhaust, and the majority is of
// the rankings still counting.
func TestIRVExhausted(t *testing.T) {
	res := IRV(rankings(t, 3, group{4, "A"}, group{3, "B"}, group{2, "CB"}, group{1, "C"}), seed)
	last := res.Rounds[len(res.Rounds)-1]
	if res.Winner != 1 || last.Exhausted != 1 || !slices.Equal(last.Votes, []int64{4, 5, 0}) {
		t.Fatalf("winner %d, last round %+v", res.Winner, last)
	}
}

// TestIRVTies: a tie for exclusion is broken by the most recent round at
// which the tied differ, then by lot.
func TestIRVTies(t *testing.T) {
	// Round 1: A 3, B 2, C 2, D 1: D out, to C. Round 2: A 3, B 2, C 3:
	// B out, to A, who wins 5 to 3.
	res := IRV(rankings(t, 4, group{3, "A"}, group{2, "BA"}, group{2, "C"}, group{1, "DC"}), seed)
	if res.Winner != 0 || res.Rounds[0].Excluded != 3 || res.Rounds[1].Excluded != 1 {
		t.Fatalf("%+v", res)
	}
	// B and C tie at 2 in round 2 but C had more in round 1: B goes.
	res = IRV(rankings(t, 4, group{6, "A"}, group{2, "BA"}, group{3, "C"}, group{1, "DB"}), seed)
	if res.Rounds[0].Excluded != 3 || res.Rounds[1].Votes[1] != 3 || res.Rounds[1].Excluded != 1 {
		t.Fatalf("rounds %+v", res.Rounds)
	}
	// The most recent round that separates the tied decides (the Scottish
	// rule 51(2)), not the first: B and C tie at 8 in round 3; in round 2
	// B had 7 and C 6, in round 1 B 5 and C 6. C goes.
	res = IRV(rankings(t, 5, group{9, "A"}, group{5, "B"}, group{6, "C"}, group{2, "DB"}, group{2, "EC"}, group{1, "EB"}), seed)
	if len(res.Rounds) < 3 || !slices.Equal(res.Rounds[2].Votes, []int64{9, 8, 8, 0, 0}) || res.Rounds[2].Excluded != 2 {
		t.Fatalf("rounds %+v", res.Rounds)
	}
	// A two-way tie at every round: the lot decides, the same way each time.
	tied := rankings(t, 3, group{1, "A"}, group{1, "B"}, group{1, "C"})
	first := IRV(tied, seed).Rounds[0].Excluded
	if first != Lot(seed, 3)[0] {
		t.Fatalf("excluded %d, the lot's first is %d", first, Lot(seed, 3)[0])
	}
}

func TestIRVNoBallots(t *testing.T) {
	r, _ := NewRankings(Question{Candidates: 3, Min: 0, Max: 3})
	r.Add([]uint64{0, 0, 0})
	r.Add([]uint64{1, 1, 0})
	res := IRV(r, seed)
	if res.Winner != -1 || res.Blank != 1 || res.Spoiled != 1 || res.Ballots != 0 {
		t.Fatalf("%+v", res)
	}
}
