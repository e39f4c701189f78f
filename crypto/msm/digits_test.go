package msm

import (
	"math/big"
	"slices"
	"testing"

	"github.com/evote-org/evote/crypto/internal/testrand"
	"github.com/gtank/ristretto255"
)

// TestRecode checks that the digits of every width sum back to the scalar
// and stay within [-2^(c-1), 2^(c-1)].
func TestRecode(t *testing.T) {
	r := testrand.New("msm/recode")
	scalars := append(randomScalars(t, r, 20, 0), randomScalars(t, r, 20, 16)...)
	scalars = append(scalars, ristretto255.NewScalar(), minusOne(), allOnesBelow(253))
	for c := uint(2); c <= maxWidth; c++ {
		d := newDigits(scalars, c)
		for i, s := range scalars {
			if got, want := d.value(i), leInt(s.Bytes()); got.Cmp(want) != 0 {
				t.Fatalf("c=%d scalar %d: digits give %v, want %v", c, i, got, want)
			}
		}
		half := int16(1) << (c - 1)
		if slices.ContainsFunc(d.d, func(x int16) bool { return x > half || x < -half }) {
			t.Fatalf("c=%d: digit out of range", c)
		}
	}
}

// TestRecodeShort checks that a 128-bit scalar leaves the high windows
// empty, which is what makes short scalars cheap.
func TestRecodeShort(t *testing.T) {
	r := testrand.New("msm/recode-short")
	d := newDigits(randomScalars(t, r, 50, 16), 8)
	for j, nz := range d.nonzero {
		if j > 128/8 && nz != 0 {
			t.Fatalf("window %d has %d non-zero digits", j, nz)
		}
	}
}

// value returns Σⱼ digit j of scalar i · 2^(c·j).
func (d *digits) value(i int) *big.Int {
	v := new(big.Int)
	for j := len(d.nonzero) - 1; j >= 0; j-- {
		v.Lsh(v, d.c)
		v.Add(v, big.NewInt(int64(d.d[j*d.n+i])))
	}
	return v
}

func leInt(b []byte) *big.Int {
	be := slices.Clone(b)
	slices.Reverse(be)
	return new(big.Int).SetBytes(be)
}

func minusOne() *ristretto255.Scalar {
	one := make([]byte, 32)
	one[0] = 1
	s, _ := ristretto255.NewScalar().SetCanonicalBytes(one)
	return s.Negate(s)
}

// allOnesBelow returns 2^bits - 1 reduced modulo the group order.
func allOnesBelow(bits int) *ristretto255.Scalar {
	b := make([]byte, 64)
	for i := range bits {
		b[i/8] |= 1 << (i % 8)
	}
	return ristretto255.NewScalar().FromUniformBytes(b)
}
