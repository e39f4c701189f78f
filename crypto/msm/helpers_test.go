package msm

import (
	"io"
	"testing"

	"github.com/gtank/ristretto255"
)

// randomPoints returns n independent uniform points read from r.
func randomPoints(t testing.TB, r io.Reader, n int) []*ristretto255.Element {
	t.Helper()
	buf := make([]byte, 64)
	ps := make([]*ristretto255.Element, n)
	for i := range ps {
		mustRead(t, r, buf)
		ps[i] = ristretto255.NewElement().FromUniformBytes(buf)
	}
	return ps
}

// randomScalars returns n scalars. With size 0 they are uniform modulo the
// group order; otherwise uniform below 2^(8·size).
func randomScalars(t testing.TB, r io.Reader, n, size int) []*ristretto255.Scalar {
	t.Helper()
	ss := make([]*ristretto255.Scalar, n)
	for i := range ss {
		ss[i] = randomScalar(t, r, size)
	}
	return ss
}

func randomScalar(t testing.TB, r io.Reader, size int) *ristretto255.Scalar {
	t.Helper()
	if size == 0 {
		buf := make([]byte, 64)
		mustRead(t, r, buf)
		return ristretto255.NewScalar().FromUniformBytes(buf)
	}
	buf := make([]byte, 32)
	mustRead(t, r, buf[:size])
	s, err := ristretto255.NewScalar().SetCanonicalBytes(buf)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func mustRead(t testing.TB, r io.Reader, buf []byte) {
	t.Helper()
	if _, err := io.ReadFull(r, buf); err != nil {
		t.Fatal(err)
	}
}

// naive returns Σ scalars[i]·points[i] one constant-time product at a time.
func naive(scalars []*ristretto255.Scalar, points []*ristretto255.Element) *ristretto255.Element {
	sum := ristretto255.NewIdentityElement()
	p := ristretto255.NewElement()
	for i := range points {
		sum.Add(sum, p.ScalarMult(scalars[i], points[i]))
	}
	return sum
}

// straus is the library's variable-time multi-scalar multiplication.
func straus(scalars []*ristretto255.Scalar, points []*ristretto255.Element) *ristretto255.Element {
	return ristretto255.NewIdentityElement().VarTimeMultiScalarMult(scalars, points)
}
