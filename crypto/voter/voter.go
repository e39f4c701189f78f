// Package voter is the voter's secret side of the protocol: the one-time
// pseudonym key a booth makes for one election, whose address the
// registrar's blind token names and whose signature casts the ballot
// (package pseudonym defines it, package ecrecover checks it). The key
// never leaves the booth and is used for exactly one ballot.
//
// Signatures are ECDSA over secp256k1 (SEC 1, section 4.1.3) with the
// deterministic nonce of RFC 6979 and low s, byte for byte those of
// go-ethereum's crypto.Sign without cgo (decred's signer, which the booth
// used before; libsecp256k1, with cgo, differs only for a digest of n or
// more: sign.go), with v = 27 or 28 as ecrecover expects. The curve
// arithmetic is this package's own, on filippo.io/bigmod, because the
// booth runs in WebAssembly and must stay small: go-ethereum and decred's
// secp256k1 (which go-ethereum uses without cgo) both link a 0.5 MB
// gzipped table of multiples of G that decred's package initialisation
// keeps whether or not it is used (docs/performance.md). The tests check
// signatures and addresses against go-ethereum and decred.
//
// Constant time: the secret key and the nonce only meet constant-time
// operations: bigmod's field and scalar arithmetic (inversions by
// Fermat's little theorem), complete addition and doubling formulas that
// do not branch on the points, and a fixed-window scalar multiplication
// (4 bits: 4 doublings and one addition per digit, whatever the digit)
// whose 16 multiples of G are computed on first use and read whole for
// every digit with crypto/subtle.ConstantTimeCopy, so no branch or memory
// index depends on a secret bit. What is not constant-time: the RFC 6979
// loop's retry when a candidate nonce is not below n (probability about
// 2⁻¹²⁸, and a key seed likewise in NewKey), and the checks on the
// finished signature (r or s zero, s above n/2, R.x at least n), which
// depend only on public values. Allocation and Go's garbage collector
// are not controlled, as in any Go code. The key is one-time and signs
// exactly one message, so even a leak of some nonce bits from one
// signature would not yield it (lattice attacks need many signatures).
//
// Cost: SignCast takes about 2 ms natively and 11 ms in WebAssembly
// (node), NewKey as much; go test -bench SignCast ./crypto/voter.
package voter

import (
	"fmt"
	"io"

	"filippo.io/bigmod"
	"github.com/evote-org/evote/crypto/pseudonym"
	"github.com/evote-org/evote/crypto/transcript"
)

// Key is a one-time pseudonym key.
type Key struct {
	_       [0]func() // not comparable
	d       [32]byte  // the secret scalar, big-endian, in [1, n-1]
	address [20]byte
}

// NewKey makes a pseudonym key from 32 bytes of rand (retrying in the
// negligible case that they are not a valid secp256k1 scalar).
func NewKey(rand io.Reader) (*Key, error) {
	k := new(Key)
	for {
		if _, err := io.ReadFull(rand, k.d[:]); err != nil {
			return nil, fmt.Errorf("voter: reading randomness: %w", err)
		}
		if d, err := bigmod.NewNat().SetBytes(k.d[:], orderN); err == nil && d.IsZero() == 0 {
			break
		}
	}
	x, y := baseMult(&k.d).affine()
	var xy [64]byte
	copy(xy[:32], x)
	copy(xy[32:], y)
	k.address = pseudonym.Address(xy)
	return k, nil
}

// Address is the pseudonym: the Ethereum address of the key.
func (k *Key) Address() [20]byte {
	return k.address
}

// SignCast signs the cast of ballot with token in ctx (see package
// pseudonym for the digest) and returns r || s || v with v = 27 or 28.
func (k *Key) SignCast(ctx transcript.Context, token, ballot []byte) ([]byte, error) {
	d := pseudonym.Digest(ctx, token, ballot)
	sig, _ := sign(&k.d, &d)
	return sig[:], nil
}
