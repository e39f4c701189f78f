package shuffle

import (
	"errors"
	"io"

	"github.com/evote-org/evote/crypto/batch"
	"github.com/gtank/ristretto255"
)

// Check verifies the proof for st on its own: one multi-scalar
// multiplication of about 4N(w+1) terms, with weights from rand
// (crypto/rand.Reader outside tests). It returns nil, ErrStatement for a
// proof or statement of the wrong shape, or ErrInvalid.
func (p *Proof) Check(st *Statement, rand io.Reader) error {
	bv := batch.New(rand)
	if err := p.Verify(st, bv); err != nil {
		return err
	}
	if err := bv.Check(); err != nil {
		if errors.Is(err, batch.ErrFailed) {
			return ErrInvalid
		}
		return err
	}
	return nil
}

// Verify adds the proof's 3 + N + 2w equations (the package doc, "The
// equations"), each with its own random weight, to bv; the caller runs bv.Check.
// It returns an error at once only for a proof or statement of the wrong
// shape. The generators are derived here from the statement, never taken
// from the proof.
func (p *Proof) Verify(st *Statement, bv *batch.Verifier) error {
	n, w, err := st.Shape()
	if err != nil {
		return err
	}
	if err := p.shape(n, w); err != nil {
		return err
	}
	gens := Generators(st.Context, n)
	seed, u := st.Challenges(p.Perm)
	c := Challenge(seed, p)
	v := &verifier{bv: bv, c: c, g: ristretto255.NewScalar()}
	v.permutation(p, gens, u)
	v.chain(p, gens[0], u)
	v.reencryption(p, st, u)
	bv.AddBase(v.g)
	return nil
}

// verifier adds the equations of one proof; g gathers the coefficient of G.
type verifier struct {
	bv   *batch.Verifier
	c, g *ristretto255.Scalar
}

// permutation adds, with weights ω₁ and ω₃,
//
//	s₁·G − c·(Σ cᵢ − Σ hᵢ) − t₁ = 0
//	s₃·G + Σ s′ᵢ·hᵢ − c·Σ uᵢ·cᵢ − t₃ = 0
func (v *verifier) permutation(p *Proof, gens []*ristretto255.Element, u []*ristretto255.Scalar) {
	w1, w3 := v.bv.Weight(), v.bv.Weight()
	cw1 := mul(v.c, w1)
	cw3 := mul(v.c, w3)
	for i := range p.Perm {
		v.bv.Add(add(cw1, mul(w3, p.SPerm[i])), gens[i+1])
		v.bv.Add(neg(add(cw1, mul(cw3, u[i]))), p.Perm[i])
	}
	v.g.Add(v.g, add(mul(w1, p.S1), mul(w3, p.S3)))
	v.bv.Add(neg(w1), p.T1)
	v.bv.Add(neg(w3), p.T3)
}

// chain adds, with weight ω₂ and one weight ω̂ᵢ per link (ĉ₀ = h),
//
//	s₂·G − c·(ĉ_N − (Π uᵢ)·h) − t₂ = 0
//	ŝᵢ·G + s′ᵢ·ĉᵢ₋₁ − c·ĉᵢ − t̂ᵢ = 0
func (v *verifier) chain(p *Proof, h *ristretto255.Element, u []*ristretto255.Scalar) {
	n := len(p.Chain)
	w2 := v.bv.Weight()
	prod := ristretto255.NewScalar().Set(u[0])
	for _, ui := range u[1:] {
		prod.Multiply(prod, ui)
	}
	hat := make([]*ristretto255.Scalar, n)
	for i := range hat {
		hat[i] = v.bv.Weight()
		v.g.Add(v.g, mul(hat[i], p.SChain[i]))
		v.bv.Add(neg(hat[i]), p.TChain[i])
	}
	v.g.Add(v.g, mul(w2, p.S2))
	v.bv.Add(neg(w2), p.T2)
	// h is ĉ₀: it appears in the first link and, times Π uᵢ, in t₂'s.
	v.bv.Add(add(mul(mul(v.c, w2), prod), mul(hat[0], p.SPerm[0])), h)
	for i := range n - 1 {
		v.bv.Add(add(neg(mul(v.c, hat[i])), mul(hat[i+1], p.SPerm[i+1])), p.Chain[i])
	}
	v.bv.Add(neg(mul(v.c, add(hat[n-1], w2))), p.Chain[n-1])
}

// reencryption adds, for each component k, with weights ω_A,k and ω_B,k,
//
//	Σ s′ᵢ·A′ᵢ,ₖ − s₄,ₖ·G − c·Σ uᵢ·Aᵢ,ₖ − t₄,A,ₖ = 0
//	Σ s′ᵢ·B′ᵢ,ₖ − s₄,ₖ·K − c·Σ uᵢ·Bᵢ,ₖ − t₄,B,ₖ = 0
func (v *verifier) reencryption(p *Proof, st *Statement, u []*ristretto255.Scalar) {
	w := len(p.S4)
	wa, wb := make([]*ristretto255.Scalar, w), make([]*ristretto255.Scalar, w)
	k4 := ristretto255.NewScalar()
	for k := range w {
		wa[k], wb[k] = v.bv.Weight(), v.bv.Weight()
		v.g.Subtract(v.g, mul(wa[k], p.S4[k]))
		k4.Subtract(k4, mul(wb[k], p.S4[k]))
		v.bv.Add(neg(wa[k]), p.T4[2*k])
		v.bv.Add(neg(wb[k]), p.T4[2*k+1])
	}
	v.bv.AddShared(k4, st.Key.Element())
	for i := range u {
		cu := neg(mul(v.c, u[i]))
		in, out := st.Input.Row(i), st.Output.Row(i)
		for k := range w {
			v.bv.Add(mul(cu, wa[k]), in[k].A())
			v.bv.Add(mul(cu, wb[k]), in[k].B())
			v.bv.Add(mul(p.SPerm[i], wa[k]), out[k].A())
			v.bv.Add(mul(p.SPerm[i], wb[k]), out[k].B())
		}
	}
}

func mul(x, y *ristretto255.Scalar) *ristretto255.Scalar {
	return ristretto255.NewScalar().Multiply(x, y)
}

func add(x, y *ristretto255.Scalar) *ristretto255.Scalar {
	return ristretto255.NewScalar().Add(x, y)
}

func neg(x *ristretto255.Scalar) *ristretto255.Scalar {
	return ristretto255.NewScalar().Negate(x)
}
