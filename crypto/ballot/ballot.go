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
	Options    []*elgamal.Ciphertext // one per option: Enc(0) or Enc(1)
	OptionZK   []*proof.Disjunctive  // each option encrypts 0 or 1
	Selections *proof.Disjunctive    // the sum lies in [Min, Max]
}

// Ballot is an encrypted ballot. Treat it as immutable.
type Ballot struct {
	Answers []Answer
	enc     []byte
}

// Opening is what a voter reveals to audit a challenged ballot: the
// choices and every encryption nonce. It is secret until revealed, and a
// revealed ballot must never be cast.
type Opening struct {
	Choices [][]bool
	Nonces  [][]*ristretto255.Scalar
}

// Encrypt encrypts choices (choices[q][o] is true when option o of
// question q is selected) for the voter with the given pseudonym address.
func Encrypt(e *Election, pseudonym [20]byte, choices [][]bool, rand io.Reader) (*Ballot, *Opening, error) {
	if err := e.Validate(); err != nil {
		return nil, nil, err
	}
	if err := checkChoices(e, choices); err != nil {
		return nil, nil, err
	}
	b := &Ballot{Answers: make([]Answer, len(e.Questions))}
	o := &Opening{Choices: make([][]bool, len(choices)), Nonces: make([][]*ristretto255.Scalar, len(e.Questions))}
	for qi, c := range choices {
		o.Choices[qi] = slices.Clone(c) // the opening is not the caller's slice
	}
	for qi, q := range e.Questions {
		a, nonces, err := encryptAnswer(e, pseudonym, qi, q, choices[qi], rand)
		if err != nil {
			return nil, nil, err
		}
		b.Answers[qi], o.Nonces[qi] = a, nonces
	}
	b.enc = b.encode()
	return b, o, nil
}

func checkChoices(e *Election, choices [][]bool) error {
	if len(choices) != len(e.Questions) {
		return fmt.Errorf("%w: %d answers for %d questions", ErrChoice, len(choices), len(e.Questions))
	}
	for qi, q := range e.Questions {
		if len(choices[qi]) != q.Options {
			return fmt.Errorf("%w: question %d has %d options, got %d", ErrChoice, qi, q.Options, len(choices[qi]))
		}
		if n := count(choices[qi]); n < q.Min || n > q.Max {
			return fmt.Errorf("%w: question %d: %d selected, allowed %d to %d", ErrChoice, qi, n, q.Min, q.Max)
		}
	}
	return nil
}

// count is the number of selected choices, without a branch on any.
func count(choices []bool) int {
	n := 0
	for _, c := range choices {
		n += int(bit(c))
	}
	return n
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

func encryptAnswer(e *Election, pseudonym [20]byte, qi int, q Question, choices []bool, rand io.Reader) (Answer, []*ristretto255.Scalar, error) {
	a := Answer{
		Options:  make([]*elgamal.Ciphertext, q.Options),
		OptionZK: make([]*proof.Disjunctive, q.Options),
	}
	nonces := make([]*ristretto255.Scalar, q.Options)
	sum, rsum := elgamal.Zero(), ristretto255.NewScalar()
	for oi, c := range choices {
		ct, r, err := elgamal.Encrypt(e.Key, bit(c), rand)
		if err != nil {
			return Answer{}, nil, err
		}
		p, err := proof.ProveDisjunctive(e.optionTranscript(pseudonym, qi, oi), e.Key, ct, 0, 1, bit(c), r, rand)
		if err != nil {
			return Answer{}, nil, err
		}
		a.Options[oi], a.OptionZK[oi], nonces[oi] = ct, p, r
		sum = elgamal.Add(sum, ct)
		rsum.Add(rsum, r)
	}
	p, err := proof.ProveDisjunctive(e.selectionTranscript(pseudonym, qi), e.Key, sum,
		uint64(q.Min), uint64(q.Max), uint64(count(choices)), rsum, rand)
	if err != nil {
		return Answer{}, nil, err
	}
	a.Selections = p
	return a, nonces, nil
}

// Sum returns the encrypted number of selections of the answer.
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
		out = append(out, a.Selections.Bytes()...)
	}
	return out
}

// Audit checks a revealed opening against the ballot: every ciphertext is
// the encryption of the stated choice with the stated nonce, and the
// choices obey the questions' rules. Anyone can run it on a challenged
// ballot; it needs no secret.
func Audit(e *Election, b *Ballot, o *Opening) error {
	if err := checkChoices(e, o.Choices); err != nil {
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
			want := elgamal.EncryptWithNonce(e.Key, bit(o.Choices[qi][oi]), o.Nonces[qi][oi])
			if !want.Equal(ct) {
				return fmt.Errorf("%w: question %d option %d is not the encryption of the revealed choice", ErrInvalid, qi, oi)
			}
		}
	}
	return nil
}
