package shuffle

import (
	"fmt"

	"github.com/evote-org/evote/crypto/group"
	"github.com/gtank/ristretto255"
)

// Proof is a proof of shuffle for N ballots of width w, with the names of
// Haenni et al. (see the package doc): the permutation
// commitment c, the commitment chain ĉ, the commitments t of the
// Σ-protocol and the responses s. Indices are from 0 here and from 1 in
// the paper and the docs.
type Proof struct {
	Perm   []*ristretto255.Element // c₁ … c_N
	Chain  []*ristretto255.Element // ĉ₁ … ĉ_N
	T1     *ristretto255.Element
	T2     *ristretto255.Element
	T3     *ristretto255.Element
	T4     []*ristretto255.Element // t₄,A,₁, t₄,B,₁, …, t₄,A,w, t₄,B,w
	TChain []*ristretto255.Element // t̂₁ … t̂_N
	S1     *ristretto255.Scalar
	S2     *ristretto255.Scalar
	S3     *ristretto255.Scalar
	S4     []*ristretto255.Scalar // s₄,₁ … s₄,w
	SChain []*ristretto255.Scalar // ŝ₁ … ŝ_N
	SPerm  []*ristretto255.Scalar // s′₁ … s′_N
}

// ProofSize is the length of the encoding of a proof for n ballots of
// width w: a version byte, 3n + 3 + 2w elements and 2n + 3 + w scalars.
func ProofSize(n, w int) int {
	return 1 + (3*n+3+2*w)*group.ElementSize + (2*n+3+w)*group.ScalarSize
}

// commitments are the elements the challenge c hashes, in proof order.
func (p *Proof) commitments() [][]*ristretto255.Element {
	return [][]*ristretto255.Element{p.Chain, {p.T1, p.T2, p.T3}, p.T4, p.TChain}
}

// shape checks that the proof has the lengths of a proof for n ballots of
// width w.
func (p *Proof) shape(n, w int) error {
	if len(p.Perm) != n || len(p.Chain) != n || len(p.TChain) != n || len(p.SChain) != n ||
		len(p.SPerm) != n || len(p.T4) != 2*w || len(p.S4) != w {
		return fmt.Errorf("%w: proof is not for %d ballots of width %d", ErrStatement, n, w)
	}
	return nil
}

// Bytes encodes the proof:
//
//	0x01 || c₁…c_N || ĉ₁…ĉ_N || t₁ || t₂ || t₃ || t₄ (2w) || t̂₁…t̂_N
//	     || s₁ || s₂ || s₃ || s₄,₁…s₄,w || ŝ₁…ŝ_N || s′₁…s′_N
func (p *Proof) Bytes() []byte {
	b := make([]byte, 0, ProofSize(len(p.Perm), len(p.S4)))
	b = append(b, Version)
	b = group.AppendElements(b, p.Perm...)
	for _, es := range p.commitments() {
		b = group.AppendElements(b, es...)
	}
	b = group.AppendScalars(b, p.S1, p.S2, p.S3)
	b = group.AppendScalars(b, p.S4...)
	b = group.AppendScalars(b, p.SChain...)
	return group.AppendScalars(b, p.SPerm...)
}

// ParseProof decodes a proof for n ballots of width w (known from the
// statement). Every element must be canonical and not the identity, every
// scalar canonical, and the length exact.
func ParseProof(b []byte, n, w int) (*Proof, error) {
	if n < 1 || n > MaxLen || w < 1 || w > MaxWidth {
		return nil, fmt.Errorf("%w: proof for %d ballots of width %d", ErrStatement, n, w)
	}
	if len(b) != ProofSize(n, w) {
		return nil, fmt.Errorf("%w: proof is %d bytes, want %d", ErrDecode, len(b), ProofSize(n, w))
	}
	if b[0] != Version {
		return nil, fmt.Errorf("%w: proof version %d", ErrDecode, b[0])
	}
	ne := 3*n + 3 + 2*w
	es, err := group.DecodeElements(b[1:], ne)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrDecode, err)
	}
	ss, err := group.DecodeScalars(b[1+ne*group.ElementSize:], 2*n+3+w)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrDecode, err)
	}
	take := func(xs *[]*ristretto255.Element, k int) []*ristretto255.Element {
		out := (*xs)[:k:k]
		*xs = (*xs)[k:]
		return out
	}
	p := &Proof{Perm: take(&es, n), Chain: take(&es, n)}
	p.T1, p.T2, p.T3 = es[0], es[1], es[2]
	es = es[3:]
	p.T4, p.TChain = take(&es, 2*w), es
	p.S1, p.S2, p.S3 = ss[0], ss[1], ss[2]
	p.S4, p.SChain, p.SPerm = ss[3:3+w:3+w], ss[3+w:3+w+n:3+w+n], ss[3+w+n:]
	return p, nil
}
