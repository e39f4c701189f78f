package trustee

import (
	"crypto/subtle"
	"errors"
	"fmt"

	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/crypto/group"
	"github.com/gtank/ristretto255"
)

// SecretSize is the length of an exported transport secret.
const SecretSize = 3 + group.ScalarSize

// secretKind is the kind byte of an exported secret: far from the public
// message kinds of package dkg, so that no public parser takes it.
const secretKind = 0x81

// ErrSecret is returned by Restore for a secret that is malformed or does
// not belong to the key.
var ErrSecret = errors.New("trustee: secret does not decode or does not match the key")

// ExportSecret returns the trustee's transport secret x for storage
// between the steps of a ceremony: 0x01 0x81 || index (1 byte) || x (32).
// Nothing else is needed later: the shares dealt to this trustee are on
// the chain, encrypted to x, and Receive opens them again. Whoever holds
// these bytes reads every share dealt to the trustee: seal them at rest.
func (t *Trustee) ExportSecret() []byte {
	b := append(make([]byte, 0, SecretSize), dkg.Version, secretKind, byte(t.index))
	return t.x.Encode(b)
}

// Restore rebuilds a trustee from its exported secret and its posted key
// (which it checks: index, proof of possession, X = x·G). The restored
// trustee has received no share yet: call Receive for every dealing
// before Finish. Decoding x is constant time (a 512-bit reduction and a
// constant-time comparison with the input instead of the library's
// variable-time canonicity check).
func Restore(c dkg.Ceremony, secret []byte, key *dkg.TrusteeKey) (*Trustee, error) {
	if err := c.VerifyKey(key); err != nil {
		return nil, err
	}
	if len(secret) != SecretSize || secret[0] != dkg.Version || secret[1] != secretKind {
		return nil, fmt.Errorf("%w: bad length or header", ErrSecret)
	}
	if int(secret[2]) != key.Trustee {
		return nil, fmt.Errorf("%w: secret of trustee %d, key of trustee %d", ErrSecret, secret[2], key.Trustee)
	}
	var wide [64]byte
	copy(wide[:], secret[3:])
	x, _ := ristretto255.NewScalar().SetUniformBytes(wide[:])
	ok := subtle.ConstantTimeCompare(x.Encode(nil), secret[3:])
	ok &= ristretto255.NewElement().ScalarBaseMult(x).Equal(key.X)
	if ok != 1 {
		return nil, ErrSecret
	}
	return &Trustee{c: c, index: key.Trustee, x: x, key: key, shares: make(map[int]*ristretto255.Scalar)}, nil
}
