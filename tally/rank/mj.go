package rank

import (
	"slices"
	"sort"
)

// MJResult is a majority-judgment count.
type MJResult struct {
	Ballots uint64 // valid non-blank ballots counted
	Blank   uint64
	Spoiled uint64
	Counts  [][]uint64 // Counts[c][g−1]: ballots that gave candidate c grade g (ungraded: the worst)
	Median  []int      // per candidate, its majority grade (1 best); 0 if no ballot was counted
	Order   []int      // every candidate, winner first
	Tied    []bool     // Tied[i]: Order[i] and Order[i+1] have the same grades and are ordered by lot
	Winner  int        // Order[0]; -1 if no ballot was counted
}

// MajorityJudgment counts g by majority judgment (Balinski and Laraki,
// "Majority Judgment: Measuring, Ranking, and Electing", MIT Press,
// 2011), as docs/protocol.md, section 16.6, writes it: a candidate's
// majority grade is the lower middlemost of its grades (the worse of the
// two middle ones for an even number); candidates are ordered by their
// majority values, the sequences of majority grades obtained by taking
// away one majority grade at a time, compared best first; candidates
// whose grades are all the same are ordered by the lot of seed.
func MajorityJudgment(g *Grades, seed []byte) *MJResult {
	n := g.q.Candidates
	res := &MJResult{Ballots: g.ballots, Blank: g.Blank, Spoiled: g.Spoiled, Counts: make([][]uint64, n),
		Median: make([]int, n), Winner: -1}
	for c := range n {
		res.Counts[c] = slices.Clone(g.counts[c])
		if g.ballots > 0 {
			res.Median[c] = gradeAt(g.counts[c], lowerMiddle(g.ballots))
		}
	}
	lot := Lot(seed, n)
	res.Order = slices.Clone(lot)
	slices.Reverse(res.Order) // among equals, the last in the lot order first
	sort.SliceStable(res.Order, func(i, j int) bool { return compareMJ(g.counts[res.Order[i]], g.counts[res.Order[j]]) > 0 })
	for i := 1; i < n; i++ {
		res.Tied = append(res.Tied, slices.Equal(g.counts[res.Order[i-1]], g.counts[res.Order[i]]))
	}
	if g.ballots > 0 {
		res.Winner = res.Order[0]
	}
	return res
}

// lowerMiddle is the position of the lower middlemost of m grades sorted
// worst first, counted from 1: the ceil(m/2)-th worst.
func lowerMiddle(m uint64) uint64 { return (m + 1) / 2 }

// gradeAt is the grade (1 best) at position pos (from 1) when the grades
// counted in counts (counts[g−1] of grade g) are sorted worst first.
func gradeAt(counts []uint64, pos uint64) int {
	for g := len(counts); g >= 1; g-- {
		if pos <= counts[g-1] {
			return g
		}
		pos -= counts[g-1]
	}
	panic("rank: position beyond the grades")
}

// compareMJ compares the majority values of two candidates with the same
// number m of grades: > 0 if a's is better. Taking away majority grades
// one at a time visits the positions (sorted worst first) from the
// middle outwards: for odd m = 2k+1, k+1, k, k+2, k−1, …; for even
// m = 2k, k, k+1, k−1, k+2, …. The first position at which the two
// grades differ decides.
func compareMJ(a, b []uint64) int {
	var m uint64
	for _, n := range a {
		m += n
	}
	if m == 0 || slices.Equal(a, b) {
		return 0
	}
	mid := lowerMiddle(m)
	for d := uint64(0); d < m; d++ {
		// The d-th position visited: mid, then alternately below and above.
		var pos uint64
		switch {
		case d == 0:
			pos = mid
		case (m%2 == 1) == (d%2 == 1):
			pos = mid - (d+1)/2
		default:
			pos = mid + (d+1)/2
		}
		if ga, gb := gradeAt(a, pos), gradeAt(b, pos); ga != gb {
			return gb - ga // grade 1 is the best
		}
	}
	return 0
}
