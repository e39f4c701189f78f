package blind

import (
	"bytes"
	"fmt"
	"io"
	"math/big"

	"github.com/cloudflare/circl/blindsign/blindrsa"
)

// variant is the one RFC 9474 variant of the protocol.
const variant = blindrsa.SHA384PSSRandomized

// State is what the booth keeps between Blind and Finalize. It is secret
// and single-use: its randomizer and blinding inverse link the blinded
// message the registrar saw to the token.
type State struct {
	_          [0]func()
	pub        *PublicKey
	randomizer []byte
	st         blindrsa.State
}

// Blind prepares msg for signing under pub (RFC 9474 Prepare, with a fresh
// 32-byte randomizer, and Blind): it returns the blinded message for the
// registrar and the State for Finalize. Blind reads the randomizer (32
// bytes), the PSS salt (48 bytes) and the blinding factor r (as
// crypto/rand.Int does) from rand, in that order. With rand
// crypto/rand.Reader, the blinded message is independent of msg for a
// well-formed key: the hiding is perfect (RFC 9474). With rand a stream
// expanded from a seed, as the booth's (SHAKE256 of a 32-byte seed, so
// that a reloaded page can rebuild the same request), the blinded message
// is a function of the seed, and the hiding is computational: as strong
// as the stream is unpredictable (2^256 seeds to search). Outside tests
// rand must be crypto/rand.Reader or such a stream seeded from it.
func Blind(pub *PublicKey, msg []byte, rand io.Reader) ([]byte, *State, error) {
	pk, err := pub.rsa()
	if err != nil {
		return nil, nil, err
	}
	if rand == nil {
		return nil, nil, fmt.Errorf("blind: no randomness source")
	}
	c, err := blindrsa.NewClient(variant, pk)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrKey, err)
	}
	input, err := c.Prepare(rand, msg)
	if err != nil {
		return nil, nil, fmt.Errorf("blind: reading randomness: %w", err)
	}
	blinded, st, err := c.Blind(rand, input)
	if err != nil {
		return nil, nil, fmt.Errorf("blind: blinding: %w", err)
	}
	r := bytes.Clone(input[:RandomizerSize])
	return blinded, &State{pub: pub, randomizer: r, st: st}, nil
}

// Finalize unblinds the registrar's blind signature and checks it, then
// returns the token: randomizer (32 bytes) || signature (pub.Size() bytes).
// A blind signature that is not modulus-sized, not below n, or does not
// unblind to a valid signature is refused with ErrBlindSignature.
func Finalize(st *State, blindSig []byte) ([]byte, error) {
	if st == nil || st.pub == nil || st.pub.pk == nil {
		return nil, ErrState
	}
	pub := st.pub
	if len(blindSig) != pub.Size() {
		return nil, fmt.Errorf("%w: %d bytes, want %d", ErrBlindSignature, len(blindSig), pub.Size())
	}
	if new(big.Int).SetBytes(blindSig).Cmp(pub.pk.N) >= 0 {
		return nil, fmt.Errorf("%w: not below the modulus", ErrBlindSignature)
	}
	c, err := blindrsa.NewClient(variant, pub.pk)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrKey, err)
	}
	sig, err := c.Finalize(st.st, blindSig)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBlindSignature, err)
	}
	token := make([]byte, 0, pub.TokenSize())
	token = append(token, st.randomizer...)
	return append(token, sig...), nil
}
