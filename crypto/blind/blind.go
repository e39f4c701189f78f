// Package blind is the voter's token: an RSA blind signature of RFC 9474,
// variant RSABSSA-SHA384-PSS-Randomized, by the election's registrar on a
// message naming the election and the voter's one-time pseudonym.
//
// The flow is Blind (booth) -> signer.Key.BlindSign (registrar) ->
// Finalize (booth) -> Verify (relay, tally, observers). The registrar sees only the
// blinded message, so it cannot link the token it issued to the ballot:
// perfectly when the blinding is drawn from crypto/rand, computationally
// when it is expanded from a seed, as the booth's is (see Blind).
//
// Client and verification use github.com/cloudflare/circl
// blindsign/blindrsa. The registrar's secret key lives in package
// blind/signer, so that a verifier links nothing that holds a secret.
//
// Keys: RSA with at least MinBits and at most MaxBits of modulus and public
// exponent 65537, refused otherwise at every entry point. Public keys are
// published as canonical PKIX DER (see ParsePublicKey), private keys are
// stored as PKCS#8 in PEM (see signer.Parse).
//
// Wire formats (frozen by tests):
//
//	message = u16be(14) || "evote/v1/token" || ctx.Bytes() (60) || pseudonym (20)
//	token   = randomizer (32) || signature (modulus size, < n)
//
// where randomizer is the RFC 9474 message prefix: the signed input is
// randomizer || message.
//
// Constant time: the client's blinding is circl's math/big code and is not
// constant time; it runs once per voter in the voter's own booth.
// Verification handles public data only.
package blind

import (
	"encoding/binary"
	"errors"

	"github.com/evote-org/evote/crypto/transcript"
)

// Key size bounds, in bits of the modulus.
const (
	MinBits = 3072
	MaxBits = 8192
)

// Exponent is the only public exponent accepted.
const Exponent = 65537

// RandomizerSize is the length of the RFC 9474 message randomizer that
// starts every token.
const RandomizerSize = 32

// Tag is the domain tag at the start of every token message.
const Tag = transcript.Version + "/token"

// MessageSize is the length of a token message.
const MessageSize = 2 + len(Tag) + transcript.ContextSize + 20

var (
	// ErrKeySize is returned for a key outside [MinBits, MaxBits].
	ErrKeySize = errors.New("blind: RSA key size out of range")
	// ErrKey is returned for a key that is malformed, of another type, has
	// an exponent other than 65537, or is missing.
	ErrKey = errors.New("blind: invalid key")
	// ErrNonCanonical is returned for a public key encoding that is not the
	// canonical PKIX DER of the key it decodes to.
	ErrNonCanonical = errors.New("blind: non-canonical public key encoding")
	// ErrBlindSignature is returned by Finalize for a blind signature that
	// does not unblind to a valid signature.
	ErrBlindSignature = errors.New("blind: invalid blind signature")
	// ErrToken is returned by Verify for a token that does not verify.
	ErrToken = errors.New("blind: invalid token")
	// ErrState is returned by Finalize for a missing blinding state.
	ErrState = errors.New("blind: missing blinding state")
)

// Message is the token message for a pseudonym in an election:
//
//	u16be(len(Tag)) || Tag || ctx.Bytes() || pseudonym
//
// that is 0x00 0x0e "evote/v1/token", then u64be(chain id), the 20-byte
// contract address and the 32-byte election id, then the 20-byte pseudonym
// address: MessageSize (96) bytes.
func Message(ctx transcript.Context, pseudonym [20]byte) []byte {
	b := make([]byte, 0, MessageSize)
	b = binary.BigEndian.AppendUint16(b, uint16(len(Tag)))
	b = append(b, Tag...)
	b = append(b, ctx.Bytes()...)
	return append(b, pseudonym[:]...)
}
