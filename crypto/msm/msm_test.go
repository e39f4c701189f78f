package msm

import (
	"fmt"
	"io"
	"runtime"
	"testing"

	"github.com/evote-org/evote/crypto/internal/testrand"
	"github.com/gtank/ristretto255"
)

// input builds n terms from r.
type input func(t testing.TB, r io.Reader, n int) ([]*ristretto255.Scalar, []*ristretto255.Element)

var inputs = []struct {
	name string
	make input
}{
	{"full", func(t testing.TB, r io.Reader, n int) ([]*ristretto255.Scalar, []*ristretto255.Element) {
		return randomScalars(t, r, n, 0), randomPoints(t, r, n)
	}},
	{"128bit", func(t testing.TB, r io.Reader, n int) ([]*ristretto255.Scalar, []*ristretto255.Element) {
		return randomScalars(t, r, n, 16), randomPoints(t, r, n)
	}},
	{"zero", func(t testing.TB, r io.Reader, n int) ([]*ristretto255.Scalar, []*ristretto255.Element) {
		return repeatScalar(ristretto255.NewScalar(), n), randomPoints(t, r, n)
	}},
	{"minus-one", func(t testing.TB, r io.Reader, n int) ([]*ristretto255.Scalar, []*ristretto255.Element) {
		return repeatScalar(minusOne(), n), randomPoints(t, r, n)
	}},
	{"identity-points", func(t testing.TB, r io.Reader, n int) ([]*ristretto255.Scalar, []*ristretto255.Element) {
		ps := make([]*ristretto255.Element, n)
		for i := range ps {
			ps[i] = ristretto255.NewIdentityElement()
		}
		return randomScalars(t, r, n, 0), ps
	}},
	{"repeated-point", func(t testing.TB, r io.Reader, n int) ([]*ristretto255.Scalar, []*ristretto255.Element) {
		p := randomPoints(t, r, 1)[0]
		ps := make([]*ristretto255.Element, n)
		for i := range ps {
			ps[i] = p
		}
		return randomScalars(t, r, n, 0), ps
	}},
	{"mixed", mixed},
}

// mixed cycles through full, 128-bit, zero and order-1 scalars, with a
// few identity points and points repeated by pointer and by value.
func mixed(t testing.TB, r io.Reader, n int) ([]*ristretto255.Scalar, []*ristretto255.Element) {
	ss, ps := randomScalars(t, r, n, 0), randomPoints(t, r, n)
	for i := range n {
		switch i % 7 {
		case 1:
			ss[i] = randomScalar(t, r, 16)
		case 2:
			ss[i] = ristretto255.NewScalar()
		case 3:
			ss[i] = minusOne()
		case 4:
			ps[i] = ristretto255.NewIdentityElement()
		case 5:
			ps[i] = ps[i-5]
		case 6:
			ps[i] = ristretto255.NewElement().Set(ps[i-6])
		}
	}
	return ss, ps
}

func repeatScalar(s *ristretto255.Scalar, n int) []*ristretto255.Scalar {
	ss := make([]*ristretto255.Scalar, n)
	for i := range ss {
		ss[i] = s
	}
	return ss
}

var sizes = []int{0, 1, 2, 3, 63, 64, 65, Crossover - 1, Crossover, Crossover + 1, 1000, 5000}

func TestMultiScalarMult(t *testing.T) {
	for _, n := range sizes {
		for _, in := range inputs {
			t.Run(fmt.Sprintf("n=%d/%s", n, in.name), func(t *testing.T) {
				r := testrand.New(fmt.Sprintf("msm/%d/%s", n, in.name))
				if testing.Short() && n > 1000 {
					t.Skip("slow naive reference")
				}
				ss, ps := in.make(t, r, n)
				want := naive(ss, ps)
				if got := straus(ss, ps); got.Equal(want) != 1 {
					t.Fatal("library Straus disagrees with the naive sum")
				}
				if got := MultiScalarMult(ss, ps); got.Equal(want) != 1 {
					t.Error("MultiScalarMult is wrong")
				}
				if got := ParallelMultiScalarMult(ss, ps); got.Equal(want) != 1 {
					t.Error("ParallelMultiScalarMult is wrong")
				}
			})
		}
	}
}

// TestParallelChunks splits the terms into uneven chunks, some served by
// Straus and some by the bucket method.
func TestParallelChunks(t *testing.T) {
	r := testrand.New("msm/parallel")
	ss, ps := mixed(t, r, 1000)
	want := straus(ss, ps)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, procs := range []int{1, 3, 7, 64} {
		t.Run(fmt.Sprintf("procs=%d", procs), func(t *testing.T) {
			runtime.GOMAXPROCS(procs)
			if ParallelMultiScalarMult(ss, ps).Equal(want) != 1 {
				t.Error("wrong sum")
			}
		})
	}
}

// TestPippengerWidths runs the bucket method at every width, including
// widths and sizes the width table never pairs.
func TestPippengerWidths(t *testing.T) {
	for c := uint(2); c <= maxWidth; c++ {
		for _, n := range []int{1, 2, 3, 40, 300} {
			t.Run(fmt.Sprintf("c=%d/n=%d", c, n), func(t *testing.T) {
				r := testrand.New(fmt.Sprintf("msm/width/%d/%d", c, n))
				ss, ps := mixed(t, r, n)
				if got, want := pippenger(ss, ps, c), straus(ss, ps); got.Equal(want) != 1 {
					t.Error("pippenger disagrees with Straus")
				}
			})
		}
	}
}

// TestCancel checks a sum that is the identity although no term is.
func TestCancel(t *testing.T) {
	r := testrand.New("msm/cancel")
	n := 2 * Crossover
	ss, ps := randomScalars(t, r, n/2, 0), randomPoints(t, r, n/2)
	for i := range n / 2 {
		ss = append(ss, ristretto255.NewScalar().Negate(ss[i]))
		ps = append(ps, ps[i])
	}
	if MultiScalarMult(ss, ps).Equal(identity) != 1 {
		t.Error("s·P + (-s)·P is not the identity")
	}
}

func TestWidthTable(t *testing.T) {
	prev := widths[0]
	for _, w := range widths[1:] {
		if w.below <= prev.below || w.c < prev.c || w.c > maxWidth {
			t.Errorf("widths not increasing or too wide at %+v", w)
		}
		prev = w
	}
	if widths[0].below <= Crossover || widths[0].c < 2 {
		t.Errorf("first width %+v does not cover Crossover = %d", widths[0], Crossover)
	}
}

func TestLengthMismatchPanics(t *testing.T) {
	for name, f := range map[string]func([]*ristretto255.Scalar, []*ristretto255.Element) *ristretto255.Element{
		"MultiScalarMult":         MultiScalarMult,
		"ParallelMultiScalarMult": ParallelMultiScalarMult,
	} {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Error("no panic")
				}
			}()
			f(make([]*ristretto255.Scalar, 2), make([]*ristretto255.Element, 1))
		})
	}
}
