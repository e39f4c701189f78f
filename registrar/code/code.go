// Package code is the one-time voting code: what a voter types, with the
// voter id, to get a token. The registrar prints or mails one code per
// voter and keeps only a slow salted hash of it (see Hash).
//
// A code is Length characters of Crockford's base32 alphabet
// (0-9, A-Z without I, L, O, U), printed in groups as XXXX-XXXX-XXXX. Each
// character carries 5 uniform bits, so a code has 60 bits of entropy.
// Reading is forgiving: case, spaces and hyphens are ignored, and O, I, L
// are read as 0, 1, 1.
//
// Why guessing is hopeless: the registrar allows at most A attempts per
// voter per window W (registrar.Limits). Over a registration period T an
// attacker makes at most V*A*T/W guesses against V voters, and each
// succeeds with probability 2^-60. With the defaults (A = 10 per hour),
// 7 days and all 1.5 M voters of Moscow: 1.5e6 * 10 * 168 = 2.5e9 guesses,
// a chance of 2.5e9 / 1.15e18 = 2.2e-9 to find any single code.
//
// Why the hash: a copy of the credential store leaks no code. Guessing a
// 60-bit code offline costs an expected 2^59 Argon2id evaluations (see
// DefaultParams) for each voter separately (each hash has its own salt).
package code

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// Length is the number of characters in a code.
const Length = 12

// Alphabet is Crockford's base32 alphabet.
const Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// ErrRand is returned when the randomness source fails.
var ErrRand = errors.New("code: reading randomness")

// New returns a fresh code in canonical form (Length characters of
// Alphabet, no separators). rand must be crypto/rand.Reader outside tests.
func New(rand io.Reader) (string, error) {
	var b [Length]byte
	if _, err := io.ReadFull(rand, b[:]); err != nil {
		return "", fmt.Errorf("%w: %w", ErrRand, err)
	}
	for i := range b {
		b[i] = Alphabet[b[i]&31] // 32 divides 256: uniform
	}
	return string(b[:]), nil
}

// Format returns a canonical code as it is printed: groups of four
// characters joined by hyphens.
func Format(c string) string {
	var sb strings.Builder
	for i := 0; i < len(c); i += 4 {
		if i > 0 {
			sb.WriteByte('-')
		}
		sb.WriteString(c[i:min(i+4, len(c))])
	}
	return sb.String()
}

// Normalize reads what a voter typed: it drops spaces and hyphens,
// upper-cases, maps O to 0 and I, L to 1, and returns the canonical code,
// or false if the result is not Length characters of Alphabet. It looks
// at no secret; its time depends only on the input.
func Normalize(s string) (string, bool) {
	if len(s) > 4*Length {
		return "", false
	}
	out := make([]byte, 0, Length)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '-' {
			continue
		}
		c = canonical(c)
		if strings.IndexByte(Alphabet, c) < 0 || len(out) == Length {
			return "", false
		}
		out = append(out, c)
	}
	if len(out) != Length {
		return "", false
	}
	return string(out), true
}

func canonical(c byte) byte {
	if 'a' <= c && c <= 'z' {
		c -= 'a' - 'A'
	}
	switch c {
	case 'O':
		return '0'
	case 'I', 'L':
		return '1'
	}
	return c
}
