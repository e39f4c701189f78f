package trustee

import (
	"io"

	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/crypto/proof"
	"github.com/gtank/ristretto255"
)

// polynomial holds the coefficients a_0 .. a_{t−1} of f.
type polynomial []*ristretto255.Scalar

func randomPolynomial(t int, rand io.Reader) (polynomial, error) {
	p := make(polynomial, t)
	for k := range p {
		a, err := group.RandomScalar(rand)
		if err != nil {
			return nil, err
		}
		p[k] = a
	}
	return p, nil
}

// eval returns f(x) by Horner's rule; constant time in the coefficients.
func (p polynomial) eval(x int) *ristretto255.Scalar {
	xs := group.Uint64(uint64(x))
	acc := ristretto255.NewScalar().Set(p[len(p)-1])
	for k := len(p) - 2; k >= 0; k-- {
		acc.Multiply(acc, xs)
		acc.Add(acc, p[k])
	}
	return acc
}

// commitments returns the Feldman commitments a_k·G.
func (p polynomial) commitments() []*ristretto255.Element {
	cs := make([]*ristretto255.Element, len(p))
	for k, a := range p {
		cs[k] = ristretto255.NewElement().ScalarBaseMult(a)
	}
	return cs
}

// Deal makes this trustee's dealing: a random polynomial of degree T−1,
// its commitments, each trustee's share f(j) encrypted to keys[j−1], and
// the two proofs. It first checks every key (VerifyKeys): a share must
// never be encrypted to a key whose owner has not proved possession.
func (t *Trustee) Deal(keys []*dkg.TrusteeKey, rand io.Reader) (*dkg.Dealing, error) {
	if err := t.c.VerifyKeys(keys); err != nil {
		return nil, err
	}
	p, err := randomPolynomial(t.c.Params.T, rand)
	if err != nil {
		return nil, err
	}
	shares := make([]*ristretto255.Scalar, t.c.Params.N)
	for j := range shares {
		shares[j] = p.eval(j + 1)
	}
	return t.deal(keys, p, shares, rand)
}

// deal encrypts shares[j−1] to keys[j−1] and proves knowledge of p's
// constant term and of the ephemeral. Tests call it with a wrong share.
func (t *Trustee) deal(keys []*dkg.TrusteeKey, p polynomial, shares []*ristretto255.Scalar, rand io.Reader) (*dkg.Dealing, error) {
	e, err := group.RandomScalar(rand)
	if err != nil {
		return nil, err
	}
	d := &dkg.Dealing{
		Dealer:      t.index,
		Commitments: p.commitments(),
		Ephemeral:   ristretto255.NewElement().ScalarBaseMult(e),
		Shares:      make([]*ristretto255.Scalar, len(keys)),
	}
	for j, k := range keys {
		s := ristretto255.NewElement().ScalarMult(e, k.X)
		pad := t.c.SharePad(t.index, j+1, k.X, d.Ephemeral, s)
		d.Shares[j] = pad.Add(pad, shares[j])
	}
	if d.PoP, err = proof.ProveSchnorr(t.c.DealingTranscript(d), p[0], d.Commitments[0], rand); err != nil {
		return nil, err
	}
	if d.EphemeralPoK, err = proof.ProveSchnorr(t.c.EphemeralTranscript(d), e, d.Ephemeral, rand); err != nil {
		return nil, err
	}
	return d, nil
}
