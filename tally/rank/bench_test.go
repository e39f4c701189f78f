package rank

import (
	"math/rand/v2"
	"sync"
	"testing"
)

// benchVoters is the city of the benchmarks: 1.5 M ballots of 10
// candidates (go test -run X -bench . ./tally/rank; docs/performance.md).
const benchVoters, benchCandidates = 1_500_000, 10

var bench struct {
	once   sync.Once
	ranked *Rankings
	graded *Grades
}

// benchBallots fills bench once: every ballot ranks all 10 candidates
// (randomBallots' blocs), and the graded question reads each rank as a
// grade of 10.
func benchBallots(b *testing.B) (*Rankings, *Grades) {
	bench.once.Do(func() {
		q := Question{Candidates: benchCandidates, Min: 1, Max: benchCandidates}
		bench.ranked, _ = NewRankings(q)
		q.Grades = benchCandidates
		bench.graded, _ = NewGrades(q)
		rnd := rand.New(rand.NewPCG(9, 10))
		for left := benchVoters; left > 0; left -= 10_000 {
			for _, v := range randomBallots(rnd, benchCandidates, benchCandidates, min(left, 10_000)) {
				if bench.ranked.Add(v) != nil || bench.graded.Add(v) != nil {
					b.Fatal("bench ballot refused")
				}
			}
		}
	})
	return bench.ranked, bench.graded
}

func BenchmarkDecode(b *testing.B) {
	rnd := rand.New(rand.NewPCG(11, 12))
	ballots := randomBallots(rnd, benchCandidates, benchCandidates, 10_000)
	q := Question{Candidates: benchCandidates, Min: 1, Max: benchCandidates}
	for i := 0; b.Loop(); i++ {
		if _, err := DecodeRanking(q, ballots[i%len(ballots)]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkIRV1500k(b *testing.B) {
	r, _ := benchBallots(b)
	for b.Loop() {
		IRV(r, seed)
	}
}

func BenchmarkSTV1500k(b *testing.B) {
	r, _ := benchBallots(b)
	for b.Loop() {
		if _, err := STV(r, 3, seed); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSchulze1500k(b *testing.B) {
	r, _ := benchBallots(b)
	for b.Loop() {
		Schulze(r, seed)
	}
}

func BenchmarkMajorityJudgment1500k(b *testing.B) {
	_, g := benchBallots(b)
	for b.Loop() {
		MajorityJudgment(g, seed)
	}
}
