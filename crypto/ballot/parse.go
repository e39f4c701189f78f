package ballot

import (
	"errors"
	"fmt"

	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/proof"
)

// Parse decodes a ballot for election e. It checks the encoding only
// (canonical points and scalars, exact length); Verify checks the proofs.
// It never panics on any input.
func Parse(e *Election, data []byte) (*Ballot, error) {
	if err := e.Validate(); err != nil {
		return nil, err
	}
	if len(data) != e.Size() {
		return nil, fmt.Errorf("%w: ballot is %d bytes, want %d", ErrDecode, len(data), e.Size())
	}
	if data[0] != Version {
		return nil, fmt.Errorf("%w: version %d, want %d", ErrDecode, data[0], Version)
	}
	b := &Ballot{Answers: make([]Answer, len(e.Questions)), enc: append([]byte(nil), data...)}
	rest := b.enc[1:]
	for qi, q := range e.Questions {
		a, n, err := parseAnswer(q, rest)
		if err != nil {
			return nil, fmt.Errorf("question %d: %w", qi, err)
		}
		b.Answers[qi] = a
		rest = rest[n:]
	}
	return b, nil
}

func parseAnswer(q Question, data []byte) (Answer, int, error) {
	a := Answer{
		Options:  make([]*elgamal.Ciphertext, q.Options),
		OptionZK: make([]*proof.Disjunctive, q.Options),
	}
	top, size := uint64(q.Top()), optionSize(q)
	off := 0
	for oi := range q.Options {
		ct, err := elgamal.ParseCiphertext(data[off : off+elgamal.CiphertextSize])
		if err != nil {
			return Answer{}, 0, errors.Join(ErrDecode, fmt.Errorf("option %d: %w", oi, err))
		}
		p, err := proof.ParseDisjunctive(data[off+elgamal.CiphertextSize:off+size], 0, top)
		if err != nil {
			return Answer{}, 0, errors.Join(ErrDecode, fmt.Errorf("option %d proof: %w", oi, err))
		}
		off += size
		a.Options[oi], a.OptionZK[oi] = ct, p
	}
	n := selectionSize(q)
	if n == 0 {
		return a, off, nil
	}
	p, err := proof.ParseDisjunctive(data[off:off+n], uint64(q.Min), uint64(q.Max))
	if err != nil {
		return Answer{}, 0, errors.Join(ErrDecode, fmt.Errorf("selection proof: %w", err))
	}
	a.Selections = p
	return a, off + n, nil
}
