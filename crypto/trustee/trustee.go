// Package trustee is the secret side of the threshold election key: what
// one trustee computes and keeps during the key ceremony and the tally.
// The public messages and every check an observer runs are package dkg;
// the protocol, its papers (Pedersen, EUROCRYPT 1991; Gennaro, Jarecki,
// Krawczyk, Rabin, J. Cryptology 2007 and CT-RSA 2003) and its caveats are
// described there.
//
// A trustee's life:
//
//	t, _ := trustee.New(ceremony, i, rand)   // transport key x_i, post t.Key()
//	d, _ := t.Deal(keys, rand)               // post d
//	c, _ := t.Receive(d_k, rand)             // for every dealing; post c if non-nil
//	s, _ := t.Finish(result)                 // result from ceremony.Qualify
//	p, _ := s.PartialDecrypt(aggregates, rand) // at the tally; post p
//	m, _ := s.DecryptMixed(finalLists, rand)   // after a valid mix of its own; store m.Bytes(), post its hash
//
// Secret types (Trustee, Share) are not comparable and have no encoding.
// The one exception is ExportSecret, the transport secret x alone, for a
// trustee that saves it (sealed) between the steps of a ceremony and
// Restores it; the key share s_j is never exported, it is rebuilt from x
// and the posted dealings.
//
// Constant time: every operation on a secret (the transport key x, the
// polynomial coefficients, the ephemeral e, received shares, the key share
// s_j) is constant time: scalar arithmetic, Element.ScalarMult and
// ScalarBaseMult of the library, SHA-512 for the share pad, and the
// provers of package proof. The code branches only on results that are
// public anyway: whether a received share matches the dealer's
// commitments (the trustee then complains or not, in public) and whether
// s_j·G equals the public Y_j. Verifying others' messages is variable time
// on public data. Go cannot reliably erase memory: secrets stay in the
// heap until collected, so run a trustee on a machine you trust.
package trustee

import (
	"errors"
	"fmt"
	"io"

	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/crypto/proof"
	"github.com/gtank/ristretto255"
)

var (
	// ErrIndex is returned for a trustee index outside 1..N.
	ErrIndex = errors.New("trustee: index out of range")
	// ErrCeremony is returned for a result of another ceremony.
	ErrCeremony = errors.New("trustee: result of another ceremony")
	// ErrMissingShare is returned by Finish when no checked share was
	// received from a qualified dealer.
	ErrMissingShare = errors.New("trustee: no checked share from a qualified dealer")
	// ErrShareMismatch is returned by Finish when s_j·G is not Y_j.
	ErrShareMismatch = errors.New("trustee: key share does not match the public verification share")
)

// Trustee is one trustee during the key ceremony: its transport key and
// the shares it has received and checked.
type Trustee struct {
	_      [0]func() // not comparable
	c      dkg.Ceremony
	index  int
	x      *ristretto255.Scalar
	key    *dkg.TrusteeKey
	shares map[int]*ristretto255.Scalar // dealer → f_dealer(index), checked
}

// New makes trustee index of ceremony c: a fresh transport key x and its
// proof of possession. Pass crypto/rand.Reader outside tests.
func New(c dkg.Ceremony, index int, rand io.Reader) (*Trustee, error) {
	if err := c.Params.Validate(); err != nil {
		return nil, err
	}
	if index < 1 || index > c.Params.N {
		return nil, fmt.Errorf("%w: %d, want 1 to %d", ErrIndex, index, c.Params.N)
	}
	x, err := group.RandomScalar(rand)
	if err != nil {
		return nil, err
	}
	X := ristretto255.NewElement().ScalarBaseMult(x)
	pop, err := proof.ProveSchnorr(c.KeyTranscript(index), x, X, rand)
	if err != nil {
		return nil, err
	}
	return &Trustee{
		c: c, index: index, x: x,
		key:    &dkg.TrusteeKey{Trustee: index, X: X, PoP: pop},
		shares: make(map[int]*ristretto255.Scalar),
	}, nil
}

// Index is the trustee's number, 1 to N.
func (t *Trustee) Index() int { return t.index }

// Key is the trustee's public key, to post.
func (t *Trustee) Key() *dkg.TrusteeKey { return t.key }
