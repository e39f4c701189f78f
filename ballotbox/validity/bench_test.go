package validity_test

import (
	"runtime"
	"testing"

	"github.com/evote-org/evote/ballotbox/validity"
	"github.com/evote-org/evote/crypto/ballot"
)

// BenchmarkCheck runs the whole predicate (window, pseudonym signature,
// token, decoding and batched proofs, duplicates) over 2,048 casts of a
// 5-option ballot, on all cores, and reports the cost per cast.
//
//	go test ./ballotbox/validity -run '^$' -bench Check -benchtime 3x
func BenchmarkCheck(b *testing.B) {
	f := newFixture(b)
	f.params.Election.Questions = []ballot.Question{{Options: 5, Min: 0, Max: 1}}
	casts := make([]validity.Cast, 2048)
	for i := range casts {
		casts[i], _ = f.vote(i%5, 50)
	}
	for b.Loop() {
		for i, v := range validity.Check(f.params, casts) {
			if v.Reason != validity.Counted {
				b.Fatalf("cast %d: %v", i, v.Reason)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(casts)), "ns/cast")
	b.ReportMetric(float64(runtime.GOMAXPROCS(0)), "cores")
}
