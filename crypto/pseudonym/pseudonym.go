// Package pseudonym defines the signature a voter's one-time pseudonym key
// puts on a cast ballot: the digest it signs, its encoding and the
// pseudonym's address. The pseudonym is an Ethereum address (the last 20
// bytes of the Keccak-256 of a secp256k1 public key), so the ballot-box
// contract checks the same signature with ecrecover and no relay can alter
// a ballot or cast it under another pseudonym.
//
// The signed digest is
//
//	keccak256("evote/v1/cast" || context || keccak256(token) || keccak256(ballot))
//
// with context the 60-byte transcript.Context encoding (u64be chain id,
// contract address, election id): exactly Solidity's
// keccak256(abi.encodePacked("evote/v1/cast", uint64(block.chainid),
// address(this), electionId, keccak256(token), keccak256(ballot))).
// Signing the token too matters: the contract cannot check tokens (RFC 9474
// costs ~1.5 M gas), so without it anyone who saw a cast before it was mined
// could resubmit the voter's ballot and signature with a garbage token,
// spend the pseudonym on chain, and have the vote thrown out at the tally. A signature is
// r || s || v (65 bytes) with v = 27 or 28 and s in the lower half of the
// curve order, as ecrecover expects; anything else is refused.
//
// This package holds no secret; the key that signs is in package voter,
// and the check (public key recovery, as the contract's ecrecover) is in
// package ecrecover, apart so that the booth's WebAssembly, which signs,
// links no go-ethereum (docs/performance.md).
package pseudonym

import (
	"errors"

	"github.com/evote-org/evote/crypto/transcript"
	"golang.org/x/crypto/sha3"
)

// SignatureSize is the length of a cast signature.
const SignatureSize = 65

// Tag is the domain tag of the cast digest.
const Tag = transcript.Version + "/cast"

// ErrSignature is returned for a malformed or wrong cast signature.
var ErrSignature = errors.New("pseudonym: invalid cast signature")

// Digest returns the digest a pseudonym signs to cast ballot with token.
func Digest(ctx transcript.Context, token, ballot []byte) [32]byte {
	t, b := keccak(token), keccak(ballot)
	return keccak([]byte(Tag), ctx.Bytes(), t[:], b[:])
}

// Address is the pseudonym of a secp256k1 public key given as its
// uncompressed coordinates X || Y (32 bytes each, big-endian): the last 20
// bytes of their Keccak-256 hash, as an Ethereum address.
func Address(xy [64]byte) [20]byte {
	h := keccak(xy[:])
	return [20]byte(h[12:])
}

// keccak is Keccak-256 (Ethereum's, not SHA3-256) of the concatenation of
// parts.
func keccak(parts ...[]byte) [32]byte {
	h := sha3.NewLegacyKeccak256()
	for _, p := range parts {
		h.Write(p)
	}
	var d [32]byte
	h.Sum(d[:0])
	return d
}
