// Package batch checks many group equations at once. Each proof of the
// protocol reduces to equations of the form Σ sᵢ·Pᵢ = 0; instead of checking
// each with its own multi-scalar multiplication, the verifier multiplies
// equation j by a fresh random 128-bit weight wⱼ and checks the single sum
// Σⱼ wⱼ·(Σ sᵢ·Pᵢ) = 0 with one multi-scalar multiplication. If any equation
// is false, the sum is zero with probability at most 2⁻¹²⁸ over the weights
// (Bellare, Garay, Rabin, "Fast batch verification for modular
// exponentiation and digital signatures", EUROCRYPT 1998, small exponents
// test). Points shared by many equations (the base point G and the election
// key) are merged into one term each, which is most of the saving.
//
// A failed batch says only that something is wrong; callers then check
// their items one by one to name the bad ones.
//
// Weights come from the io.Reader given to New (crypto/rand outside
// tests); they must be unpredictable to whoever made the proofs.
//
// Not constant time: everything here is public data.
package batch

import (
	"bufio"
	"errors"
	"fmt"
	"io"

	"github.com/evote-org/evote/crypto/msm"
	"github.com/gtank/ristretto255"
)

// ErrFailed is returned by Check when the combined equation does not hold.
var ErrFailed = errors.New("batch: verification failed")

// Verifier accumulates weighted equations. It is not safe for concurrent
// use; run one per goroutine.
type Verifier struct {
	rand    *bufio.Reader
	err     error
	g       *ristretto255.Scalar                           // coefficient of the base point
	shared  map[*ristretto255.Element]*ristretto255.Scalar // merged by pointer
	points  []*ristretto255.Element
	scalars []*ristretto255.Scalar
}

// New returns an empty verifier drawing weights from rand.
func New(rand io.Reader) *Verifier {
	return &Verifier{
		rand:   bufio.NewReaderSize(rand, 4096),
		g:      ristretto255.NewScalar(),
		shared: make(map[*ristretto255.Element]*ristretto255.Scalar),
	}
}

// Weight returns a fresh random 128-bit weight for one equation. The caller
// multiplies every coefficient of that equation by it.
func (v *Verifier) Weight() *ristretto255.Scalar {
	var b [32]byte
	if _, err := io.ReadFull(v.rand, b[:16]); err != nil && v.err == nil {
		v.err = fmt.Errorf("batch: reading randomness: %w", err)
	}
	w, _ := ristretto255.NewScalar().SetCanonicalBytes(b[:])
	return w
}

// AddBase adds s·G.
func (v *Verifier) AddBase(s *ristretto255.Scalar) {
	v.g.Add(v.g, s)
}

// AddShared adds s·P where P is a point many equations use (such as the
// election key): terms with the same *Element pointer are merged.
func (v *Verifier) AddShared(s *ristretto255.Scalar, p *ristretto255.Element) {
	if acc, ok := v.shared[p]; ok {
		acc.Add(acc, s)
		return
	}
	v.shared[p] = ristretto255.NewScalar().Set(s)
}

// Add adds s·P as a term of its own. s is retained; do not modify it after.
func (v *Verifier) Add(s *ristretto255.Scalar, p *ristretto255.Element) {
	v.scalars = append(v.scalars, s)
	v.points = append(v.points, p)
}

// Len is the number of terms accumulated, the size of the final
// multi-scalar multiplication.
func (v *Verifier) Len() int { return len(v.points) + len(v.shared) + 1 }

// Check reports whether every accumulated equation holds (except with
// probability 2⁻¹²⁸).
func (v *Verifier) Check() error {
	if v.err != nil {
		return v.err
	}
	n := v.Len()
	scalars := make([]*ristretto255.Scalar, 0, n)
	points := make([]*ristretto255.Element, 0, n)
	scalars = append(scalars, v.scalars...)
	points = append(points, v.points...)
	for p, s := range v.shared {
		scalars, points = append(scalars, s), append(points, p)
	}
	scalars = append(scalars, v.g)
	points = append(points, ristretto255.NewGeneratorElement())
	sum := msm.MultiScalarMult(scalars, points)
	if sum.Equal(ristretto255.NewIdentityElement()) != 1 {
		return ErrFailed
	}
	return nil
}
