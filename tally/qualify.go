package tally

import (
	"bytes"
	"errors"
	"fmt"
	"slices"

	"github.com/evote-org/evote/crypto/dkg"
)

// Keys parses the trustees' key posts, one per trustee in order, and
// verifies them with their proofs of possession. Every trustee must have
// posted a valid key: the dealings are encrypted to all of them. A post
// that does not decode is blamed as malformed, one with another
// trustee's key as a mismatch, never as missing.
func (e *Election) Keys() ([]*dkg.TrusteeKey, error) {
	keys := make([]*dkg.TrusteeKey, len(e.Header.Trustees))
	var unusable []*dkg.TrusteeError
	for _, p := range e.Header.Ceremony.Keys {
		k, err := dkg.ParseTrusteeKey(p.Data)
		switch {
		case p.Trustee < 0 || p.Trustee >= len(keys):
		case err != nil:
			unusable = append(unusable, &dkg.TrusteeError{Trustee: TrusteeOf(p.Trustee), Err: err})
		default:
			keys[p.Trustee] = k // VerifyKeys blames another trustee's key in this place
		}
	}
	if err := e.Ceremony.VerifyKeyPosts(keys, unusable); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrCeremony, err)
	}
	return keys, nil
}

// Settle settles the key ceremony from the posts (dkg Qualify), sets
// e.Result and the header's Qualified, Excluded and FalseComplaints.
func (e *Election) Settle() error {
	keys, err := e.Keys()
	if err != nil {
		return err
	}
	c := &e.Header.Ceremony
	dealings, unusable := e.dealings()
	complaints := e.complaints()
	r, err := e.Ceremony.QualifyPosts(keys, dealings, unusable, complaints)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrCeremony, err)
	}
	e.Result = r
	c.Qualified = slices.Clone(r.Qualified)
	c.Excluded = blames(r.Excluded)
	c.FalseComplaints = e.falseComplaints(keys, dealings, complaints)
	return nil
}

// Qualify settles the ceremony (Settle) and fails with ErrCeremony if it
// does not settle as the commission posted it: another QUAL or another
// election key.
func (e *Election) Qualify() error {
	if err := e.Settle(); err != nil {
		return err
	}
	r, c := e.Result, &e.Header.Ceremony
	if m := QualifiedMask(r.Qualified); m != c.QualifiedMask {
		return fmt.Errorf("%w: QUAL is mask %#x, the commission posted %#x", ErrCeremony, m, c.QualifiedMask)
	}
	if !bytes.Equal(r.Key.Bytes(), c.ElectionKey) {
		return fmt.Errorf("%w: the election key is %x, the commission posted %x", ErrCeremony, r.Key.Bytes(), c.ElectionKey)
	}
	return nil
}

// dealings parses the dealing posts. A post that does not decode, or
// whose dealer is not its poster, is not a dealing: it is blamed in
// unusable (malformed or mismatch), and its poster has no dealing.
func (e *Election) dealings() (out []*dkg.Dealing, unusable []*dkg.TrusteeError) {
	for _, p := range e.Header.Ceremony.Dealings {
		d, err := dkg.ParseDealing(p.Data)
		if err == nil && d.Dealer != TrusteeOf(p.Trustee) {
			err = fmt.Errorf("%w: dealing of trustee %d posted by trustee %d", dkg.ErrMismatch, d.Dealer, TrusteeOf(p.Trustee))
		}
		if err != nil {
			unusable = append(unusable, &dkg.TrusteeError{Trustee: TrusteeOf(p.Trustee), Err: err})
		} else {
			out = append(out, d)
		}
	}
	return out, unusable
}

// complaints parses the complaint posts; one whose recipient is not its
// poster is dropped.
func (e *Election) complaints() []*dkg.Complaint {
	var out []*dkg.Complaint
	for _, p := range e.Header.Ceremony.Complaints {
		cp, err := dkg.ParseComplaint(p.Data)
		if err == nil && cp.Recipient == TrusteeOf(p.Trustee) {
			out = append(out, cp)
		}
	}
	return out
}

// falseComplaints names every complaint that fails, with its dealer and
// reason, judging them as dkg Qualify does: in order, each against a
// dealer with a valid dealing not already found guilty (and only one
// dealing post: a dealer that posted twice is out). A complaint post
// that does not parse or names another recipient is false too.
func (e *Election) falseComplaints(keys []*dkg.TrusteeKey, dealings []*dkg.Dealing, cps []*dkg.Complaint) []Blame {
	out := []Blame{}
	posts := map[int]int{}
	for _, p := range e.Header.Ceremony.Dealings {
		posts[TrusteeOf(p.Trustee)]++
	}
	valid := map[int]*dkg.Dealing{}
	for _, d := range dealings {
		if posts[d.Dealer] == 1 && e.Ceremony.VerifyDealing(d) == nil {
			valid[d.Dealer] = d
		}
	}
	for _, cp := range cps {
		d := valid[cp.Dealer]
		if d == nil {
			continue
		}
		if v, err := e.Ceremony.Adjudicate(keys, d, cp); v == dkg.DealerGuilty {
			delete(valid, cp.Dealer)
		} else {
			out = append(out, Blame{Trustee: cp.Recipient, Dealer: cp.Dealer, Reason: reason(err)})
		}
	}
	for _, p := range e.Header.Ceremony.Complaints {
		if cp, err := dkg.ParseComplaint(p.Data); err != nil || cp.Recipient != TrusteeOf(p.Trustee) {
			out = append(out, Blame{Trustee: TrusteeOf(p.Trustee), Reason: reason(errOrMismatch(err))})
		}
	}
	sortBlames(out)
	return out
}

func errOrMismatch(err error) error {
	if err == nil {
		return dkg.ErrMismatch
	}
	return err
}

// blames converts dkg's blames.
func blames(errs []*dkg.TrusteeError) []Blame {
	out := make([]Blame, len(errs))
	for i, te := range errs {
		out[i] = Blame{Trustee: te.Trustee, Reason: reason(te.Err)}
	}
	sortBlames(out)
	return out
}

// Reasons of blames, stable names in the record.
var reasons = []struct {
	err  error
	name string
}{
	{dkg.ErrMissing, "missing"},
	{dkg.ErrDecode, "malformed"},
	{dkg.ErrBadShare, "bad-share"},
	{dkg.ErrShareCorrect, "share-correct"},
	{dkg.ErrMismatch, "mismatch"},
	{dkg.ErrInvalid, "invalid-proof"},
}

// reason is the stable name of a dkg error.
func reason(err error) string {
	for _, r := range reasons {
		if errors.Is(err, r.err) {
			return r.name
		}
	}
	return "invalid"
}
