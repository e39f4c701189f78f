package dkg

import (
	"crypto/rand"
	"errors"
	"fmt"

	"github.com/evote-org/evote/crypto/batch"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/crypto/proof"
	"github.com/gtank/ristretto255"
)

// Dealing is dealer i's contribution to the key: Feldman commitments to
// its polynomial f_i, one ephemeral E_i, every trustee's encrypted share,
// and proofs of knowledge of a_{i,0} and e_i over the whole dealing.
// Treat it as immutable.
type Dealing struct {
	Dealer       int
	Commitments  []*ristretto255.Element // C_k = a_k·G, k = 0..T−1
	Ephemeral    *ristretto255.Element   // E = e·G
	Shares       []*ristretto255.Scalar  // Shares[j−1] = f(j) + pad_j
	PoP          *proof.Schnorr          // of a_0, over DealingTranscript
	EphemeralPoK *proof.Schnorr          // of e, over EphemeralTranscript
}

// DealingSize is the length of an encoded dealing for p.
func DealingSize(p Params) int {
	return 5 + group.ElementSize*(p.T+1) + group.ScalarSize*p.N + 2*proof.SchnorrSize
}

// Bytes encodes the dealing: 0x01 0x02 || dealer || t || n (1 byte each)
// || C_0 .. C_{t−1} || E || share_1 .. share_n || PoP (a, z) ||
// ephemeral PoK (a, z).
func (d *Dealing) Bytes() []byte {
	p := Params{N: len(d.Shares), T: len(d.Commitments)}
	b := append(header(KindDealing, DealingSize(p)), byte(d.Dealer), byte(p.T), byte(p.N))
	b = group.AppendElements(b, d.Commitments...)
	b = group.AppendScalars(d.Ephemeral.Encode(b), d.Shares...)
	return append(append(b, d.PoP.Bytes()...), d.EphemeralPoK.Bytes()...)
}

// ParseDealing decodes a dealing. It checks the encoding only (header,
// counts within limits, exact length, canonical non-identity points,
// canonical scalars); Ceremony.VerifyDealing checks it against the
// ceremony.
func ParseDealing(b []byte) (*Dealing, error) {
	if err := checkHeader(b, KindDealing, 5, "dealing"); err != nil {
		return nil, err
	}
	p := Params{N: int(b[4]), T: int(b[3])}
	if err := p.Validate(); err != nil {
		return nil, errors.Join(ErrDecode, err)
	}
	if !p.valid(int(b[2])) {
		return nil, fmt.Errorf("%w: dealer %d of %d", ErrDecode, b[2], p.N)
	}
	if len(b) != DealingSize(p) {
		return nil, fmt.Errorf("%w: dealing is %d bytes, want %d", ErrDecode, len(b), DealingSize(p))
	}
	d := &Dealing{Dealer: int(b[2])}
	rest := b[5:]
	points, err := decodeElements(rest[:group.ElementSize*(p.T+1)], "commitment")
	if err != nil {
		return nil, err
	}
	d.Commitments, d.Ephemeral = points[:p.T], points[p.T]
	rest = rest[group.ElementSize*(p.T+1):]
	if d.Shares, err = decodeScalars(rest[:group.ScalarSize*p.N], "share"); err != nil {
		return nil, err
	}
	rest = rest[group.ScalarSize*p.N:]
	if d.PoP, err = proof.ParseSchnorr(rest[:proof.SchnorrSize]); err != nil {
		return nil, errors.Join(ErrDecode, err)
	}
	if d.EphemeralPoK, err = proof.ParseSchnorr(rest[proof.SchnorrSize:]); err != nil {
		return nil, errors.Join(ErrDecode, err)
	}
	return d, nil
}

// PublicShare returns f(j)·G = Σ_k j^k·C_k, what trustee j's share of this
// dealing must be the discrete log of.
func (d *Dealing) PublicShare(j int) *ristretto255.Element {
	return evalCommitments(d.Commitments, j)
}

// evalCommitments returns Σ_k j^k·cs[k]. Public data only.
func evalCommitments(cs []*ristretto255.Element, j int) *ristretto255.Element {
	powers := make([]*ristretto255.Scalar, len(cs))
	x, pow := group.Uint64(uint64(j)), group.Uint64(1)
	for k := range powers {
		powers[k] = ristretto255.NewScalar().Set(pow)
		pow.Multiply(pow, x)
	}
	return ristretto255.NewElement().VarTimeMultiScalarMult(powers, cs)
}

// checkShape checks that d fits the ceremony: dealer index and counts.
func (c Ceremony) checkShape(d *Dealing) error {
	if !c.Params.valid(d.Dealer) {
		return fmt.Errorf("%w: dealer %d, want 1 to %d", ErrMismatch, d.Dealer, c.Params.N)
	}
	if len(d.Commitments) != c.Params.T || len(d.Shares) != c.Params.N {
		return fmt.Errorf("%w: dealing with %d commitments and %d shares, want %d and %d",
			ErrMismatch, len(d.Commitments), len(d.Shares), c.Params.T, c.Params.N)
	}
	return nil
}

// addDealing checks d's shape and adds its two proofs to bv.
func (c Ceremony) addDealing(d *Dealing, bv *batch.Verifier) error {
	if err := c.checkShape(d); err != nil {
		return err
	}
	d.PoP.Verify(c.DealingTranscript(d), d.Commitments[0], bv)
	d.EphemeralPoK.Verify(c.EphemeralTranscript(d), d.Ephemeral, bv)
	return nil
}

// VerifyDealing checks everything public about d: the dealer's index, one
// commitment per coefficient and one share per trustee, and both proofs.
// Whether each share matches the commitments only its recipient can tell;
// a wrong one is settled by a Complaint.
func (c Ceremony) VerifyDealing(d *Dealing) error {
	bv := batch.New(rand.Reader)
	if err := c.addDealing(d, bv); err != nil {
		return blame(d.Dealer, err)
	}
	if bv.Check() != nil {
		return blame(d.Dealer, ErrInvalid)
	}
	return nil
}
