package trustee

import (
	"fmt"
	"io"

	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/proof"
	"github.com/gtank/ristretto255"
)

// Share is a trustee's share s_j of the election secret, for the tally.
type Share struct {
	_     [0]func() // not comparable
	r     *dkg.Result
	index int
	s     *ristretto255.Scalar
}

// Finish ends the ceremony for this trustee: s_j is the sum of the shares
// received from the qualified dealers, and must satisfy s_j·G = Y_j.
// r must be the trustee's own Qualify over the posted messages.
func (t *Trustee) Finish(r *dkg.Result) (*Share, error) {
	if r.Ceremony != t.c {
		return nil, ErrCeremony
	}
	s := ristretto255.NewScalar()
	for _, i := range r.Qualified {
		si, ok := t.shares[i]
		if !ok {
			return nil, fmt.Errorf("%w: dealer %d", ErrMissingShare, i)
		}
		s.Add(s, si)
	}
	if ristretto255.NewElement().ScalarBaseMult(s).Equal(r.Verification[t.index-1]) != 1 {
		return nil, ErrShareMismatch
	}
	return &Share{r: r, index: t.index, s: s}, nil
}

// Index is the trustee's number, 1 to N.
func (s *Share) Index() int { return s.index }

// PartialDecrypt makes this trustee's partial decryption of the aggregate
// ciphertexts: D_c = s_j·A_c with a DLEQ proof against Y_j for each.
// Decrypt only the published aggregates of the tally: anything else makes
// the trustees a decryption oracle.
func (s *Share) PartialDecrypt(aggs []*elgamal.Ciphertext, rand io.Reader) (*dkg.PartialDecryption, error) {
	if err := dkg.CheckAggregates(aggs); err != nil {
		return nil, err
	}
	y := s.r.Verification[s.index-1]
	p := &dkg.PartialDecryption{
		Trustee: s.index,
		Shares:  make([]*ristretto255.Element, len(aggs)),
		Proofs:  make([]*proof.DLEQ, len(aggs)),
	}
	for c, ct := range aggs {
		d := ristretto255.NewElement().ScalarMult(s.s, ct.A())
		pr, err := proof.ProveDLEQ(s.r.DecryptionTranscript(s.index, c, ct), s.s, y, ct.A(), d, rand)
		if err != nil {
			return nil, err
		}
		p.Shares[c], p.Proofs[c] = d, pr
	}
	return p, nil
}
