// Package proof holds the zero-knowledge proofs of the protocol, all
// Σ-protocols made non-interactive with package transcript:
//
//   - Disjunctive: an ElGamal ciphertext encrypts one of lo, lo+1, …, hi
//     (the disjunctive Chaum–Pedersen proof of Cramer, Damgård,
//     Schoenmakers, "Proofs of partial knowledge and simplified design of
//     witness hiding protocols", CRYPTO 1994, with Chaum–Pedersen,
//     "Wallet databases with observers", CRYPTO 1992, for each branch).
//     With [0, 1] it is the per-option proof of a ballot; over the sum of a
//     question's options with [min, max] it bounds the number of selections.
//   - DLEQ: log_G(Y) = log_A(D), the proof that a trustee's partial
//     decryption D = sA matches its public share Y = sG (Chaum–Pedersen).
//   - Schnorr: knowledge of x with X = xG, the proof of possession each
//     trustee posts for its key (Schnorr, CRYPTO 1989).
//
// Every proof keeps its commitments rather than only the challenge, so that
// verification is a set of group equations that package batch can combine
// across thousands of proofs. The challenge of each proof is derived from a
// transcript that the caller has already bound to the election context and
// to the proof's place (voter pseudonym, question and option, trustee
// index); the proof then appends its full statement and its commitments.
//
// Constant time: the provers are constant time in the secrets (nonces,
// witnesses, the plaintext and the index of the true branch). Verification
// is public and variable time.
package proof

import (
	"errors"

	"github.com/evote-org/evote/crypto/group"
	"github.com/gtank/ristretto255"
)

var (
	// ErrDecode is returned for a malformed proof encoding.
	ErrDecode = errors.New("proof: malformed encoding")
	// ErrInvalid is returned when a proof does not verify.
	ErrInvalid = errors.New("proof: invalid proof")
	// ErrStatement is returned when a prover is asked to prove something
	// false or malformed (a programming error in the caller).
	ErrStatement = errors.New("proof: bad statement")
)

// decodeElements decodes n consecutive points from b.
func decodeElements(b []byte, n int) ([]*ristretto255.Element, error) {
	out, err := group.DecodeElements(b, n)
	if err != nil {
		return nil, errors.Join(ErrDecode, err)
	}
	return out, nil
}

// decodeScalars decodes n consecutive scalars from b.
func decodeScalars(b []byte, n int) ([]*ristretto255.Scalar, error) {
	out, err := group.DecodeScalars(b, n)
	if err != nil {
		return nil, errors.Join(ErrDecode, err)
	}
	return out, nil
}

func neg(s *ristretto255.Scalar) *ristretto255.Scalar {
	return ristretto255.NewScalar().Negate(s)
}

func mul(x, y *ristretto255.Scalar) *ristretto255.Scalar {
	return ristretto255.NewScalar().Multiply(x, y)
}
