// Package voter is the voter's secret side of the protocol: the one-time
// pseudonym key a booth makes for one election, whose address the
// registrar's blind token names and whose signature casts the ballot
// (package pseudonym checks it). The key never leaves the booth and is
// used for exactly one ballot.
//
// Constant time: signing uses go-ethereum's secp256k1 (libsecp256k1 with
// cgo, decred's constant-time Go code without, as in WebAssembly).
package voter

import (
	"crypto/ecdsa"
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/evote-org/evote/crypto/pseudonym"
	"github.com/evote-org/evote/crypto/transcript"
)

// Key is a one-time pseudonym key.
type Key struct {
	_ [0]func() // not comparable
	k *ecdsa.PrivateKey
}

// NewKey makes a pseudonym key from 32 bytes of rand (retrying in the
// negligible case that they are not a valid secp256k1 scalar).
func NewKey(rand io.Reader) (*Key, error) {
	var seed [32]byte
	for {
		if _, err := io.ReadFull(rand, seed[:]); err != nil {
			return nil, fmt.Errorf("voter: reading randomness: %w", err)
		}
		if k, err := crypto.ToECDSA(seed[:]); err == nil {
			return &Key{k: k}, nil
		}
	}
}

// Address is the pseudonym: the Ethereum address of the key.
func (k *Key) Address() [20]byte {
	return crypto.PubkeyToAddress(k.k.PublicKey)
}

// SignCast signs the cast of ballot with token in ctx (see package
// pseudonym for the digest) and returns r || s || v with v = 27 or 28.
func (k *Key) SignCast(ctx transcript.Context, token, ballot []byte) ([]byte, error) {
	d := pseudonym.Digest(ctx, token, ballot)
	sig, err := crypto.Sign(d[:], k.k)
	if err != nil {
		return nil, fmt.Errorf("voter: signing the cast: %w", err)
	}
	sig[64] += 27
	return sig, nil
}
