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

// decodeElements decodes len(b)/32 consecutive canonical, non-identity
// points.
func decodeElements(b []byte, what string) ([]*ristretto255.Element, error) {
	out, err := group.DecodeElements(b, len(b)/group.ElementSize)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrDecode, what, err)
	}
	return out, nil
}

// decodeScalars decodes len(b)/32 consecutive canonical scalars.
func decodeScalars(b []byte, what string) ([]*ristretto255.Scalar, error) {
	out, err := group.DecodeScalars(b, len(b)/group.ScalarSize)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrDecode, what, err)
	}
	return out, nil
}
