// Package dlog finds small discrete logarithms in ristretto255: given
// M = m·G, G the base point, and a bound max, it returns m if m ≤ max. The
// tally needs it once per option, since exponential ElGamal (package
// elgamal) decrypts to the count in the exponent.
//
// It is the baby-step giant-step method of D. Shanks, "Class number, a
// theory of factorization, and genera", Proc. Symp. Pure Math. 20, AMS,
// 1971. A Table holds the encodings of the s baby steps j·G, 0 ≤ j < s,
// where s = ⌊√max⌋ + 1; Log subtracts s·G from M until it lands in the
// table, at most ⌊max/s⌋ + 1 times. An element encoding costs about twenty
// times an addition, so building a table and one lookup each cost about
// √max encodings (a few milliseconds for 1.5 million voters). The
// library's public API offers no batch encoding (which would share one
// inversion among many elements), so every step pays for its own.
//
// The search is bounded: a logarithm above max is reported as ErrNotFound
// after at most ⌊max/s⌋ + 1 steps, never searched for further.
//
// Not constant time: the running time of Log reveals m. Use it on public
// data only (a decrypted tally, which is published anyway).
package dlog

import (
	"errors"
	"math"

	"github.com/gtank/ristretto255"
)

// MaxBound is the largest bound a Table accepts: 2^40, far above any
// number of ballots. Its table has 2^20 baby steps (about 80 MB, some
// seconds to build).
const MaxBound = 1 << 40

// ErrNotFound is returned by Log when the logarithm is not in [0, max].
var ErrNotFound = errors.New("dlog: discrete logarithm not in [0, max]")

// Table is a precomputed baby-step table for one bound. It is immutable,
// so one Table serves any number of lookups, concurrently.
type Table struct {
	max   uint64
	steps uint64                // s, the number of baby steps
	giant *ristretto255.Element // -s·G
	baby  map[[32]byte]uint32   // encoding of j·G → j, for 0 ≤ j < s
}

// NewTable returns a table for logarithms in [0, bound]. It panics if
// bound exceeds MaxBound, which is a programming error.
func NewTable(bound uint64) *Table {
	if bound > MaxBound {
		panic("dlog: NewTable bound above MaxBound")
	}
	s := isqrt(bound) + 1
	t := &Table{max: bound, steps: s, baby: make(map[[32]byte]uint32, s)}
	g := ristretto255.NewGeneratorElement()
	p := ristretto255.NewIdentityElement()
	var key [32]byte
	for j := range s {
		p.Encode(key[:0])
		t.baby[key] = uint32(j)
		p.Add(p, g)
	}
	t.giant = p.Negate(p)
	return t
}

// Max returns the bound the table was made for.
func (t *Table) Max() uint64 { return t.max }

// Log returns m in [0, Max()] such that M = m·G, or ErrNotFound.
func (t *Table) Log(M *ristretto255.Element) (uint64, error) {
	q := ristretto255.NewElement().Set(M)
	var key [32]byte
	for base := uint64(0); base <= t.max; base += t.steps {
		q.Encode(key[:0])
		if j, ok := t.baby[key]; ok {
			// M = (base+j)·G with base+j below the group order, so
			// base+j is the logarithm, in range or not.
			if m := base + uint64(j); m <= t.max {
				return m, nil
			}
			return 0, ErrNotFound
		}
		q.Add(q, t.giant)
	}
	return 0, ErrNotFound
}

// isqrt returns ⌊√x⌋ for x ≤ MaxBound.
func isqrt(x uint64) uint64 {
	r := uint64(math.Sqrt(float64(x)))
	for r*r > x {
		r--
	}
	for (r+1)*(r+1) <= x {
		r++
	}
	return r
}
