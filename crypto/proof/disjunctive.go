package proof

import (
	"crypto/subtle"
	"fmt"
	"io"

	"github.com/evote-org/evote/crypto/batch"
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/gtank/ristretto255"
)

// MaxBranches bounds hi-lo+1 of a Disjunctive proof, and so the size of
// anything a decoder will allocate for one. It is 65 so that a question
// of 64 options (ballot.MaxOptions) may allow [0, 64] selections: k
// options need k+1 branches (docs/protocol.md, section 5.1).
const MaxBranches = 65

// Disjunctive proves that a ciphertext (A, B) under key K encrypts some
// v in [lo, hi]. Branch j (value vⱼ = lo+j) has commitments (aⱼ, bⱼ),
// challenge cⱼ and response zⱼ with
//
//	zⱼ·G = aⱼ + cⱼ·A   and   zⱼ·K = bⱼ + cⱼ·(B − vⱼ·G),
//
// and the challenges sum to the transcript's challenge.
//
// A proof is immutable and keeps the encoding of its commitments, which its
// challenge hashes, so that verifying a parsed proof encodes no point.
type Disjunctive struct {
	commitments []*ristretto255.Element // a₀, b₀, a₁, b₁, …
	commitEnc   []byte                  // their encoding
	challenges  []*ristretto255.Scalar  // c₀ … c_{k−2}; c_{k−1} is implied
	responses   []*ristretto255.Scalar  // z₀ … z_{k−1}
}

// DisjunctiveSize is the encoded size of a proof over [lo, hi]:
// 2k commitments, k−1 challenges (the last is implied) and k responses.
func DisjunctiveSize(lo, hi uint64) int {
	k := int(hi - lo + 1)
	return 2*k*group.ElementSize + (2*k-1)*group.ScalarSize
}

func branches(lo, hi uint64) (int, error) {
	if hi < lo || hi-lo >= MaxBranches {
		return 0, fmt.Errorf("%w: range [%d, %d]", ErrStatement, lo, hi)
	}
	return int(hi-lo) + 1, nil
}

// disjunctiveChallenge appends the statement and commitments and returns
// the challenge.
func disjunctiveChallenge(t *transcript.Transcript, pk *elgamal.PublicKey, ct *elgamal.Ciphertext, lo, hi uint64, commitEnc []byte) *ristretto255.Scalar {
	t.Append("K", pk.Bytes())
	t.Append("ct", ct.Bytes())
	t.AppendUint64("lo", lo)
	t.AppendUint64("hi", hi)
	t.Append("commit", commitEnc)
	return t.Challenge()
}

// ProveDisjunctive proves that ct = Enc(v; r) with lo <= v <= hi. t must
// already hold the election context and the proof's place. It runs in time
// independent of v and r.
func ProveDisjunctive(t *transcript.Transcript, pk *elgamal.PublicKey, ct *elgamal.Ciphertext, lo, hi, v uint64, r *ristretto255.Scalar, rand io.Reader) (*Disjunctive, error) {
	k, err := branches(lo, hi)
	if err != nil {
		return nil, err
	}
	if v < lo || v > hi {
		return nil, fmt.Errorf("%w: value outside [%d, %d]", ErrStatement, lo, hi)
	}
	p := &Disjunctive{
		commitments: make([]*ristretto255.Element, 2*k),
		challenges:  make([]*ristretto255.Scalar, k),
		responses:   make([]*ristretto255.Scalar, k),
	}
	// Every branch is computed by the same formula. Simulated branches get
	// a random challenge; the true branch gets challenge 0 for now, so its
	// commitments are (zG, zK) with its random z acting as the nonce.
	real := make([]*ristretto255.Scalar, k) // 1 on the true branch, else 0
	g := ristretto255.NewGeneratorElement()
	for j := range k {
		isReal := subtle.ConstantTimeEq(int32(j), int32(v-lo))
		real[j] = group.Uint64(uint64(isReal))
		c, err := group.RandomScalar(rand)
		if err != nil {
			return nil, err
		}
		z, err := group.RandomScalar(rand)
		if err != nil {
			return nil, err
		}
		c.Multiply(c, group.Uint64(uint64(1-isReal)))
		bj := ristretto255.NewElement().Subtract(ct.B(), ristretto255.NewElement().ScalarBaseMult(group.Uint64(lo+uint64(j))))
		p.commitments[2*j] = ristretto255.NewElement().MultiScalarMult(
			[]*ristretto255.Scalar{z, neg(c)}, []*ristretto255.Element{g, ct.A()})
		p.commitments[2*j+1] = ristretto255.NewElement().MultiScalarMult(
			[]*ristretto255.Scalar{z, neg(c)}, []*ristretto255.Element{pk.Element(), bj})
		p.challenges[j], p.responses[j] = c, z
	}
	p.commitEnc = group.AppendElements(nil, p.commitments...)
	// The true branch takes what is left of the challenge: c − Σ cⱼ.
	rest := disjunctiveChallenge(t, pk, ct, lo, hi, p.commitEnc)
	for _, c := range p.challenges {
		rest.Subtract(rest, c)
	}
	for j := range k {
		cj := mul(real[j], rest)
		p.challenges[j].Add(p.challenges[j], cj)
		p.responses[j].Add(p.responses[j], mul(cj, r))
	}
	p.challenges = p.challenges[:k-1]
	return p, nil
}

// Verify adds the proof's equations to bv; the caller runs bv.Check. It
// returns an error at once only if the proof's shape is wrong. The last
// challenge is the transcript's challenge minus the others, so the
// challenges sum to it by construction.
func (p *Disjunctive) Verify(t *transcript.Transcript, pk *elgamal.PublicKey, ct *elgamal.Ciphertext, lo, hi uint64, bv *batch.Verifier) error {
	k, err := branches(lo, hi)
	if err != nil {
		return err
	}
	if len(p.responses) != k {
		return fmt.Errorf("%w: disjunctive proof has %d branches, want %d", ErrInvalid, len(p.responses), k)
	}
	last := disjunctiveChallenge(t, pk, ct, lo, hi, p.commitEnc)
	for _, cj := range p.challenges {
		last.Subtract(last, cj)
	}
	challenges := append(p.challenges[:k-1:k-1], last)
	// Weighted: uⱼ(aⱼ + cⱼA − zⱼG) + wⱼ(bⱼ + cⱼB − cⱼvⱼG − zⱼK) = 0.
	gs, ks := ristretto255.NewScalar(), ristretto255.NewScalar()
	as, bs := ristretto255.NewScalar(), ristretto255.NewScalar()
	for j := range k {
		u, w := bv.Weight(), bv.Weight()
		cj, zj := challenges[j], p.responses[j]
		bv.Add(u, p.commitments[2*j])
		bv.Add(w, p.commitments[2*j+1])
		as.Add(as, mul(u, cj))
		bs.Add(bs, mul(w, cj))
		gs.Add(gs, mul(u, zj))
		gs.Add(gs, mul(mul(w, cj), group.Uint64(lo+uint64(j))))
		ks.Add(ks, mul(w, zj))
	}
	bv.Add(as, ct.A())
	bv.Add(bs, ct.B())
	bv.AddBase(neg(gs))
	bv.AddShared(neg(ks), pk.Element())
	return nil
}

// Bytes encodes the proof: a₀ b₀ … a_{k−1} b_{k−1} || c₀ … c_{k−2} ||
// z₀ … z_{k−1}. The last challenge is implied by the transcript.
func (p *Disjunctive) Bytes() []byte {
	k := len(p.responses)
	b := make([]byte, 0, 2*k*group.ElementSize+(2*k-1)*group.ScalarSize)
	b = append(b, p.commitEnc...)
	b = group.AppendScalars(b, p.challenges...)
	return group.AppendScalars(b, p.responses...)
}

// ParseDisjunctive decodes a proof over [lo, hi].
func ParseDisjunctive(b []byte, lo, hi uint64) (*Disjunctive, error) {
	k, err := branches(lo, hi)
	if err != nil {
		return nil, err
	}
	if len(b) != DisjunctiveSize(lo, hi) {
		return nil, fmt.Errorf("%w: disjunctive proof is %d bytes, want %d", ErrDecode, len(b), DisjunctiveSize(lo, hi))
	}
	commitments, err := decodeElements(b, 2*k)
	if err != nil {
		return nil, err
	}
	rest := b[2*k*group.ElementSize:]
	challenges, err := decodeScalars(rest, k-1)
	if err != nil {
		return nil, err
	}
	responses, err := decodeScalars(rest[(k-1)*group.ScalarSize:], k)
	if err != nil {
		return nil, err
	}
	return &Disjunctive{
		commitments: commitments,
		commitEnc:   append([]byte(nil), b[:2*k*group.ElementSize]...),
		challenges:  challenges,
		responses:   responses,
	}, nil
}
