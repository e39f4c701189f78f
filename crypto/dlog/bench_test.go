package dlog

import (
	"math/rand/v2"
	"testing"

	"github.com/gtank/ristretto255"
)

// Run with:
//
//	go test -run='^$' -bench=. ./crypto/dlog

// voters is the bound of the benchmarks: the number of voters in the city.
const voters = 1_500_000

// randomCounts returns k elements m·G for uniform m in [0, voters].
func randomCounts(k int) []*ristretto255.Element {
	rng := rand.New(rand.NewPCG(3, 4))
	ms := make([]*ristretto255.Element, k)
	for i := range ms {
		ms[i] = exp(rng.Uint64N(voters + 1))
	}
	return ms
}

func BenchmarkNewTable(b *testing.B) {
	for b.Loop() {
		NewTable(voters)
	}
}

// BenchmarkLog is one lookup of a uniform m ≤ 1.5 M (on average half the
// giant steps).
func BenchmarkLog(b *testing.B) {
	t, ms := NewTable(voters), randomCounts(64)
	i := 0
	for b.Loop() {
		if _, err := t.Log(ms[i%len(ms)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkLogWorst is the slowest lookup: a value above the bound.
func BenchmarkLogWorst(b *testing.B) {
	t, M := NewTable(voters), exp(voters+1)
	for b.Loop() {
		if _, err := t.Log(M); err == nil {
			b.Fatal("found a value above the bound")
		}
	}
}

// BenchmarkNewTableAndLog is one question with one option to count.
func BenchmarkNewTableAndLog(b *testing.B) {
	M := randomCounts(1)[0]
	for b.Loop() {
		if _, err := NewTable(voters).Log(M); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTally5 counts five options with one table.
func BenchmarkTally5(b *testing.B) {
	ms := randomCounts(5)
	for b.Loop() {
		t := NewTable(voters)
		for _, M := range ms {
			if _, err := t.Log(M); err != nil {
				b.Fatal(err)
			}
		}
	}
}
