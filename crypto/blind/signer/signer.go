// Package signer is the registrar's secret side of the blind tokens of
// package blind (RFC 9474, RSABSSA-SHA384-PSS-Randomized): the election's
// RSA key and the blind-signing operation.
//
// The private operation is this package's own CRT implementation over
// filippo.io/bigmod (circl's signer is variable-time math/big without CRT,
// about 3-4x slower), and its result is checked (s^e mod n = m) before it
// is returned, since a faulty CRT result reveals a factor of n.
//
// Constant time: BlindSign's private operation (two fixed-window
// exponentiations and the CRT recombination) is constant time; the input
// range check and the result check use only public values. Loading a key
// (math/big: d mod p-1, d mod q-1, q^-1 mod p) is variable time, once per
// process.
package signer

import (
	"crypto/rsa"
	"crypto/x509"
	"errors"
	"fmt"
	"io"

	"github.com/evote-org/evote/crypto/blind"
)

var (
	// ErrBlindedMessage is returned by BlindSign for an input that is not
	// a modulus-sized integer in [1, n).
	ErrBlindedMessage = errors.New("signer: invalid blinded message")
	// ErrFault is returned when the result check fails: the private
	// operation faulted and its output was discarded.
	ErrFault = errors.New("signer: signature self-check failed")
)

// Key is the registrar's secret key for one election. It signs blinded
// messages and never sees what it signs. It is safe for concurrent use and
// not comparable with ==.
type Key struct {
	_   [0]func()
	pub *blind.PublicKey
	crt *crtKey
	der []byte // PKCS#8, for MarshalPEM
}

// New checks sk (two primes, consistent, public part as for
// NewPublicKey) and precomputes its CRT form. sk is not retained.
func New(sk *rsa.PrivateKey) (*Key, error) {
	if sk == nil || sk.N == nil {
		return nil, blind.ErrKey
	}
	pub, err := blind.NewPublicKey(&sk.PublicKey)
	if err != nil {
		return nil, err
	}
	if len(sk.Primes) != 2 {
		return nil, fmt.Errorf("%w: %d primes, want 2", blind.ErrKey, len(sk.Primes))
	}
	if err := sk.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", blind.ErrKey, err)
	}
	crt, err := newCRTKey(sk)
	if err != nil {
		return nil, err
	}
	der, err := x509.MarshalPKCS8PrivateKey(sk)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", blind.ErrKey, err)
	}
	return &Key{pub: pub, crt: crt, der: der}, nil
}

// GenerateKey makes a fresh registrar key of the given size (blind.MinBits to
// blind.MaxBits; use blind.MinBits unless the election says otherwise). Its running
// time varies with the prime search. rand must be crypto/rand.Reader:
// since Go 1.26 crypto/rsa ignores it and always uses the system's
// generator (unless GODEBUG=cryptocustomrand=1).
func Generate(rand io.Reader, bits int) (*Key, error) {
	if bits < blind.MinBits || bits > blind.MaxBits {
		return nil, fmt.Errorf("%w: %d bits, want %d to %d", blind.ErrKeySize, bits, blind.MinBits, blind.MaxBits)
	}
	sk, err := rsa.GenerateKey(rand, bits)
	if err != nil {
		return nil, fmt.Errorf("signer: generating key: %w", err)
	}
	return New(sk)
}

// Public returns the key to publish.
func (s *Key) Public() *blind.PublicKey {
	return s.pub
}

// BlindSign computes the RFC 9474 BlindSign: blindedMsg^d mod n. The input
// must be exactly Public().Size() bytes and an integer in [1, n), else
// ErrBlindedMessage. The private operation is constant time (CRT over
// filippo.io/bigmod); its result is checked (s^e mod n = m) and withheld
// with ErrFault if wrong. Signing is deterministic: the same blinded
// message always gets the same blind signature.
func (s *Key) BlindSign(blindedMsg []byte) ([]byte, error) {
	if s == nil || s.crt == nil {
		return nil, blind.ErrKey
	}
	return s.crt.sign(blindedMsg)
}
