package tally_test

import (
	"bytes"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/internal/synth"
)

// ceremonyElection returns elections of one synthetic 3-of-5 election
// whose ceremony posts edit has changed, each from a fresh copy.
func ceremonyElection(t *testing.T) func(edit func(c *tally.Ceremony)) *tally.Election {
	t.Helper()
	out, err := synth.Write(io.Discard, synth.Config{})
	if err != nil {
		t.Fatal(err)
	}
	line := tally.Marshal(out.Header)
	return func(edit func(c *tally.Ceremony)) *tally.Election {
		h := new(tally.Header)
		if err := tally.Unmarshal(line, h); err != nil {
			t.Fatal(err)
		}
		edit(&h.Ceremony)
		e, err := tally.NewElection(h)
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
}

// TestMalformedPosts: a ceremony post that is not its poster's message is
// blamed for what it is, never as a missing post.
func TestMalformedPosts(t *testing.T) {
	election := ceremonyElection(t)
	malformed := []tally.Blame{{Trustee: 2, Reason: "malformed"}}
	for _, tc := range []struct {
		name            string
		edit            func(c *tally.Ceremony)
		excluded, false []tally.Blame
	}{
		{"identity commitment", func(c *tally.Ceremony) {
			copy(c.Dealings[1].Data[5:37], make([]byte, 32)) // C_0 = the identity
		}, malformed, nil},
		{"truncated dealing", func(c *tally.Ceremony) { c.Dealings[1].Data = c.Dealings[1].Data[:40] }, malformed, nil},
		{"dealing of another trustee", func(c *tally.Ceremony) {
			c.Dealings[1].Data = bytes.Clone(c.Dealings[0].Data)
		}, []tally.Blame{{Trustee: 2, Reason: "mismatch"}}, nil},
		{"two dealings, a complaint against them", func(c *tally.Ceremony) {
			c.Dealings = append(c.Dealings, tally.Post{Trustee: 1, Data: []byte{dkg.Version, dkg.KindDealing}})
			// Trustee 1's complaint against dealer 2, with a proof that fails: not judged, dealer 2 is out.
			point, one := c.Keys[0].Data[3:35], append([]byte{1}, make([]byte, 31)...)
			data := append([]byte{dkg.Version, dkg.KindComplaint, 2, 1}, point...)
			data = append(append(append(data, point...), point...), one...)
			c.Complaints = append(c.Complaints, tally.Post{Trustee: 0, Data: data})
		}, []tally.Blame{{Trustee: 2, Reason: "mismatch"}}, nil},
		{"garbage complaint", func(c *tally.Ceremony) {
			c.Complaints = append(c.Complaints, tally.Post{Trustee: 1, Data: []byte{dkg.Version, dkg.KindComplaint}})
		}, nil, malformed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := election(tc.edit)
			if err := e.Settle(); err != nil {
				t.Fatal(err)
			}
			c := e.Header.Ceremony
			if !slices.Equal(c.Excluded, nonNil(tc.excluded)) || !slices.Equal(c.FalseComplaints, nonNil(tc.false)) {
				t.Errorf("excluded %v, false complaints %v; want %v and %v", c.Excluded, c.FalseComplaints, tc.excluded, tc.false)
			}
		})
	}
}

func nonNil(bs []tally.Blame) []tally.Blame {
	if bs == nil {
		return []tally.Blame{}
	}
	return bs
}

// TestMalformedKeys: a key post that does not decode, or is another
// trustee's key, fails the ceremony with that reason, not as missing.
func TestMalformedKeys(t *testing.T) {
	election := ceremonyElection(t)
	for _, tc := range []struct {
		name string
		edit func(c *tally.Ceremony)
		want error
	}{
		{"identity key", func(c *tally.Ceremony) { copy(c.Keys[1].Data[3:35], make([]byte, 32)) }, dkg.ErrDecode},
		{"key of another trustee", func(c *tally.Ceremony) { c.Keys[1].Data = bytes.Clone(c.Keys[0].Data) }, dkg.ErrMismatch},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := election(tc.edit)
			_, err := e.Keys()
			var te *dkg.TrusteeError
			if !errors.Is(err, tc.want) || errors.Is(err, dkg.ErrMissing) || !errors.As(err, &te) || te.Trustee != 2 {
				t.Errorf("got %v, want trustee 2 blamed with %v", err, tc.want)
			}
			if err := e.Settle(); !errors.Is(err, tc.want) || errors.Is(err, dkg.ErrMissing) {
				t.Errorf("Settle: %v", err)
			}
		})
	}
}

// TestMalformedTooFew: when malformed dealings leave fewer than t
// dealers, the failure names them as malformed.
func TestMalformedTooFew(t *testing.T) {
	e := ceremonyElection(t)(func(c *tally.Ceremony) {
		for i := range 3 {
			c.Dealings[i].Data = c.Dealings[i].Data[:40]
		}
	})
	err := e.Settle()
	if !errors.Is(err, dkg.ErrTooFewDealers) || strings.Count(err.Error(), "malformed") != 3 || strings.Contains(err.Error(), "no message") {
		t.Errorf("got %v, want 3 malformed dealings", err)
	}
}
