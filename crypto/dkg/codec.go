package dkg

import (
	"fmt"

	"github.com/evote-org/evote/crypto/group"
	"github.com/gtank/ristretto255"
)

// header starts an encoding of the given kind and capacity.
func header(kind byte, size int) []byte {
	return append(make([]byte, 0, size), Version, kind)
}

// checkHeader checks that b has at least min bytes and the right version
// and kind.
func checkHeader(b []byte, kind byte, min int, what string) error {
	if len(b) < min {
		return fmt.Errorf("%w: %s is %d bytes, want at least %d", ErrDecode, what, len(b), min)
	}
	if b[0] != Version || b[1] != kind {
		return fmt.Errorf("%w: %s header %#x %#x, want %#x %#x", ErrDecode, what, b[0], b[1], Version, kind)
	}
	return nil
}

func appendElements(b []byte, es ...*ristretto255.Element) []byte {
	for _, e := range es {
		b = e.Encode(b)
	}
	return b
}

func appendScalars(b []byte, ss ...*ristretto255.Scalar) []byte {
	for _, s := range ss {
		b = s.Encode(b)
	}
	return b
}

// decodeElements decodes len(b)/32 consecutive canonical, non-identity
// points.
func decodeElements(b []byte, what string) ([]*ristretto255.Element, error) {
	out := make([]*ristretto255.Element, len(b)/group.ElementSize)
	for i := range out {
		e, err := group.DecodeElement(b[i*group.ElementSize : (i+1)*group.ElementSize])
		if err != nil {
			return nil, fmt.Errorf("%w: %s %d: %w", ErrDecode, what, i, err)
		}
		out[i] = e
	}
	return out, nil
}

// decodeScalars decodes len(b)/32 consecutive canonical scalars.
func decodeScalars(b []byte, what string) ([]*ristretto255.Scalar, error) {
	out := make([]*ristretto255.Scalar, len(b)/group.ScalarSize)
	for i := range out {
		s, err := group.DecodeScalar(b[i*group.ScalarSize : (i+1)*group.ScalarSize])
		if err != nil {
			return nil, fmt.Errorf("%w: %s %d: %w", ErrDecode, what, i, err)
		}
		out[i] = s
	}
	return out, nil
}
