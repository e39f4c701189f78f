// Package tracker is the tracker code of a cast: a short, human-checkable
// name of a ballot that the booth shows the voter and anyone can compute
// from the chain. The relay, the booth (also in WebAssembly) and the site
// all use this one definition (docs/relay-api.md).
package tracker

import (
	"encoding/base32"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/crypto/sha3"
)

// Size is the size of a tracker code: 10 bytes, 80 bits.
const Size = 10

// ErrMalformed is returned by Parse for text that is not a tracker code.
var ErrMalformed = errors.New("tracker: malformed tracker code")

// Code is a short, human-checkable name of a cast: the first 10 bytes
// of Keccak-256 of the ballot bytes, written in Crockford's base32 in four
// groups of four ("7ZQ4-1M8D-XK2C-9VTA"). The booth shows it to the voter,
// who can find the ballot on chain by it ("find my ballot"): anyone can
// compute it from the BallotCast log. 80 bits make a second ballot with
// the tracker of a given one infeasible to find.
type Code [Size]byte

// crockford is Crockford's base32 alphabet: digits and letters without
// I, L, O and U.
var crockford = base32.NewEncoding("0123456789ABCDEFGHJKMNPQRSTVWXYZ").WithPadding(base32.NoPadding)

// Of is the tracker code of a ballot.
func Of(ballot []byte) Code {
	h := sha3.NewLegacyKeccak256()
	h.Write(ballot)
	var t Code
	copy(t[:], h.Sum(nil))
	return t
}

// String is the grouped form, XXXX-XXXX-XXXX-XXXX.
func (t Code) String() string {
	s := crockford.EncodeToString(t[:])
	return s[0:4] + "-" + s[4:8] + "-" + s[8:12] + "-" + s[12:16]
}

// Parse reads a tracker code as a person may type it: in either
// case, with or without hyphens and spaces, with O for 0 and I or L for 1
// (Crockford's rules).
func Parse(s string) (Code, error) {
	var t Code
	if len(s) > 64 {
		return t, fmt.Errorf("%w: too long", ErrMalformed)
	}
	norm := strings.Map(func(r rune) rune {
		switch r {
		case '-', ' ':
			return -1
		case 'o', 'O':
			return '0'
		case 'i', 'I', 'l', 'L':
			return '1'
		}
		if 'a' <= r && r <= 'z' {
			return r - 'a' + 'A'
		}
		return r
	}, s)
	if len(norm) != 16 {
		return t, fmt.Errorf("%w: a tracker code has 16 characters", ErrMalformed)
	}
	b, err := crockford.DecodeString(norm)
	if err != nil {
		return t, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	copy(t[:], b)
	return t, nil
}
