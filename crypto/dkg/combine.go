package dkg

import (
	"crypto/rand"
	"fmt"
	"slices"

	"github.com/evote-org/evote/crypto/batch"
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/group"
	"github.com/gtank/ristretto255"
)

// Decryption is the outcome of Combine.
type Decryption struct {
	Messages []*ristretto255.Element // Messages[c] = m_c·G for aggregate c
	Used     []int                   // the T trustees whose shares were combined
	Rejected []*TrusteeError         // partial decryptions refused, and why
}

// CombineError is returned by Combine when fewer than T partial
// decryptions are valid. It unwraps to ErrTooFewShares.
type CombineError struct {
	Valid, Threshold int
	Rejected         []*TrusteeError
}

func (e *CombineError) Error() string {
	return fmt.Sprintf("dkg: %d valid partial decryptions, need %d; rejected: %v",
		e.Valid, e.Threshold, joinBlames(e.Rejected))
}

func (e *CombineError) Unwrap() error { return ErrTooFewShares }

// Combine decrypts the aggregates with the partial decryptions posted by
// any trustees. It verifies all of them (in one batch; if the batch
// fails, trustee by trustee, to name the bad ones), rejects duplicates and
// misfits, and interpolates the first T valid ones (by trustee index) at
// 0: D_c = Σ λ_j·D_{j,c}, m_c·G = B_c − D_c. Fewer than T valid is a
// *CombineError naming every rejected trustee.
func (r *Result) Combine(aggs []*elgamal.Ciphertext, parts []*PartialDecryption) (*Decryption, error) {
	if err := CheckAggregates(aggs); err != nil {
		return nil, err
	}
	out := &Decryption{}
	valid := r.verifyPartials(aggs, parts, out)
	if len(valid) < r.Params.T {
		return nil, &CombineError{Valid: len(valid), Threshold: r.Params.T, Rejected: out.Rejected}
	}
	valid = valid[:r.Params.T]
	out.Used = make([]int, len(valid))
	for k, p := range valid {
		out.Used[k] = p.Trustee
	}
	lambda := lagrangeAtZero(out.Used)
	out.Messages = make([]*ristretto255.Element, len(aggs))
	shares := make([]*ristretto255.Element, len(valid))
	for c, ct := range aggs {
		for k, p := range valid {
			shares[k] = p.Shares[c]
		}
		d := ristretto255.NewElement().VarTimeMultiScalarMult(lambda, shares)
		out.Messages[c] = ct.Message(d)
	}
	return out, nil
}

// verifyPartials returns the valid partial decryptions sorted by trustee
// and records the others in out.Rejected.
func (r *Result) verifyPartials(aggs []*elgamal.Ciphertext, parts []*PartialDecryption, out *Decryption) []*PartialDecryption {
	var cands []*PartialDecryption
	seen := make(map[int]bool)
	bv := batch.New(rand.Reader)
	for _, p := range parts {
		var err error
		switch {
		case p == nil:
			continue
		case seen[p.Trustee]:
			err = fmt.Errorf("%w: more than one partial decryption", ErrMismatch)
		default:
			err = r.addPartial(aggs, p, bv)
		}
		seen[p.Trustee] = true
		if err != nil {
			out.Rejected = append(out.Rejected, blame(p.Trustee, err))
			continue
		}
		cands = append(cands, p)
	}
	if bv.Check() != nil {
		cands = slices.DeleteFunc(cands, func(p *PartialDecryption) bool {
			err := r.verifyOne(aggs, p)
			if err != nil {
				out.Rejected = append(out.Rejected, err)
			}
			return err != nil
		})
	}
	slices.SortFunc(cands, func(a, b *PartialDecryption) int { return a.Trustee - b.Trustee })
	slices.SortStableFunc(out.Rejected, func(a, b *TrusteeError) int { return a.Trustee - b.Trustee })
	return cands
}

// lagrangeAtZero returns the Lagrange coefficients at 0 of the distinct
// indices xs: λ_j = Π_{m≠j} x_m / (x_m − x_j).
func lagrangeAtZero(xs []int) []*ristretto255.Scalar {
	out := make([]*ristretto255.Scalar, len(xs))
	for k, j := range xs {
		num, den := group.Uint64(1), group.Uint64(1)
		for _, m := range xs {
			if m != j {
				num.Multiply(num, group.Int64(int64(m)))
				den.Multiply(den, group.Int64(int64(m-j)))
			}
		}
		out[k] = num.Multiply(num, ristretto255.NewScalar().Invert(den))
	}
	return out
}
