package ballot

import (
	"fmt"
	"io"
	"slices"

	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/proof"
	"github.com/gtank/ristretto255"
)

// Answer is the encrypted answer to one question.
type Answer struct {
	Options    []*elgamal.Ciphertext // one per option: its value (0 or 1, a rank, a grade)
	OptionZK   []*proof.Disjunctive  // each option encrypts a value in [0, Top]
	Selections *proof.Disjunctive    // Choice only: the sum lies in [Min, Max]; nil otherwise
}

// Ballot is an encrypted ballot. Treat it as immutable.
type Ballot struct {
	Answers []Answer
	enc     []byte
}

// Opening is what a voter reveals to audit a challenged ballot: the
// values and every encryption nonce. It is secret until revealed, and a
// revealed ballot must never be cast.
type Opening struct {
	Values [][]uint8 // [question][option]: 0 or 1 for a choice, a rank, a grade
	Nonces [][]*ristretto255.Scalar
}

// Encrypt encrypts choices (choices[q][o] is true when option o of
// question q is selected) for the voter with the given pseudonym address:
// EncryptValues with the value 1 for true and 0 for false.
func Encrypt(e *Election, pseudonym [20]byte, choices [][]bool, rand io.Reader) (*Ballot, *Opening, error) {
	values := make([][]uint8, len(choices))
	for qi, c := range choices {
		values[qi] = make([]uint8, len(c))
		for oi := range c {
			values[qi][oi] = uint8(bit(c[oi]))
		}
	}
	return EncryptValues(e, pseudonym, values, rand)
}

// EncryptValues encrypts an answer to every question, values[q][o] the
// value of option o of question q (CheckValues: 0 or 1 for a choice, the
// rank or 0 of a candidate, the grade or 0), for the voter with the
// given pseudonym address. An answer that breaks its question's rule is
// refused with ErrChoice: a booth never casts a ballot the count spoils.
func EncryptValues(e *Election, pseudonym [20]byte, values [][]uint8, rand io.Reader) (*Ballot, *Opening, error) {
	if err := e.Validate(); err != nil {
		return nil, nil, err
	}
	if err := checkAnswers(e, values); err != nil {
		return nil, nil, err
	}
	b := &Ballot{Answers: make([]Answer, len(e.Questions))}
	o := &Opening{Values: make([][]uint8, len(values)), Nonces: make([][]*ristretto255.Scalar, len(e.Questions))}
	for qi, v := range values {
		o.Values[qi] = slices.Clone(v) // the opening is not the caller's slice
	}
	for qi, q := range e.Questions {
		a, nonces, err := encryptAnswer(e, pseudonym, qi, q, values[qi], rand)
		if err != nil {
			return nil, nil, err
		}
		b.Answers[qi], o.Nonces[qi] = a, nonces
	}
	b.enc = b.encode()
	return b, o, nil
}

func checkAnswers(e *Election, values [][]uint8) error {
	if len(values) != len(e.Questions) {
		return fmt.Errorf("%w: %d answers for %d questions", ErrChoice, len(values), len(e.Questions))
	}
	for qi, q := range e.Questions {
		if err := CheckValues(q, values[qi]); err != nil {
			return fmt.Errorf("question %d: %w", qi, err)
		}
	}
	return nil
}

// bit is c as 1 or 0 without a branch on c. Go has no branch-free
// conversion of a bool, but its compiler turns exactly this form into a
// zero extension of the bool's byte ("if c { return 1 }; return 0"
// compiles to a jump on amd64); TestBitBranchFree checks the code the
// compiler makes for wasm (the booth) and amd64. It is not inlined so
// that the checked code is the code that runs.
//
//go:noinline
func bit(c bool) uint64 {
	var b uint64
	if c {
		b = 1
	}
	return b
}

func encryptAnswer(e *Election, pseudonym [20]byte, qi int, q Question, values []uint8, rand io.Reader) (Answer, []*ristretto255.Scalar, error) {
	a := Answer{
		Options:  make([]*elgamal.Ciphertext, q.Options),
		OptionZK: make([]*proof.Disjunctive, q.Options),
	}
	nonces := make([]*ristretto255.Scalar, q.Options)
	sum, rsum, n := elgamal.Zero(), ristretto255.NewScalar(), uint64(0)
	for oi, v := range values {
		ct, r, err := elgamal.Encrypt(e.Key, uint64(v), rand)
		if err != nil {
			return Answer{}, nil, err
		}
		p, err := proof.ProveDisjunctive(e.optionTranscript(pseudonym, qi, oi), e.Key, ct, 0, uint64(q.Top()), uint64(v), r, rand)
		if err != nil {
			return Answer{}, nil, err
		}
		a.Options[oi], a.OptionZK[oi], nonces[oi] = ct, p, r
		sum = elgamal.Add(sum, ct)
		rsum.Add(rsum, r)
		n += uint64(v)
	}
	if q.Kind != Choice {
		return a, nonces, nil
	}
	p, err := proof.ProveDisjunctive(e.selectionTranscript(pseudonym, qi), e.Key, sum,
		uint64(q.Min), uint64(q.Max), n, rsum, rand)
	if err != nil {
		return Answer{}, nil, err
	}
	a.Selections = p
	return a, nonces, nil
}

// Sum returns the encrypted sum of the answer's values: the number of
// selections of a choice.
func (a *Answer) Sum() *elgamal.Ciphertext {
	sum := a.Options[0]
	for _, ct := range a.Options[1:] {
		sum = elgamal.Add(sum, ct)
	}
	return sum
}

// Bytes returns the ballot's encoding. The slice is shared; do not modify.
func (b *Ballot) Bytes() []byte { return b.enc }

func (b *Ballot) encode() []byte {
	out := []byte{Version}
	for _, a := range b.Answers {
		for oi, ct := range a.Options {
			out = append(out, ct.Bytes()...)
			out = append(out, a.OptionZK[oi].Bytes()...)
		}
		if a.Selections != nil {
			out = append(out, a.Selections.Bytes()...)
		}
	}
	return out
}

// Audit checks a revealed opening against the ballot: every ciphertext is
// the encryption of the stated value with the stated nonce, and the
// values obey the questions' rules (CheckValues). Anyone can run it on a
// challenged ballot; it needs no secret.
func Audit(e *Election, b *Ballot, o *Opening) error {
	if err := checkAnswers(e, o.Values); err != nil {
		return err
	}
	if len(o.Nonces) != len(b.Answers) || len(b.Answers) != len(e.Questions) {
		return fmt.Errorf("%w: opening does not match the ballot", ErrInvalid)
	}
	for qi, a := range b.Answers {
		if len(o.Nonces[qi]) != len(a.Options) {
			return fmt.Errorf("%w: opening of question %d has %d nonces", ErrInvalid, qi, len(o.Nonces[qi]))
		}
		for oi, ct := range a.Options {
			want := elgamal.EncryptWithNonce(e.Key, uint64(o.Values[qi][oi]), o.Nonces[qi][oi])
			if !want.Equal(ct) {
				return fmt.Errorf("%w: question %d option %d is not the encryption of the revealed value", ErrInvalid, qi, oi)
			}
		}
	}
	return nil
}
