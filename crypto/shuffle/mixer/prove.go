package mixer

import (
	"fmt"
	"io"

	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/crypto/shuffle"
	"github.com/evote-org/evote/internal/parallel"
	"github.com/gtank/ristretto255"
)

// Prove proves that st.Output is the shuffle of st.Input that wit
// describes (GenProof). The generators are derived from st.Context
// (shuffle.Generators); the proof binds the context, st.Mixer, the key and
// both lists. A witness that does not fit the lists yields a proof that
// does not verify; one of the wrong size yields ErrWitness.
func Prove(st *shuffle.Statement, wit *Witness, rand io.Reader) (*shuffle.Proof, error) {
	n, w, err := st.Shape()
	if err != nil {
		return nil, err
	}
	if len(wit.perm) != n || len(wit.nonces[0]) != w {
		return nil, fmt.Errorf("%w: witness is %d×%d, statement %d×%d", ErrWitness, len(wit.perm), len(wit.nonces[0]), n, w)
	}
	return prove(st, wit, shuffle.Generators(st.Context, n), rand)
}

// prover holds the secrets of one proof between its steps.
type prover struct {
	st    *shuffle.Statement
	wit   *Witness
	gens  []*ristretto255.Element
	p     *shuffle.Proof
	r     []*ristretto255.Scalar // permutation commitment randomness, by input
	u     []*ristretto255.Scalar // challenges uⱼ, by input
	uPerm []*ristretto255.Scalar // u′ᵢ = u_ψ(i), by output
	rHat  []*ristretto255.Scalar // commitment chain randomness
	omega nonces
}

// nonces are the Σ-protocol's ω₁, ω₂, ω₃, ω₄,ₖ, ω̂ᵢ and ω′ᵢ.
type nonces struct {
	o1, o2, o3      *ristretto255.Scalar
	o4, oHat, oPerm []*ristretto255.Scalar
}

// prove is Prove with the generators given, so that a test can play a
// prover who chose them.
func prove(st *shuffle.Statement, wit *Witness, gens []*ristretto255.Element, rand io.Reader) (*shuffle.Proof, error) {
	pr := &prover{st: st, wit: wit, gens: gens, p: &shuffle.Proof{}}
	if err := pr.commitPermutation(rand); err != nil {
		return nil, err
	}
	seed, u := st.Challenges(pr.p.Perm)
	pr.u = u
	pr.uPerm = make([]*ristretto255.Scalar, len(u))
	for i, j := range wit.perm {
		pr.uPerm[i] = u[j]
	}
	if err := pr.commitChain(rand); err != nil {
		return nil, err
	}
	if err := pr.commit(rand); err != nil {
		return nil, err
	}
	pr.respond(shuffle.Challenge(seed, pr.p))
	return pr.p, nil
}

// commitPermutation is GenPermutationCommitment: c_ψ(i) = r_ψ(i)·G + hᵢ.
func (pr *prover) commitPermutation(rand io.Reader) error {
	n := len(pr.wit.perm)
	r, err := randomScalars(n, rand)
	if err != nil {
		return err
	}
	pr.r = r
	pr.p.Perm = make([]*ristretto255.Element, n)
	parallel.Chunks(n, chunk, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			j := pr.wit.perm[i]
			c := ristretto255.NewElement().ScalarBaseMult(r[j])
			pr.p.Perm[j] = c.Add(c, pr.gens[i+1])
		}
	})
	return nil
}

// commitChain is GenCommitmentChain: ĉ₀ = h, ĉᵢ = r̂ᵢ·G + u′ᵢ·ĉᵢ₋₁.
func (pr *prover) commitChain(rand io.Reader) error {
	n := len(pr.uPerm)
	rHat, err := randomScalars(n, rand)
	if err != nil {
		return err
	}
	pr.rHat = rHat
	pr.p.Chain = make([]*ristretto255.Element, n)
	parallel.Chunks(n, chunk, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			pr.p.Chain[i] = ristretto255.NewElement().ScalarBaseMult(rHat[i])
		}
	})
	prev := pr.gens[0]
	for i := range n { // each link needs the one before
		pr.p.Chain[i].Add(pr.p.Chain[i], ristretto255.NewElement().ScalarMult(pr.uPerm[i], prev))
		prev = pr.p.Chain[i]
	}
	return nil
}

// commit draws the nonces ω and computes the commitments t:
//
//	t₁ = ω₁·G   t₂ = ω₂·G   t₃ = ω₃·G + Σ ω′ᵢ·hᵢ
//	t₄,A,ₖ = Σ ω′ᵢ·A′ᵢ,ₖ − ω₄,ₖ·G   t₄,B,ₖ = Σ ω′ᵢ·B′ᵢ,ₖ − ω₄,ₖ·K
//	t̂ᵢ = ω̂ᵢ·G + ω′ᵢ·ĉᵢ₋₁
func (pr *prover) commit(rand io.Reader) error {
	n, w := pr.st.Input.Len(), pr.st.Input.Width()
	o := &pr.omega
	var err error
	if o.o4, err = randomScalars(w+3, rand); err != nil {
		return err
	}
	o.o1, o.o2, o.o3, o.o4 = o.o4[w], o.o4[w+1], o.o4[w+2], o.o4[:w]
	if o.oHat, err = randomScalars(n, rand); err != nil {
		return err
	}
	if o.oPerm, err = randomScalars(n, rand); err != nil {
		return err
	}
	p := pr.p
	p.T1 = ristretto255.NewElement().ScalarBaseMult(o.o1)
	p.T2 = ristretto255.NewElement().ScalarBaseMult(o.o2)
	p.T3 = ristretto255.NewElement().ScalarBaseMult(o.o3)
	p.T3.Add(p.T3, multiScalarMult(o.oPerm, pr.gens[1:]))
	p.T4 = make([]*ristretto255.Element, 0, 2*w)
	a, b := make([]*ristretto255.Element, n), make([]*ristretto255.Element, n)
	for k := range w {
		for i := range n {
			ct := pr.st.Output.Row(i)[k]
			a[i], b[i] = ct.A(), ct.B()
		}
		ta := multiScalarMult(o.oPerm, a)
		ta.Subtract(ta, ristretto255.NewElement().ScalarBaseMult(o.o4[k]))
		tb := multiScalarMult(o.oPerm, b)
		tb.Subtract(tb, ristretto255.NewElement().ScalarMult(o.o4[k], pr.st.Key.Element()))
		p.T4 = append(p.T4, ta, tb)
	}
	p.TChain = make([]*ristretto255.Element, n)
	parallel.Chunks(n, chunk, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			prev := pr.gens[0]
			if i > 0 {
				prev = p.Chain[i-1]
			}
			t := ristretto255.NewElement().ScalarBaseMult(o.oHat[i])
			p.TChain[i] = t.Add(t, ristretto255.NewElement().ScalarMult(o.oPerm[i], prev))
		}
	})
	return nil
}

// respond computes the responses for the challenge c:
//
//	s₁ = ω₁ + c·Σ rⱼ           s₂ = ω₂ + c·Σ r̂ᵢ·vᵢ, vᵢ = Π_{j>i} u′ⱼ
//	s₃ = ω₃ + c·Σ rⱼ·uⱼ        s₄,ₖ = ω₄,ₖ + c·Σ r′ᵢ,ₖ·u′ᵢ
//	ŝᵢ = ω̂ᵢ + c·r̂ᵢ             s′ᵢ = ω′ᵢ + c·u′ᵢ
func (pr *prover) respond(c *ristretto255.Scalar) {
	n, w := len(pr.r), len(pr.omega.o4)
	o, p := &pr.omega, pr.p
	rBar, rTilde, rHat := ristretto255.NewScalar(), ristretto255.NewScalar(), ristretto255.NewScalar()
	v := group.Uint64(1)
	for i := n - 1; i >= 0; i-- {
		rHat.Add(rHat, mul(pr.rHat[i], v))
		v.Multiply(v, pr.uPerm[i])
	}
	for j := range n {
		rBar.Add(rBar, pr.r[j])
		rTilde.Add(rTilde, mul(pr.r[j], pr.u[j]))
	}
	p.S1, p.S2, p.S3 = response(o.o1, c, rBar), response(o.o2, c, rHat), response(o.o3, c, rTilde)
	p.S4 = make([]*ristretto255.Scalar, w)
	for k := range w {
		rho := ristretto255.NewScalar()
		for i := range n {
			rho.Add(rho, mul(pr.wit.nonces[i][k], pr.uPerm[i]))
		}
		p.S4[k] = response(o.o4[k], c, rho)
	}
	p.SChain, p.SPerm = make([]*ristretto255.Scalar, n), make([]*ristretto255.Scalar, n)
	for i := range n {
		p.SChain[i] = response(o.oHat[i], c, pr.rHat[i])
		p.SPerm[i] = response(o.oPerm[i], c, pr.uPerm[i])
	}
}

// response is ω + c·x.
func response(omega, c, x *ristretto255.Scalar) *ristretto255.Scalar {
	return ristretto255.NewScalar().Add(omega, mul(c, x))
}

func mul(x, y *ristretto255.Scalar) *ristretto255.Scalar {
	return ristretto255.NewScalar().Multiply(x, y)
}

// msmChunk bounds the terms of one constant-time multi-scalar
// multiplication, whose tables take 8 points per term (256 terms, about
// 330 kB); its 253 doublings are shared by the chunk, about one per term.
const msmChunk = 256

// multiScalarMult is Σ sᵢ·Pᵢ in constant time (the library's
// MultiScalarMult, chunk by chunk on every core), for secret scalars.
func multiScalarMult(s []*ristretto255.Scalar, p []*ristretto255.Element) *ristretto255.Element {
	partial := make([]*ristretto255.Element, (len(s)+msmChunk-1)/msmChunk)
	parallel.Chunks(len(s), msmChunk, func(lo, hi int) {
		partial[lo/msmChunk] = ristretto255.NewElement().MultiScalarMult(s[lo:hi], p[lo:hi])
	})
	sum := ristretto255.NewIdentityElement()
	for _, q := range partial {
		sum.Add(sum, q)
	}
	return sum
}
