package dkg_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/evote-org/evote/crypto/dkg"
	"github.com/gtank/ristretto255"
)

func TestQualifyHonest(t *testing.T) {
	f := newFixture(t, t.Name())
	r := f.result
	if !slices.Equal(r.Qualified, []int{1, 2, 3, 4, 5}) || len(r.Excluded) != 0 || len(r.FalseComplaints) != 0 {
		t.Fatalf("honest ceremony: QUAL %v, excluded %v, false %v", r.Qualified, r.Excluded, r.FalseComplaints)
	}
	key := ristretto255.NewIdentityElement()
	for _, d := range f.dealings {
		key.Add(key, d.Commitments[0])
	}
	if key.Equal(r.Key.Element()) != 1 {
		t.Fatal("K is not the sum of the constant commitments")
	}
	for j := 1; j <= 5; j++ {
		y := ristretto255.NewIdentityElement()
		for _, d := range f.dealings {
			y.Add(y, d.PublicShare(j))
		}
		if y.Equal(r.Verification[j-1]) != 1 {
			t.Fatalf("Y_%d is not the sum of the dealings' public shares", j)
		}
	}
}

func TestQualifyExcludes(t *testing.T) {
	f := newFixture(t, t.Name())
	tampered := must(dkg.ParseDealing(with(f.dealings[2].Bytes(), offShares, 1)))
	for name, tc := range map[string]struct {
		dealings   []*dkg.Dealing
		complaints []*dkg.Complaint
		excluded   int
		reason     error
		unusable   []*dkg.TrusteeError
	}{
		"guilty":    {[]*dkg.Dealing{f.dealings[0], f.evil, f.dealings[2], f.dealings[3], f.dealings[4]}, []*dkg.Complaint{f.complaint, nil}, 2, dkg.ErrBadShare, nil},
		"missing":   {[]*dkg.Dealing{f.dealings[0], nil, f.dealings[2], f.dealings[3], f.dealings[4]}, nil, 2, dkg.ErrMissing, nil},
		"duplicate": {append(slices.Clone(f.dealings), f.evil), nil, 2, dkg.ErrMismatch, nil},
		"invalid":   {[]*dkg.Dealing{f.dealings[0], f.dealings[1], tampered, f.dealings[3], f.dealings[4]}, nil, 3, dkg.ErrInvalid, nil},
		"moot":      {[]*dkg.Dealing{f.dealings[0], f.dealings[2], f.dealings[3], f.dealings[4]}, []*dkg.Complaint{f.complaint}, 2, dkg.ErrMissing, nil},
		"malformed": {[]*dkg.Dealing{f.dealings[0], f.dealings[2], f.dealings[3], f.dealings[4]}, nil, 2, dkg.ErrDecode,
			[]*dkg.TrusteeError{{Trustee: 2, Err: dkg.ErrDecode}}},
		"twice": {f.dealings, nil, 2, dkg.ErrMismatch, []*dkg.TrusteeError{{Trustee: 2, Err: dkg.ErrDecode}}},
	} {
		r, err := f.c.QualifyPosts(f.keys, tc.dealings, tc.unusable, tc.complaints)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(r.Excluded) != 1 || r.Excluded[0].Trustee != tc.excluded || !errors.Is(r.Excluded[0], tc.reason) {
			t.Errorf("%s: excluded %v, want dealer %d for %v", name, r.Excluded, tc.excluded, tc.reason)
		}
		if len(r.Qualified) != 4 || slices.Contains(r.Qualified, tc.excluded) || len(r.FalseComplaints) != 0 {
			t.Errorf("%s: QUAL %v, false complaints %v", name, r.Qualified, r.FalseComplaints)
		}
	}
}

func TestQualifyFalseComplaint(t *testing.T) {
	f := newFixture(t, t.Name())
	// Trustee 4's complaint about the evil dealing, filed against the
	// honest dealing of the same dealer: its proof is for another E.
	r, err := f.c.Qualify(f.keys, f.dealings, []*dkg.Complaint{f.complaint})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Qualified) != 5 || len(r.FalseComplaints) != 1 || r.FalseComplaints[0].Trustee != 4 || !errors.Is(r.FalseComplaints[0], dkg.ErrInvalid) {
		t.Fatalf("QUAL %v, false complaints %v", r.Qualified, r.FalseComplaints)
	}
}

func TestQualifyTooFew(t *testing.T) {
	f := newFixture(t, t.Name())
	_, err := f.c.Qualify(f.keys, []*dkg.Dealing{f.dealings[0], f.evil, f.dealings[4]}, []*dkg.Complaint{f.complaint})
	if !errors.Is(err, dkg.ErrTooFewDealers) {
		t.Fatalf("got %v, want ErrTooFewDealers", err)
	}
	for _, s := range []string{"trustee 2: dealer sent a wrong share", "trustee 3: no message", "trustee 4: no message"} {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("error %q does not say %q", err, s)
		}
	}
	if _, err := f.c.Qualify(f.keys[:4], f.dealings, nil); !errors.Is(err, dkg.ErrMismatch) {
		t.Errorf("qualified with 4 keys: %v", err)
	}
}
