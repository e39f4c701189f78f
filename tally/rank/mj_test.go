package rank

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestMajorityGrade: the majority grade is the lower middlemost grade
// (Balinski–Laraki): of grades 1, 2, 3, 4 (best first) it is 3, the
// worse of the middle two; of 1, 2, 3, it is 2.
func TestMajorityGrade(t *testing.T) {
	gr, _ := NewGrades(Question{Candidates: 2, Min: 0, Max: 2, Grades: 5})
	for _, v := range [][]uint64{{1, 1}, {2, 2}, {3, 3}, {4, 0}} {
		gr.Add(v)
	}
	res := MajorityJudgment(gr, seed)
	// Candidate 1's fourth grade is "not graded", the worst (5).
	if !slices.Equal(res.Median, []int{3, 3}) || !slices.Equal(res.Counts[1], []uint64{1, 1, 1, 0, 1}) {
		t.Fatalf("medians %v counts %v", res.Median, res.Counts)
	}
	// Both have majority grade 3; taking it away leaves 1, 2, 4 and 1, 2,
	// 5, whose majority grades are both 2; then 1, 4 and 1, 5: 4 beats 5.
	if letters(res.Order) != "AB" || res.Tied[0] {
		t.Fatalf("order %s", letters(res.Order))
	}
}

// TestMajorityValue: the tie-break compares majority values from the
// middle outwards, not averages: A's grades 2, 2, 2 beat B's 1, 2, 3
// (both majority grades 2; taking them away, the next majority grade,
// the lower middlemost of two, is A's 2 against B's 3), though B's best
// grade is better.
func TestMajorityValue(t *testing.T) {
	gr, _ := NewGrades(Question{Candidates: 2, Min: 2, Max: 2, Grades: 3})
	for _, v := range [][]uint64{{2, 1}, {2, 2}, {2, 3}} {
		gr.Add(v)
	}
	res := MajorityJudgment(gr, seed)
	if letters(res.Order) != "AB" || !slices.Equal(res.Median, []int{2, 2}) {
		t.Fatalf("order %s medians %v", letters(res.Order), res.Median)
	}
	// Even: A 1, 1, 3, 3 against B 2, 2, 2, 2: majority grades 3 and 2.
	gr, _ = NewGrades(Question{Candidates: 2, Min: 2, Max: 2, Grades: 3})
	for _, v := range [][]uint64{{1, 2}, {1, 2}, {3, 2}, {3, 2}} {
		gr.Add(v)
	}
	if res = MajorityJudgment(gr, seed); letters(res.Order) != "BA" || !slices.Equal(res.Median, []int{3, 2}) {
		t.Fatalf("order %s medians %v", letters(res.Order), res.Median)
	}
}

// TestMajorityJudgmentTies: candidates with the same grades are ordered
// by the lot, the last in the lot order first.
func TestMajorityJudgmentTies(t *testing.T) {
	gr, _ := NewGrades(Question{Candidates: 3, Min: 3, Max: 3, Grades: 4})
	gr.Add([]uint64{2, 2, 2})
	res := MajorityJudgment(gr, seed)
	lot := Lot(seed, 3)
	if res.Order[0] != lot[2] || res.Order[2] != lot[0] || !res.Tied[0] || !res.Tied[1] {
		t.Fatalf("order %v tied %v, lot %v", res.Order, res.Tied, lot)
	}
}

func TestMajorityJudgmentNoBallots(t *testing.T) {
	gr, _ := NewGrades(Question{Candidates: 2, Min: 0, Max: 2, Grades: 3})
	gr.Add([]uint64{0, 0})
	gr.Add([]uint64{4, 0})
	if res := MajorityJudgment(gr, seed); res.Winner != -1 || res.Blank != 1 || res.Spoiled != 1 {
		t.Fatalf("%+v", res)
	}
}

// majorityValue is the definition, step by step: the grades sorted worst
// first, take away the lower middlemost one at a time.
func majorityValue(counts []uint64) []int {
	var sorted []int // worst first
	for g := len(counts); g >= 1; g-- {
		for range counts[g-1] {
			sorted = append(sorted, g)
		}
	}
	var out []int
	for len(sorted) > 0 {
		i := (len(sorted)+1)/2 - 1
		out = append(out, sorted[i])
		sorted = slices.Delete(sorted, i, i+1)
	}
	return out
}

// TestCompareMJAgainstDefinition: compareMJ, which jumps to the positions
// the definition visits, orders every pair of small histograms as the
// literal definition does.
func TestCompareMJAgainstDefinition(t *testing.T) {
	rnd := rand.New(rand.NewPCG(13, 14))
	for range 3000 {
		g, m := 2+rnd.IntN(5), 1+rnd.IntN(12)
		a, b := make([]uint64, g), make([]uint64, g)
		for range m {
			a[rnd.IntN(g)]++
			b[rnd.IntN(g)]++
		}
		va, vb := majorityValue(a), majorityValue(b)
		// A better (smaller) grade first is a better value.
		want := -slices.Compare(va, vb)
		if got := compareMJ(a, b); (got > 0) != (want > 0) || (got < 0) != (want < 0) {
			t.Fatalf("%v %v: compareMJ %d, by definition %v against %v", a, b, got, va, vb)
		}
	}
}
