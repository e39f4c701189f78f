// Package ballot is the encrypted ballot: for every question of the
// election, one exponential ElGamal ciphertext per option under the
// election key, each with a proof that it encrypts a value in its range,
// and for a choice question a proof on their sum. A choice question's
// options encrypt 0 or 1 and the sum, the number of selections, lies in
// the question's [min, max]: the tally adds these ballots up. A ranked
// question's options (candidates) encrypt their rank, 1 to max, or 0;
// a graded question's their grade, 1 to the number of grades, or 0.
// These cannot be added up: their ciphertexts go through the mix-net
// (crypto/shuffle), are decrypted one by one and counted by published
// rules (tally/rank), which spoil an answer that breaks CheckValues (a
// tie or a gap in a ranking): only each value's range is proved. The
// proofs bind the election context and the voter's one-time pseudonym,
// so a ballot, or any ciphertext copied out of it, verifies under no
// other pseudonym and in no other election (the replay attack on Helios
// of Cortier and Smyth, "Attacking and fixing Helios", CSF 2011).
//
// A ballot's encoding is fixed by the election's shape: version byte 0x01,
// then per question, per option the ciphertext (64 bytes) and its range
// proof (224 bytes for [0, 1]), then a choice question's selection proof.
// docs/protocol.md, section 6, specifies it.
//
// Encrypt keeps an Opening (values and nonces): revealing it audits a
// challenged ballot (Benaloh, "Simple verifiable elections", EVT 2006),
// after which that ballot must never be cast.
//
// Constant time: EncryptValues's own code runs in time independent of
// the values and the nonces of a valid ballot. Encrypt reads a choice
// only through bit, whose compiled code has no branch (Go promises no
// branch-free conversion of a bool; TestBitBranchFree checks what the
// compiler makes for wasm, the booth's, and amd64). CheckValues counts
// with crypto/subtle and branches once, on whether the answer is valid:
// the same outcome for every valid ballot; an invalid one returns
// ErrChoice at once. Values are encrypted with constant-time scalar
// multiplication (package elgamal) and proved with package proof's
// provers, which pick the true branch with crypto/subtle. Not constant
// time, and not covered by this claim: whatever hands Encrypt the values
// (the booth decodes them from JSON and draws them on its page), the
// encoding of a revealed Opening and Audit (public once revealed),
// parsing and verification (public data). The Opening holds the values
// and nonces until it is dropped; Go gives no way to wipe them.
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

// Kind is how a question is answered and counted.
type Kind uint8

const (
	// Choice: each option encrypts 0 or 1, and a proof shows that the
	// number of selections lies in [Min, Max]; the tally adds ballots up.
	Choice Kind = iota
	// Ranked: each option (candidate) encrypts its rank, 1 to Max, or 0
	// if unranked. A valid ranking ranks j candidates, Min <= j <= Max,
	// with the ranks 1 to j once each (CheckValues); only the range of
	// each value is proved, and the mix phase counts the decrypted
	// rankings, spoiling invalid ones.
	Ranked
	// Graded: each option encrypts a grade, 1 (best) to Grades, or 0 if
	// not graded; a valid answer grades between Min and Max options.
	Graded
)

// MaxGrades is the longest scale of grades of a Graded question.
const MaxGrades = 10

// Question is the shape of one question: how many options, how it is
// answered, and how many of its options a voter may select (Choice),
// rank (Ranked) or grade (Graded).
type Question struct {
	Options  int
	Min, Max int
	Kind     Kind
	Grades   int // Graded only: the grades are 1 to Grades
}

// Top is the largest value an option of q may encrypt: 1 for a choice,
// the lowest rank Max for a ranking, the number of grades for a grading.
func (q Question) Top() int {
	switch q.Kind {
	case Ranked:
		return q.Max
	case Graded:
		return q.Grades
	}
	return 1
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
// each with 1 to MaxOptions options and 0 <= Min <= Max <= Options; a
// ranked question allows at least one rank (Max >= 1), a graded one has
// 2 to MaxGrades grades.
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
		if err := q.validateKind(); err != nil {
			return fmt.Errorf("%w: question %d %w", ErrShape, i, err)
		}
	}
	return nil
}

func (q Question) validateKind() error {
	switch {
	case q.Kind > Graded:
		return fmt.Errorf("is of unknown kind %d", q.Kind)
	case q.Kind != Graded && q.Grades != 0:
		return errors.New("has grades but is not graded")
	case q.Kind == Ranked && q.Max < 1:
		return errors.New("is ranked but allows no rank")
	case q.Kind == Graded && (q.Grades < 2 || q.Grades > MaxGrades):
		return fmt.Errorf("has %d grades, want 2 to %d", q.Grades, MaxGrades)
	}
	return nil
}

// optionSize is the encoded size of one option of q: ciphertext and the
// proof of its range [0, Top].
func optionSize(q Question) int {
	return elgamal.CiphertextSize + proof.DisjunctiveSize(0, uint64(q.Top()))
}

// selectionSize is the encoded size of q's selection proof: none but for
// a choice.
func selectionSize(q Question) int {
	if q.Kind != Choice {
		return 0
	}
	return proof.DisjunctiveSize(uint64(q.Min), uint64(q.Max))
}

// Size is the encoded size of a ballot for e.
func (e *Election) Size() int { return Size(e.Questions) }

// Size is the encoded size of a ballot for questions of this shape.
func Size(questions []Question) int {
	n := 1
	for _, q := range questions {
		n += q.Options*optionSize(q) + selectionSize(q)
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
