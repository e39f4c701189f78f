package proof

import (
	"fmt"
	"io"

	"github.com/evote-org/evote/crypto/batch"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/gtank/ristretto255"
)

// DLEQSize is the encoded size of a DLEQ proof: a, b, z.
const DLEQSize = 2*group.ElementSize + group.ScalarSize

// DLEQ proves log_G(Y) = log_H(D) with commitments a = wG, b = wH and
// response z = w + c·s, so that zG = a + cY and zH = b + cD.
type DLEQ struct {
	A, B *ristretto255.Element
	Z    *ristretto255.Scalar
}

func dleqChallenge(t *transcript.Transcript, y, h, d, a, b *ristretto255.Element) *ristretto255.Scalar {
	t.AppendElement("Y", y)
	t.AppendElement("H", h)
	t.AppendElement("D", d)
	t.AppendElement("a", a)
	t.AppendElement("b", b)
	return t.Challenge()
}

// ProveDLEQ proves that D = sH for the s with Y = sG. t must already hold
// the election context and the proof's place. Constant time in s.
func ProveDLEQ(t *transcript.Transcript, s *ristretto255.Scalar, y, h, d *ristretto255.Element, rand io.Reader) (*DLEQ, error) {
	w, err := group.RandomScalar(rand)
	if err != nil {
		return nil, err
	}
	a := ristretto255.NewElement().ScalarBaseMult(w)
	b := ristretto255.NewElement().ScalarMult(w, h)
	c := dleqChallenge(t, y, h, d, a, b)
	z := w.Add(w, mul(c, s))
	return &DLEQ{A: a, B: b, Z: z}, nil
}

// Verify adds the proof's two equations to bv; the caller runs bv.Check.
// Y and H are added as shared points, so proofs that reuse them (one
// trustee's share over many options) merge their terms.
func (p *DLEQ) Verify(t *transcript.Transcript, y, h, d *ristretto255.Element, bv *batch.Verifier) {
	c := dleqChallenge(t, y, h, d, p.A, p.B)
	// u(a + cY − zG) + w(b + cD − zH) = 0
	u, w := bv.Weight(), bv.Weight()
	bv.Add(u, p.A)
	bv.Add(w, p.B)
	bv.AddShared(mul(u, c), y)
	bv.Add(mul(w, c), d)
	bv.AddBase(neg(mul(u, p.Z)))
	bv.AddShared(neg(mul(w, p.Z)), h)
}

// Bytes encodes the proof as a || b || z.
func (p *DLEQ) Bytes() []byte {
	return group.AppendScalars(group.AppendElements(make([]byte, 0, DLEQSize), p.A, p.B), p.Z)
}

// ParseDLEQ decodes a DLEQ proof.
func ParseDLEQ(b []byte) (*DLEQ, error) {
	if len(b) != DLEQSize {
		return nil, fmt.Errorf("%w: DLEQ proof is %d bytes, want %d", ErrDecode, len(b), DLEQSize)
	}
	es, err := decodeElements(b, 2)
	if err != nil {
		return nil, err
	}
	z, err := decodeScalars(b[2*group.ElementSize:], 1)
	if err != nil {
		return nil, err
	}
	return &DLEQ{A: es[0], B: es[1], Z: z[0]}, nil
}
