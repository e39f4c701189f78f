package msm

import "github.com/gtank/ristretto255"

// pippenger returns Σ scalars[i]·points[i] by the bucket method with
// c-bit signed windows, 2 ≤ c ≤ maxWidth. Windows are processed from the
// top; a window in which every digit is zero costs only its c doublings,
// and windows above the highest non-zero digit cost nothing.
func pippenger(scalars []*ristretto255.Scalar, points []*ristretto255.Element, c uint) *ristretto255.Element {
	d := newDigits(scalars, c)
	b := newBuckets(c)
	acc := ristretto255.NewIdentityElement()
	started := false
	for j := len(d.nonzero) - 1; j >= 0; j-- {
		if started {
			for range c {
				acc.Add(acc, acc)
			}
		}
		if d.nonzero[j] == 0 {
			continue
		}
		sum := b.windowSum(d.window(j), points)
		if started {
			acc.Add(acc, sum)
		} else {
			acc.Set(sum)
			started = true
		}
	}
	return acc
}

// buckets are the 2^(c-1) partial sums of one window: bucket k holds the
// points whose digit is ±(k+1), negated for a negative digit.
type buckets struct {
	e        []ristretto255.Element
	used     []bool // an unused bucket is the identity; e[k] is stale
	run, sum ristretto255.Element
}

func newBuckets(c uint) *buckets {
	n := 1 << (c - 1)
	return &buckets{e: make([]ristretto255.Element, n), used: make([]bool, n)}
}

// windowSum returns Σ dg[i]·points[i]. The result is owned by b and is
// overwritten by the next call.
func (b *buckets) windowSum(dg []int16, points []*ristretto255.Element) *ristretto255.Element {
	clear(b.used)
	for i, x := range dg {
		switch {
		case x > 0:
			b.add(int(x)-1, points[i])
		case x < 0:
			b.sub(int(-x)-1, points[i])
		}
	}
	return b.total()
}

// add adds p to bucket k; the first point of a bucket is copied, not added.
func (b *buckets) add(k int, p *ristretto255.Element) {
	if b.used[k] {
		b.e[k].Add(&b.e[k], p)
		return
	}
	b.e[k].Set(p)
	b.used[k] = true
}

// sub subtracts p from bucket k.
func (b *buckets) sub(k int, p *ristretto255.Element) {
	if b.used[k] {
		b.e[k].Subtract(&b.e[k], p)
		return
	}
	b.e[k].Negate(p)
	b.used[k] = true
}

// total returns Σₖ (k+1)·e[k] with two additions per bucket below the top
// used one: a running sum of the buckets from the top down, itself summed.
func (b *buckets) total() *ristretto255.Element {
	top := len(b.e) - 1
	for top >= 0 && !b.used[top] {
		top--
	}
	if top < 0 {
		return b.sum.Set(identity)
	}
	b.run.Set(&b.e[top])
	b.sum.Set(&b.run)
	for k := top - 1; k >= 0; k-- {
		if b.used[k] {
			b.run.Add(&b.run, &b.e[k])
		}
		b.sum.Add(&b.sum, &b.run)
	}
	return &b.sum
}
