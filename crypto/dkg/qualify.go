package dkg

import (
	"crypto/rand"
	"errors"
	"fmt"
	"slices"

	"github.com/evote-org/evote/crypto/batch"
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/group"
	"github.com/gtank/ristretto255"
)

// Result is the public outcome of a ceremony, which anyone recomputes from
// the posted keys, dealings and complaints with Qualify. Treat it as
// immutable.
type Result struct {
	Ceremony
	Qualified       []int                   // QUAL, ascending
	Excluded        []*TrusteeError         // dealers left out of QUAL, and why
	FalseComplaints []*TrusteeError         // complainants whose complaint failed, and why
	Key             *elgamal.PublicKey      // K = Σ_{i∈QUAL} C_{i,0}
	Verification    []*ristretto255.Element // Verification[j−1] = Y_j = s_j·G
}

// Qualify settles the ceremony from its public posts: keys (one per
// trustee, in order), the dealings and the complaints received in time.
// A dealer is qualified when it posted exactly one valid dealing and no
// complaint against it is upheld. Complaints against a dealer already out
// are not judged. Fewer than T qualified dealers is ErrTooFewDealers.
func (c Ceremony) Qualify(keys []*TrusteeKey, dealings []*Dealing, complaints []*Complaint) (*Result, error) {
	return c.QualifyPosts(keys, dealings, nil, complaints)
}

// QualifyPosts is Qualify when some dealers posted something that is not
// their dealing (it does not decode, or it is another dealer's): unusable
// blames them, and they are excluded for that reason, not as missing. A
// dealer with both a blame there and a dealing has posted twice.
func (c Ceremony) QualifyPosts(keys []*TrusteeKey, dealings []*Dealing, unusable []*TrusteeError, complaints []*Complaint) (*Result, error) {
	if err := c.VerifyKeys(keys); err != nil {
		return nil, err
	}
	r := &Result{Ceremony: c}
	valid := c.validDealings(dealings, unusable, r)
	for _, cp := range complaints {
		if cp == nil || !c.Params.valid(cp.Dealer) || valid[cp.Dealer] == nil {
			continue
		}
		switch v, err := c.Adjudicate(keys, valid[cp.Dealer], cp); v {
		case DealerGuilty:
			valid[cp.Dealer] = nil
			r.Excluded = append(r.Excluded, blame(cp.Dealer, fmt.Errorf("%w to trustee %d", ErrBadShare, cp.Recipient)))
		default:
			r.FalseComplaints = append(r.FalseComplaints, blame(cp.Recipient, fmt.Errorf("%w (dealer %d)", err, cp.Dealer)))
		}
	}
	var qual []*Dealing
	for i, d := range valid[1:] {
		if d != nil {
			r.Qualified, qual = append(r.Qualified, i+1), append(qual, d)
		}
	}
	slices.SortStableFunc(r.Excluded, func(a, b *TrusteeError) int { return a.Trustee - b.Trustee })
	if len(qual) < c.Params.T {
		return nil, fmt.Errorf("%w: %d of %d qualified, need %d: %v",
			ErrTooFewDealers, len(qual), c.Params.N, c.Params.T, joinBlames(r.Excluded))
	}
	if err := r.combineDealings(qual); err != nil {
		return nil, err
	}
	return r, nil
}

// validDealings returns, indexed by dealer (index 0 unused), the one
// valid dealing of each dealer, and records the others in r.Excluded.
func (c Ceremony) validDealings(dealings []*Dealing, unusable []*TrusteeError, r *Result) []*Dealing {
	byDealer, count := make([]*Dealing, c.Params.N+1), make([]int, c.Params.N+1)
	for _, d := range dealings {
		if d != nil && c.Params.valid(d.Dealer) {
			byDealer[d.Dealer] = d
			count[d.Dealer]++
		}
	}
	for _, u := range unusable {
		if u != nil && c.Params.valid(u.Trustee) {
			count[u.Trustee]++
		}
	}
	bv := batch.New(rand.Reader)
	for i := 1; i <= c.Params.N; i++ {
		var err error
		switch {
		case count[i] > 1:
			err = fmt.Errorf("%w: %d dealings", ErrMismatch, count[i])
		case byDealer[i] != nil:
			err = c.addDealing(byDealer[i], bv)
		default:
			err = why(unusable, i)
		}
		if err != nil {
			byDealer[i] = nil
			r.Excluded = append(r.Excluded, blame(i, err))
		}
	}
	if bv.Check() == nil {
		return byDealer
	}
	for i, d := range byDealer {
		if d == nil {
			continue
		}
		if err := c.VerifyDealing(d); err != nil {
			byDealer[i] = nil
			r.Excluded = append(r.Excluded, blame(i, ErrInvalid))
		}
	}
	return byDealer
}

// combineDealings sets the election key and the verification shares from
// the qualified dealings: with C_k = Σ_i C_{i,k}, K = C_0 and
// Y_j = Σ_k j^k·C_k.
func (r *Result) combineDealings(qual []*Dealing) error {
	sum := make([]*ristretto255.Element, r.Params.T)
	for k := range sum {
		sum[k] = ristretto255.NewIdentityElement()
		for _, d := range qual {
			sum[k].Add(sum[k], d.Commitments[k])
		}
	}
	if group.IsIdentity(sum[0]) {
		return fmt.Errorf("%w: election key is the identity", ErrInvalid)
	}
	r.Key = elgamal.NewPublicKey(sum[0])
	r.Verification = make([]*ristretto255.Element, r.Params.N)
	for j := range r.Verification {
		r.Verification[j] = evalCommitments(sum, j+1)
	}
	return nil
}

// why is the reason trustee i posted no usable message: its blame in
// unusable, or ErrMissing.
func why(unusable []*TrusteeError, i int) error {
	for _, u := range unusable {
		if u != nil && u.Trustee == i {
			return u.Err
		}
	}
	return ErrMissing
}

// joinBlames joins errs for a message (nil for none).
func joinBlames(errs []*TrusteeError) error {
	all := make([]error, len(errs))
	for i, e := range errs {
		all[i] = e
	}
	return errors.Join(all...)
}
