// Package ecrecover checks a cast signature (package pseudonym) as the
// ballot-box contract does with ecrecover: it recovers the signer's
// pseudonym with go-ethereum's secp256k1 and refuses anything ecrecover
// would read differently (v other than 27 or 28, r or s out of range, s in
// the upper half of the curve order).
//
// It is apart from package pseudonym so that the booth's WebAssembly, which
// only signs, links no go-ethereum package: the relay, the tally and the
// verifier import this one (docs/performance.md).
package ecrecover

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/evote-org/evote/crypto/pseudonym"
	"github.com/evote-org/evote/crypto/transcript"
)

// Recover returns the pseudonym address that made sig over the cast of
// ballot with token in ctx. Errors wrap pseudonym.ErrSignature.
func Recover(ctx transcript.Context, token, ballot, sig []byte) ([20]byte, error) {
	if len(sig) != pseudonym.SignatureSize {
		return [20]byte{}, fmt.Errorf("%w: %d bytes, want %d", pseudonym.ErrSignature, len(sig), pseudonym.SignatureSize)
	}
	v := sig[64]
	if v != 27 && v != 28 {
		return [20]byte{}, fmt.Errorf("%w: v is %d, want 27 or 28", pseudonym.ErrSignature, v)
	}
	// Only low-s signatures: the contract's check and ours must agree on
	// exactly one signature per (key, ballot) up to the signer's nonce.
	if !crypto.ValidateSignatureValues(v-27, new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64]), true) {
		return [20]byte{}, fmt.Errorf("%w: r or s out of range", pseudonym.ErrSignature)
	}
	d := pseudonym.Digest(ctx, token, ballot)
	raw := append(sig[:64:64], v-27)
	pub, err := crypto.SigToPub(d[:], raw)
	if err != nil {
		return [20]byte{}, fmt.Errorf("%w: %w", pseudonym.ErrSignature, err)
	}
	var xy [64]byte
	pub.X.FillBytes(xy[:32])
	pub.Y.FillBytes(xy[32:])
	return pseudonym.Address(xy), nil
}

// Verify checks that sig is signer's signature on the cast of ballot
// with token. Errors wrap pseudonym.ErrSignature.
func Verify(ctx transcript.Context, signer [20]byte, token, ballot, sig []byte) error {
	got, err := Recover(ctx, token, ballot, sig)
	if err != nil {
		return err
	}
	if got != signer {
		return fmt.Errorf("%w: signed by another key", pseudonym.ErrSignature)
	}
	return nil
}
