package dkg

import (
	"crypto/rand"
	"errors"
	"fmt"
	"slices"

	"github.com/evote-org/evote/crypto/batch"
	"github.com/evote-org/evote/crypto/shuffle"
	"github.com/evote-org/evote/internal/parallel"
	"github.com/gtank/ristretto255"
)

// VerifyMixDecryption checks every proof of d against the lists it
// decrypts: in batches of 4,096 proofs (one multi-scalar multiplication
// each) on every core; a batch that fails is checked proof by proof, and
// the error names the first bad proof's list, ballot and candidate. It
// returns nil, an error of CheckMixLists, or a *TrusteeError wrapping
// ErrMismatch (a decryption of other lists) or ErrInvalid.
func (r *Result) VerifyMixDecryption(lists []*shuffle.List, d *MixDecryption) error {
	if err := CheckMixLists(lists); err != nil {
		return err
	}
	if err := r.verifyMix(lists, d); err != nil {
		return err
	}
	return nil
}

// verifyMix is VerifyMixDecryption for lists already checked.
func (r *Result) verifyMix(lists []*shuffle.List, d *MixDecryption) *TrusteeError {
	if err := r.mixShape(lists, d); err != nil {
		return blame(d.Trustee, err)
	}
	for l, list := range lists {
		if err := r.verifyMixList(d.Trustee, l, list, &d.Lists[l]); err != nil {
			return blame(d.Trustee, err)
		}
	}
	return nil
}

// mixShape checks that d is a trustee's decryption of lists of this shape.
func (r *Result) mixShape(lists []*shuffle.List, d *MixDecryption) error {
	if !r.Params.valid(d.Trustee) {
		return fmt.Errorf("%w: trustee %d, want 1 to %d", ErrMismatch, d.Trustee, r.Params.N)
	}
	if len(d.Lists) != len(lists) {
		return fmt.Errorf("%w: %d lists decrypted, %d mixed", ErrMismatch, len(d.Lists), len(lists))
	}
	for l, list := range lists {
		m := &d.Lists[l]
		if m.Width != list.Width() || len(m.Shares) != list.Len()*list.Width() || len(m.Proofs) != len(m.Shares) {
			return fmt.Errorf("%w: list %d: %d shares of width %d for %d ballots of %d ciphertexts",
				ErrMismatch, l, len(m.Shares), m.Width, list.Len(), list.Width())
		}
	}
	return nil
}

// verifyMixList checks trustee j's proofs for list l.
func (r *Result) verifyMixList(j, l int, list *shuffle.List, m *MixShares) error {
	errs := make([]error, (len(m.Shares)+mixChunk-1)/mixChunk)
	parallel.Chunks(len(m.Shares), mixChunk, func(lo, hi int) {
		err := r.checkMixProofs(j, l, list, m, lo, hi)
		if err == nil || !errors.Is(err, batch.ErrFailed) {
			errs[lo/mixChunk] = err
			return
		}
		for e := lo; e < hi; e++ {
			if r.checkMixProofs(j, l, list, m, e, e+1) != nil {
				i, k, _ := MixEntry(list, e)
				errs[lo/mixChunk] = fmt.Errorf("%w: list %d ballot %d candidate %d", ErrInvalid, l, i, k)
				return
			}
		}
	})
	return firstError(errs)
}

// checkMixProofs checks the proofs of entries lo to hi−1 of list l in one
// batch.
func (r *Result) checkMixProofs(j, l int, list *shuffle.List, m *MixShares, lo, hi int) error {
	bv := batch.New(rand.Reader)
	y := r.Verification[j-1]
	for e := lo; e < hi; e++ {
		i, k, ct := MixEntry(list, e)
		m.Proofs[e].Verify(r.MixDecryptionTranscript(j, l, i, k, ct), y, ct.A(), m.Shares[e], bv)
	}
	return bv.Check()
}

// MixedDecryption is the outcome of CombineMix.
type MixedDecryption struct {
	// Messages[l][i·w+k] = m·G, the plaintext of ballot i, candidate k of
	// list l (w the list's width).
	Messages [][]*ristretto255.Element
	Used     []int           // the T trustees whose shares were combined
	Rejected []*TrusteeError // mix decryptions refused, and why
}

// CombineMix decrypts the lists with the mix decryptions of any trustees,
// as Combine does the aggregates: it verifies every one
// (VerifyMixDecryption), refuses duplicates and misfits, and interpolates
// the first T valid ones by trustee index at 0, ciphertext by ciphertext:
// m·G = B − Σ λ_j·D_j. Fewer than T valid is a *CombineError naming every
// refused trustee. Callers choose which trustees may decrypt (in the mix
// phase, only those whose own mix is valid) and pass only theirs.
func (r *Result) CombineMix(lists []*shuffle.List, ds []*MixDecryption) (*MixedDecryption, error) {
	if err := CheckMixLists(lists); err != nil {
		return nil, err
	}
	out := &MixedDecryption{}
	valid := r.verifyMixes(lists, ds, out)
	if len(valid) < r.Params.T {
		return nil, &CombineError{Valid: len(valid), Threshold: r.Params.T, Rejected: out.Rejected}
	}
	valid = valid[:r.Params.T]
	for _, d := range valid {
		out.Used = append(out.Used, d.Trustee)
	}
	lambda := lagrangeAtZero(out.Used)
	out.Messages = make([][]*ristretto255.Element, len(lists))
	for l, list := range lists {
		msgs := make([]*ristretto255.Element, list.Len()*list.Width())
		parallel.Chunks(len(msgs), mixChunk, func(lo, hi int) {
			shares := make([]*ristretto255.Element, len(valid))
			for e := lo; e < hi; e++ {
				for k, d := range valid {
					shares[k] = d.Lists[l].Shares[e]
				}
				_, _, ct := MixEntry(list, e)
				msgs[e] = ct.Message(ristretto255.NewElement().VarTimeMultiScalarMult(lambda, shares))
			}
		})
		out.Messages[l] = msgs
	}
	return out, nil
}

// verifyMixes returns the valid mix decryptions sorted by trustee and
// records the others in out.Rejected.
func (r *Result) verifyMixes(lists []*shuffle.List, ds []*MixDecryption, out *MixedDecryption) []*MixDecryption {
	var valid []*MixDecryption
	seen := make(map[int]bool)
	for _, d := range ds {
		if d == nil {
			continue
		}
		var err *TrusteeError
		if seen[d.Trustee] {
			err = blame(d.Trustee, fmt.Errorf("%w: more than one mix decryption", ErrMismatch))
		} else {
			err = r.verifyMix(lists, d)
		}
		seen[d.Trustee] = true
		if err != nil {
			out.Rejected = append(out.Rejected, err)
			continue
		}
		valid = append(valid, d)
	}
	slices.SortFunc(valid, func(a, b *MixDecryption) int { return a.Trustee - b.Trustee })
	slices.SortStableFunc(out.Rejected, func(a, b *TrusteeError) int { return a.Trustee - b.Trustee })
	return valid
}
