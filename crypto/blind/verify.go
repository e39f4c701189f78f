package blind

import (
	"fmt"
	"math/big"

	"github.com/cloudflare/circl/blindsign/blindrsa"
)

// Verify checks that token is the registrar's token for msg under pub. It
// is what the relay, the tally and every observer run; it uses public data
// only.
//
// The token must be exactly pub.TokenSize() bytes, randomizer (32) ||
// signature, and the signature, read as a big-endian integer, must be below
// n, so that each (key, message, randomizer) has one valid token.
func Verify(pub *PublicKey, msg, token []byte) error {
	pk, err := pub.rsa()
	if err != nil {
		return err
	}
	if len(token) != pub.TokenSize() {
		return fmt.Errorf("%w: %d bytes, want %d", ErrToken, len(token), pub.TokenSize())
	}
	randomizer, sig := token[:RandomizerSize], token[RandomizerSize:]
	if new(big.Int).SetBytes(sig).Cmp(pk.N) >= 0 {
		return fmt.Errorf("%w: signature not below the modulus", ErrToken)
	}
	v, err := blindrsa.NewVerifier(variant, pk)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrKey, err)
	}
	input := make([]byte, 0, len(randomizer)+len(msg))
	input = append(append(input, randomizer...), msg...)
	if err := v.Verify(input, sig); err != nil {
		return fmt.Errorf("%w: %w", ErrToken, err)
	}
	return nil
}
