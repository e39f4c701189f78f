// Package elgamal is exponential ElGamal on ristretto255: a message m is
// encrypted as (A, B) = (rG, mG + rK) under the public key K = sG. The
// product of ciphertexts encrypts the sum of their messages, which is how
// ballots are tallied without decrypting any one of them. Decryption yields
// mG; the small m is then found with package dlog.
//
// Encodings are fixed-size and canonical: a public key is one 32-byte
// ristretto255 element, a ciphertext is A || B (64 bytes); decoders refuse
// non-canonical encodings and the identity.
//
// The package holds no secret key: the election key only ever exists as
// trustee shares (packages dkg and trustee), so an observer's verifier can
// import this package without importing anything secret.
//
// Constant time: Encrypt and EncryptWithNonce are constant time in the
// message and the nonce. Add and Message are public-data arithmetic.
package elgamal

import (
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/evote-org/evote/crypto/group"
	"github.com/gtank/ristretto255"
)

// CiphertextSize is the length of an encoded ciphertext.
const CiphertextSize = 2 * group.ElementSize

// ErrDecode is returned by the decoders; it wraps the group error.
var ErrDecode = errors.New("elgamal: malformed encoding")

// PublicKey is an encryption key K = sG. It is immutable and keeps its
// encoding, which every proof hashes.
type PublicKey struct {
	k   *ristretto255.Element
	enc []byte
}

// NewPublicKey wraps the element K.
func NewPublicKey(k *ristretto255.Element) *PublicKey {
	return &PublicKey{k: k, enc: k.Bytes()}
}

// ParsePublicKey decodes a 32-byte public key.
func ParsePublicKey(b []byte) (*PublicKey, error) {
	k, err := group.DecodeElement(b)
	if err != nil {
		return nil, fmt.Errorf("%w: public key: %w", ErrDecode, err)
	}
	return &PublicKey{k: k, enc: append([]byte(nil), b...)}, nil
}

// Element returns K. Callers must not modify it.
func (pk *PublicKey) Element() *ristretto255.Element { return pk.k }

// Bytes returns the 32-byte encoding of the key.
func (pk *PublicKey) Bytes() []byte { return pk.enc }

// Ciphertext is (A, B) = (rG, mG + rK). It is immutable and keeps its
// encoding, so that verifying a parsed ballot hashes the received bytes
// instead of re-encoding points (an encoding costs an inverse square root).
type Ciphertext struct {
	a, b *ristretto255.Element
	once sync.Once
	enc  []byte // A || B, computed on first use when not parsed
}

// NewCiphertext returns the ciphertext (a, b). Callers must not modify the
// elements afterwards.
func NewCiphertext(a, b *ristretto255.Element) *Ciphertext {
	return &Ciphertext{a: a, b: b}
}

// A returns rG. Callers must not modify it.
func (c *Ciphertext) A() *ristretto255.Element { return c.a }

// B returns mG + rK. Callers must not modify it.
func (c *Ciphertext) B() *ristretto255.Element { return c.b }

// Encrypt encrypts the small message m with a fresh nonce and returns the
// nonce, which the ballot's proofs need.
func Encrypt(pk *PublicKey, m uint64, rand io.Reader) (*Ciphertext, *ristretto255.Scalar, error) {
	r, err := group.RandomScalar(rand)
	if err != nil {
		return nil, nil, err
	}
	return EncryptWithNonce(pk, m, r), r, nil
}

// EncryptWithNonce encrypts m with the given nonce. Auditing a challenged
// ballot (Benaloh) re-encrypts with the revealed nonces and compares.
func EncryptWithNonce(pk *PublicKey, m uint64, r *ristretto255.Scalar) *Ciphertext {
	g := ristretto255.NewGeneratorElement()
	return NewCiphertext(
		ristretto255.NewElement().ScalarBaseMult(r),
		ristretto255.NewElement().MultiScalarMult(
			[]*ristretto255.Scalar{group.Uint64(m), r},
			[]*ristretto255.Element{g, pk.k}))
}

// Message returns B - D, which is mG when D = sA is the (combined)
// decryption share of c.
func (c *Ciphertext) Message(d *ristretto255.Element) *ristretto255.Element {
	return ristretto255.NewElement().Subtract(c.b, d)
}

// Add returns x + y, the encryption of the sum of their messages.
func Add(x, y *Ciphertext) *Ciphertext {
	return NewCiphertext(ristretto255.NewElement().Add(x.a, y.a), ristretto255.NewElement().Add(x.b, y.b))
}

// Zero returns the identity ciphertext, the neutral element of Add. It is
// not a valid encoding (decoders refuse the identity); it only starts sums.
func Zero() *Ciphertext {
	return NewCiphertext(ristretto255.NewIdentityElement(), ristretto255.NewIdentityElement())
}

// Equal reports whether c and d are the same ciphertext.
func (c *Ciphertext) Equal(d *Ciphertext) bool {
	return c.a.Equal(d.a) == 1 && c.b.Equal(d.b) == 1
}

// Bytes returns A || B. The slice is shared; do not modify it.
func (c *Ciphertext) Bytes() []byte {
	c.once.Do(func() {
		if c.enc == nil {
			c.enc = c.b.Encode(c.a.Encode(make([]byte, 0, CiphertextSize)))
		}
	})
	return c.enc
}

// ParseCiphertext decodes a 64-byte ciphertext.
func ParseCiphertext(b []byte) (*Ciphertext, error) {
	if len(b) != CiphertextSize {
		return nil, fmt.Errorf("%w: ciphertext is %d bytes, want %d", ErrDecode, len(b), CiphertextSize)
	}
	a, err := group.DecodeElement(b[:32])
	if err != nil {
		return nil, fmt.Errorf("%w: ciphertext A: %w", ErrDecode, err)
	}
	bb, err := group.DecodeElement(b[32:])
	if err != nil {
		return nil, fmt.Errorf("%w: ciphertext B: %w", ErrDecode, err)
	}
	return &Ciphertext{a: a, b: bb, enc: append([]byte(nil), b...)}, nil
}
