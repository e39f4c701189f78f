package msm

import (
	"fmt"
	"math/bits"
	"testing"

	"github.com/evote-org/evote/crypto/internal/testrand"
	"github.com/evote-org/evote/internal/cputime"
	"github.com/gtank/ristretto255"
)

// Run with, for example:
//
//	go test -run='^$' -bench=MultiScalarMult -benchtime=2x ./crypto/msm
//	go test -run='^$' -bench=Width -benchtime=2x ./crypto/msm
//
// ns/term is the time of one multi-scalar multiplication divided by n;
// cpu-ns/term is the same in CPU time, steadier on a shared machine.

var benchSizes = []int{64, 256, 1024, 4096, 16384, 65536, 131072}

// benchInput is shared by all benchmarks: maxBench points, full scalars
// and 128-bit scalars.
var benchInput struct {
	points      []*ristretto255.Element
	full, short []*ristretto255.Scalar
}

const maxBench = 131072

// loadBench fills benchInput once. The points are P, P+Q, P+2Q, ...: cheap
// to make, and the algorithms do not care how the points are related.
func loadBench(b *testing.B) {
	if benchInput.points != nil {
		return
	}
	r := testrand.New("msm/bench")
	pq := randomPoints(b, r, 2)
	ps := make([]*ristretto255.Element, maxBench)
	ps[0] = pq[0]
	for i := 1; i < maxBench; i++ {
		ps[i] = ristretto255.NewElement().Add(ps[i-1], pq[1])
	}
	benchInput.points = ps
	benchInput.full = randomScalars(b, r, maxBench, 0)
	benchInput.short = randomScalars(b, r, maxBench, 16)
}

type msmFunc func([]*ristretto255.Scalar, []*ristretto255.Element) *ristretto255.Element

func BenchmarkMultiScalarMult(b *testing.B) {
	loadBench(b)
	algos := []struct {
		name string
		f    msmFunc
	}{{"straus", straus}, {"msm", MultiScalarMult}, {"parallel", ParallelMultiScalarMult}}
	for _, kind := range []string{"full", "128bit"} {
		scalars := benchInput.full
		if kind == "128bit" {
			scalars = benchInput.short
		}
		for _, n := range benchSizes {
			for _, a := range algos {
				b.Run(fmt.Sprintf("%s/n=%d/%s", kind, n, a.name), func(b *testing.B) {
					benchTerms(b, n, func() { a.f(scalars[:n], benchInput.points[:n]) })
				})
			}
		}
	}
}

// BenchmarkWidth measures the bucket method at the widths around log2(n)
// on full scalars; its fastest width per size is the widths table.
func BenchmarkWidth(b *testing.B) {
	loadBench(b)
	for n := 128; n <= maxBench; n *= 2 {
		lg := bits.Len(uint(n)) - 1
		for c := max(lg-5, 4); c <= min(lg-1, maxWidth); c++ {
			b.Run(fmt.Sprintf("n=%d/c=%d", n, c), func(b *testing.B) {
				benchTerms(b, n, func() { pippenger(benchInput.full[:n], benchInput.points[:n], uint(c)) })
			})
		}
	}
}

// benchTerms runs f and reports its time per term of an n-term input:
// ns/term on the wall clock and cpu-ns/term in process CPU time (all
// threads, so ParallelMultiScalarMult shows its total work there).
func benchTerms(b *testing.B, n int, f func()) {
	cpu := cputime.Now()
	for b.Loop() {
		f()
	}
	terms := float64(b.N * n)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/terms, "ns/term")
	if cpu != 0 {
		b.ReportMetric(float64(cputime.Now()-cpu)/terms, "cpu-ns/term")
	}
}
