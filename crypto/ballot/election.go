// Package ballot is the encrypted ballot: for every question of the
// election, one exponential ElGamal ciphertext per option under the
// election key, a proof that each encrypts 0 or 1, and a proof that the
// number of selections lies in the question's [min, max] (package proof,
// disjunctive Chaum–Pedersen). The proofs bind the election context and the
// voter's one-time pseudonym, so a ballot, or any ciphertext copied out of
// it, verifies under no other pseudonym and in no other election (the
// replay attack on Helios of Cortier and Smyth, "Attacking and fixing
// Helios", CSF 2011).
//
// A ballot's encoding is fixed by the election's shape: version byte 0x01,
// then per question, per option the ciphertext (64 bytes) and its 0/1 proof
// (224 bytes), then the selection proof. docs/protocol.md specifies it.
//
// Encrypt keeps an Opening (choices and nonces): revealing it audits a
// challenged ballot (Benaloh, "Simple verifiable elections", EVT 2006),
// after which that ballot must never be cast.
//
// Constant time: Encrypt's own code runs in time independent of the
// choices and the nonces of a valid ballot. It reads a choice only
// through bit, whose compiled code has no branch (Go promises no
// branch-free conversion of a bool; TestBitBranchFree checks what the
// compiler makes for wasm, the booth's, and amd64), or copies it; it
// counts selections by adding bits; it encrypts with constant-time scalar
// multiplication (package elgamal) and proves with package proof's
// provers, which pick the true branch with crypto/subtle. Its checks of
// the choices branch only on whether they are valid (their shape, and a
// count within [min, max]), the same outcome for every valid ballot; an
// invalid one returns ErrChoice at once. Not constant time, and not
// covered by this claim: whatever hands Encrypt the choices (the booth
// decodes them from JSON and draws them on its page), the encoding of a
// revealed Opening and Audit (public once revealed), parsing and
// verification (public data). The Opening holds the choices and nonces
// until it is dropped; Go gives no way to wipe them.
package ballot

import (
	"errors"
	"fmt"

	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/proof"
	"github.com/evote-org/evote/crypto/transcript"
)

// Version is the first byte of every encoded ballot of this format.
const Version = 0x01

// Limits on an election's shape, which bound what a decoder allocates.
const (
	MaxQuestions = 32
	MaxOptions   = 64
)

var (
	// ErrShape is returned for an election whose questions are malformed.
	ErrShape = errors.New("ballot: malformed election shape")
	// ErrChoice is returned by Encrypt for choices that break the rules.
	ErrChoice = errors.New("ballot: choices do not fit the question")
	// ErrDecode is returned for a malformed ballot encoding.
	ErrDecode = errors.New("ballot: malformed encoding")
	// ErrInvalid is returned when a ballot's proofs do not verify.
	ErrInvalid = errors.New("ballot: invalid proof")
)

// Question is the shape of one question: how many options, and how many of
// them a voter may select.
type Question struct {
	Options  int
	Min, Max int
}

// Election is the public data a ballot is made and checked against.
type Election struct {
	Context   transcript.Context
	Key       *elgamal.PublicKey
	Questions []Question
}

// Validate checks that the election has a key and a valid shape.
func (e *Election) Validate() error {
	if e.Key == nil {
		return fmt.Errorf("%w: no election key", ErrShape)
	}
	return ValidateShape(e.Questions)
}

// ValidateShape checks a list of questions: 1 to MaxQuestions of them,
// each with 1 to MaxOptions options and 0 <= Min <= Max <= Options.
func ValidateShape(questions []Question) error {
	if len(questions) == 0 || len(questions) > MaxQuestions {
		return fmt.Errorf("%w: %d questions, want 1 to %d", ErrShape, len(questions), MaxQuestions)
	}
	for i, q := range questions {
		if q.Options < 1 || q.Options > MaxOptions {
			return fmt.Errorf("%w: question %d has %d options, want 1 to %d", ErrShape, i, q.Options, MaxOptions)
		}
		if q.Min < 0 || q.Min > q.Max || q.Max > q.Options {
			return fmt.Errorf("%w: question %d selects %d to %d of %d options", ErrShape, i, q.Min, q.Max, q.Options)
		}
	}
	return nil
}

// optionSize is the encoded size of one option: ciphertext and 0/1 proof.
var optionSize = elgamal.CiphertextSize + proof.DisjunctiveSize(0, 1)

// Size is the encoded size of a ballot for e.
func (e *Election) Size() int { return Size(e.Questions) }

// Size is the encoded size of a ballot for questions of this shape.
func Size(questions []Question) int {
	n := 1
	for _, q := range questions {
		n += q.Options*optionSize + proof.DisjunctiveSize(uint64(q.Min), uint64(q.Max))
	}
	return n
}

// optionTranscript starts the transcript of the 0/1 proof of one option.
func (e *Election) optionTranscript(pseudonym [20]byte, question, option int) *transcript.Transcript {
	t := transcript.New("ballot/option")
	t.AppendContext(e.Context)
	t.Append("pseudonym", pseudonym[:])
	t.AppendUint64("question", uint64(question))
	t.AppendUint64("option", uint64(option))
	return t
}

// selectionTranscript starts the transcript of a question's selection proof.
func (e *Election) selectionTranscript(pseudonym [20]byte, question int) *transcript.Transcript {
	t := transcript.New("ballot/selections")
	t.AppendContext(e.Context)
	t.Append("pseudonym", pseudonym[:])
	t.AppendUint64("question", uint64(question))
	return t
}
