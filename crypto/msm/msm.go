// Package msm computes multi-scalar multiplications Σ sᵢ·Pᵢ over
// ristretto255, the one big operation of batch proof verification
// (package batch).
//
// Below Crossover terms it uses the library's Straus method
// (ristretto255.Element.VarTimeMultiScalarMult). From Crossover on it uses
// the bucket method of N. Pippenger, "On the evaluation of powers and
// related problems", FOCS 1976, as described in D. J. Bernstein,
// J. Doumen, T. Lange, J.-J. Oosterwijk, "Faster batch forgery
// identification", INDOCRYPT 2012: with c-bit windows, each
// point is added into one of 2^c buckets per window and the buckets are
// combined by running sums. Digits are signed (Booth recoding, digits in
// [-2^(c-1), 2^(c-1)]), so a negative digit subtracts the point and only
// 2^(c-1) buckets are needed. Each scalar is recoded once; a window whose
// digits are all zero costs nothing but its doublings, so 128-bit scalars
// (the random weights of a batch) cost about half as much as full ones.
//
// Only the public API of github.com/gtank/ristretto255 is used.
//
// Not constant time: running time and memory access depend on the scalars
// and the points. Use it on public data only (proofs being verified),
// never on a secret.
package msm

import (
	"runtime"
	"sync"

	"github.com/gtank/ristretto255"
)

// Crossover is the number of terms from which MultiScalarMult switches from
// the library's Straus method to the bucket method. On the reference
// machine (2-core AMD EPYC, BenchmarkCrossover) Straus costs about 10.5 µs
// per full-size term at any small n; the bucket method at its best width
// drops below that between 160 and 192 terms (at 128-bit scalars already
// near 100 terms).
const Crossover = 192

// widths gives the bucket-method window width c for inputs of fewer than
// below terms, and maxWidth beyond. A window costs about n - u + 2^c
// additions (u the number of used buckets of the 2^(c-1), each first
// point a copy, two additions per bucket in the running sums), times about
// 253/c windows; the bounds are where that cost model makes c and c+1 tie.
// The model's choice was also the measured fastest (BenchmarkWidth, within
// noise) at every power of two from 256 to 131072 terms.
var widths = []struct {
	below int
	c     uint
}{
	{420, 7},
	{960, 8},
	{2300, 9},
	{3600, 10},
	{13000, 11},
	{23000, 12},
	{47000, 13},
	{80000, 14},
}

// widthFor returns the window width for n terms.
func widthFor(n int) uint {
	for _, w := range widths {
		if n < w.below {
			return w.c
		}
	}
	return maxWidth
}

var identity = ristretto255.NewIdentityElement()

// minChunk is the fewest terms worth a goroutine of their own.
const minChunk = 32

// MultiScalarMult returns Σ scalars[i]·points[i], the identity for empty
// inputs. Every entry must be non-nil; the inputs are not modified. It
// panics if the slices differ in length, which is a programming error.
func MultiScalarMult(scalars []*ristretto255.Scalar, points []*ristretto255.Element) *ristretto255.Element {
	if len(scalars) != len(points) {
		panic("msm: MultiScalarMult called with slices of different lengths")
	}
	if len(points) < Crossover {
		return ristretto255.NewIdentityElement().VarTimeMultiScalarMult(scalars, points)
	}
	return pippenger(scalars, points, widthFor(len(points)))
}

// ParallelMultiScalarMult is MultiScalarMult with the terms split into
// GOMAXPROCS contiguous chunks, each computed by its own goroutine; the
// partial sums are then added. The result is the same.
func ParallelMultiScalarMult(scalars []*ristretto255.Scalar, points []*ristretto255.Element) *ristretto255.Element {
	if len(scalars) != len(points) {
		panic("msm: ParallelMultiScalarMult called with slices of different lengths")
	}
	n := len(points)
	parts := min(runtime.GOMAXPROCS(0), n/minChunk)
	if parts <= 1 {
		return MultiScalarMult(scalars, points)
	}
	partial := make([]*ristretto255.Element, parts)
	var wg sync.WaitGroup
	for k := range parts {
		lo, hi := k*n/parts, (k+1)*n/parts
		wg.Go(func() { partial[k] = MultiScalarMult(scalars[lo:hi], points[lo:hi]) })
	}
	wg.Wait()
	sum := partial[0]
	for _, p := range partial[1:] {
		sum.Add(sum, p)
	}
	return sum
}
