// Package group is the prime-order group every ballot, key and proof of the
// system lives in: ristretto255 (RFC 9496) as implemented by
// github.com/gtank/ristretto255 v0.2.0 on top of filippo.io/edwards25519.
//
// It adds what the protocol needs on top of the library and nothing more:
// strict decoding at the trust boundary (canonical encodings only, the
// identity refused), uniform random scalars from an io.Reader, and small
// integers as scalars.
//
// Constant time: decoding, scalar arithmetic, Element.ScalarMult and
// Element.ScalarBaseMult are constant time in the library. Only the
// VarTime* operations (and package msm) are not; they are for public data.
package group

import (
	"errors"
	"fmt"
	"io"

	"github.com/gtank/ristretto255"
)

// Sizes of the canonical encodings.
const (
	ElementSize = 32
	ScalarSize  = 32
)

var (
	// ErrLength is returned for an encoding of the wrong size.
	ErrLength = errors.New("group: wrong encoding length")
	// ErrNonCanonical is returned for a byte string that is not the
	// canonical encoding of an element or a scalar.
	ErrNonCanonical = errors.New("group: non-canonical encoding")
	// ErrIdentity is returned when the identity element is decoded where
	// the protocol never produces it.
	ErrIdentity = errors.New("group: identity element")
)

var identity = ristretto255.NewIdentityElement()

// DecodeElement decodes a canonical, non-identity ristretto255 element.
func DecodeElement(b []byte) (*ristretto255.Element, error) {
	if len(b) != ElementSize {
		return nil, fmt.Errorf("%w: element is %d bytes, want %d", ErrLength, len(b), ElementSize)
	}
	e, err := ristretto255.NewElement().SetCanonicalBytes(b)
	if err != nil {
		return nil, ErrNonCanonical
	}
	// The canonical encoding of the identity is 32 zero bytes, and b is
	// canonical: comparing bytes is exact and cheaper than Equal.
	if [ElementSize]byte(b) == [ElementSize]byte{} {
		return nil, ErrIdentity
	}
	return e, nil
}

// DecodeScalar decodes a canonical scalar (little-endian, below the group
// order).
func DecodeScalar(b []byte) (*ristretto255.Scalar, error) {
	if len(b) != ScalarSize {
		return nil, fmt.Errorf("%w: scalar is %d bytes, want %d", ErrLength, len(b), ScalarSize)
	}
	s, err := ristretto255.NewScalar().SetCanonicalBytes(b)
	if err != nil {
		return nil, ErrNonCanonical
	}
	return s, nil
}

// RandomScalar returns a uniformly random scalar made from 64 bytes of r.
// Pass crypto/rand.Reader outside tests.
func RandomScalar(r io.Reader) (*ristretto255.Scalar, error) {
	var buf [64]byte
	if _, err := io.ReadFull(r, buf[:]); err != nil {
		return nil, fmt.Errorf("group: reading randomness: %w", err)
	}
	s, _ := ristretto255.NewScalar().SetUniformBytes(buf[:])
	return s, nil
}

// Uint64 returns v as a scalar.
func Uint64(v uint64) *ristretto255.Scalar {
	var buf [ScalarSize]byte
	for i := range 8 {
		buf[i] = byte(v >> (8 * i))
	}
	s, _ := ristretto255.NewScalar().SetCanonicalBytes(buf[:])
	return s
}

// Int64 returns v as a scalar; negative values are reduced modulo the
// group order.
func Int64(v int64) *ristretto255.Scalar {
	if v >= 0 {
		return Uint64(uint64(v))
	}
	return ristretto255.NewScalar().Negate(Uint64(uint64(-v)))
}

// IsIdentity reports whether e is the identity element.
func IsIdentity(e *ristretto255.Element) bool {
	return e.Equal(identity) == 1
}

// DecodeElements decodes n consecutive elements from the start of b, each
// as DecodeElement does.
func DecodeElements(b []byte, n int) ([]*ristretto255.Element, error) {
	if len(b) < n*ElementSize {
		return nil, fmt.Errorf("%w: %d bytes for %d elements", ErrLength, len(b), n)
	}
	out := make([]*ristretto255.Element, n)
	for i := range out {
		e, err := DecodeElement(b[i*ElementSize : (i+1)*ElementSize])
		if err != nil {
			return nil, fmt.Errorf("element %d: %w", i, err)
		}
		out[i] = e
	}
	return out, nil
}

// DecodeScalars decodes n consecutive scalars from the start of b, each as
// DecodeScalar does.
func DecodeScalars(b []byte, n int) ([]*ristretto255.Scalar, error) {
	if len(b) < n*ScalarSize {
		return nil, fmt.Errorf("%w: %d bytes for %d scalars", ErrLength, len(b), n)
	}
	out := make([]*ristretto255.Scalar, n)
	for i := range out {
		s, err := DecodeScalar(b[i*ScalarSize : (i+1)*ScalarSize])
		if err != nil {
			return nil, fmt.Errorf("scalar %d: %w", i, err)
		}
		out[i] = s
	}
	return out, nil
}

// AppendElements appends the encodings of es to b.
func AppendElements(b []byte, es ...*ristretto255.Element) []byte {
	for _, e := range es {
		b = e.Encode(b)
	}
	return b
}

// AppendScalars appends the encodings of ss to b.
func AppendScalars(b []byte, ss ...*ristretto255.Scalar) []byte {
	for _, s := range ss {
		b = s.Encode(b)
	}
	return b
}
