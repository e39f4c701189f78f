// Package pseudonym checks the signature a voter's one-time pseudonym key
// puts on a cast ballot. The pseudonym is an Ethereum address (the last 20
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
// This package holds no secret; the key that signs is in package voter.
package pseudonym

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/evote-org/evote/crypto/transcript"
)

// SignatureSize is the length of a cast signature.
const SignatureSize = 65

// Tag is the domain tag of the cast digest.
const Tag = transcript.Version + "/cast"

// ErrSignature is returned for a malformed or wrong cast signature.
var ErrSignature = errors.New("pseudonym: invalid cast signature")

// Digest returns the digest a pseudonym signs to cast ballot with token.
func Digest(ctx transcript.Context, token, ballot []byte) [32]byte {
	var d [32]byte
	copy(d[:], crypto.Keccak256([]byte(Tag), ctx.Bytes(), crypto.Keccak256(token), crypto.Keccak256(ballot)))
	return d
}

// Recover returns the pseudonym address that made sig over the cast of
// ballot with token in ctx.
func Recover(ctx transcript.Context, token, ballot, sig []byte) ([20]byte, error) {
	if len(sig) != SignatureSize {
		return [20]byte{}, fmt.Errorf("%w: %d bytes, want %d", ErrSignature, len(sig), SignatureSize)
	}
	v := sig[64]
	if v != 27 && v != 28 {
		return [20]byte{}, fmt.Errorf("%w: v is %d, want 27 or 28", ErrSignature, v)
	}
	// Only low-s signatures: the contract's check and ours must agree on
	// exactly one signature per (key, ballot) up to the signer's nonce.
	if !crypto.ValidateSignatureValues(v-27, new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64]), true) {
		return [20]byte{}, fmt.Errorf("%w: r or s out of range", ErrSignature)
	}
	d := Digest(ctx, token, ballot)
	raw := append(sig[:64:64], v-27)
	pub, err := crypto.SigToPub(d[:], raw)
	if err != nil {
		return [20]byte{}, fmt.Errorf("%w: %w", ErrSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// Verify checks that sig is pseudonym's signature on the cast of ballot
// with token.
func Verify(ctx transcript.Context, pseudonym [20]byte, token, ballot, sig []byte) error {
	got, err := Recover(ctx, token, ballot, sig)
	if err != nil {
		return err
	}
	if got != pseudonym {
		return fmt.Errorf("%w: signed by another key", ErrSignature)
	}
	return nil
}
