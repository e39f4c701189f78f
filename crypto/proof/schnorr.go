package proof

import (
	"fmt"
	"io"

	"github.com/evote-org/evote/crypto/batch"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/gtank/ristretto255"
)

// SchnorrSize is the encoded size of a Schnorr proof: a, z.
const SchnorrSize = group.ElementSize + group.ScalarSize

// Schnorr proves knowledge of x with X = xG: commitment a = wG, response
// z = w + c·x, so that zG = a + cX.
type Schnorr struct {
	A *ristretto255.Element
	Z *ristretto255.Scalar
}

func schnorrChallenge(t *transcript.Transcript, x, a *ristretto255.Element) *ristretto255.Scalar {
	t.AppendElement("X", x)
	t.AppendElement("a", a)
	return t.Challenge()
}

// ProveSchnorr proves knowledge of x for X = xG. t must already hold the
// election context and the prover's identity (a proof of possession is
// bound to who posts it). Constant time in x.
func ProveSchnorr(t *transcript.Transcript, x *ristretto255.Scalar, X *ristretto255.Element, rand io.Reader) (*Schnorr, error) {
	w, err := group.RandomScalar(rand)
	if err != nil {
		return nil, err
	}
	a := ristretto255.NewElement().ScalarBaseMult(w)
	c := schnorrChallenge(t, X, a)
	return &Schnorr{A: a, Z: w.Add(w, mul(c, x))}, nil
}

// Verify adds the proof's equation to bv; the caller runs bv.Check.
func (p *Schnorr) Verify(t *transcript.Transcript, X *ristretto255.Element, bv *batch.Verifier) {
	c := schnorrChallenge(t, X, p.A)
	u := bv.Weight()
	bv.Add(u, p.A)
	bv.Add(mul(u, c), X)
	bv.AddBase(neg(mul(u, p.Z)))
}

// Bytes encodes the proof as a || z.
func (p *Schnorr) Bytes() []byte {
	return p.Z.Encode(p.A.Encode(make([]byte, 0, SchnorrSize)))
}

// ParseSchnorr decodes a Schnorr proof.
func ParseSchnorr(b []byte) (*Schnorr, error) {
	if len(b) != SchnorrSize {
		return nil, fmt.Errorf("%w: Schnorr proof is %d bytes, want %d", ErrDecode, len(b), SchnorrSize)
	}
	a, err := decodeElements(b, 1)
	if err != nil {
		return nil, err
	}
	z, err := decodeScalars(b[group.ElementSize:], 1)
	if err != nil {
		return nil, err
	}
	return &Schnorr{A: a[0], Z: z[0]}, nil
}
