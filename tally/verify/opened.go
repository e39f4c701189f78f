package verify

import (
	"errors"
	"fmt"

	"github.com/evote-org/evote/ballotbox/tracker"
	"github.com/evote-org/evote/crypto/ballot"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/web/api"
	"github.com/gtank/ristretto255"
)

// Errors of CheckOpened. A failed check joins every problem found, each
// wrapping one of these.
var (
	// ErrOpenedElection: the opened ballot names another election.
	ErrOpenedElection = errors.New("verify: the opened ballot is for another election")
	// ErrOpenedBallot: the ballot does not decode, or its proofs do not
	// verify for its pseudonym in this election.
	ErrOpenedBallot = errors.New("verify: the opened ballot is not a valid ballot of this election")
	// ErrOpening: the opening does not decode, or does not open the
	// ballot to choices the questions allow.
	ErrOpening = errors.New("verify: the opening does not open this ballot")
)

// Opened is what a checked opened ballot encrypts.
type Opened struct {
	Tracker string    // the ballot's tracker code, which the booth showed before the check
	Values  [][]uint8 // [question][option], as the opening reveals them (0 or 1 for a choice, a rank, a grade); nil if it does not decode
}

// CheckOpened is the Benaloh check of an opened ballot (api.Opened) on
// another device (docs/protocol.md, section 11): its context must be e's;
// its ballot must decode and its proofs verify for its pseudonym; every
// ciphertext (A, B) must be (r·G, m·G + r·K) for the revealed value m and
// nonce r under e's key K; and the values must obey every question's
// rule ([min, max] selections; a ranking without tie or gap). The ciphertexts are recomputed here from the group's own
// operations, not by the booth's encryption (ballot.Encrypt, elgamal). It
// returns every problem it finds, joined, with the Opened as far as it
// could be read.
func CheckOpened(e *ballot.Election, data []byte) (*Opened, error) {
	o, ctx, pseudonym, err := api.ParseOpened(data)
	if err != nil {
		return nil, err
	}
	out := &Opened{Tracker: tracker.Of(o.Ballot).String()}
	if ctx != e.Context {
		return out, fmt.Errorf("%w: it names chain %d, contract 0x%x, election 0x%x; this is chain %d, contract 0x%x, election 0x%x",
			ErrOpenedElection, ctx.ChainID, ctx.Contract, ctx.ElectionID, e.Context.ChainID, e.Context.Contract, e.Context.ElectionID)
	}
	b, err := ballot.Parse(e, o.Ballot)
	if err != nil {
		return out, fmt.Errorf("%w: %w", ErrOpenedBallot, err)
	}
	var problems []error
	if err := b.Verify(e, pseudonym); err != nil {
		problems = append(problems, fmt.Errorf("%w: its proofs do not verify for pseudonym 0x%x: %w", ErrOpenedBallot, pseudonym, err))
	}
	op, err := ballot.ParseOpening(e, o.Opening)
	if err != nil {
		return out, errors.Join(append(problems, fmt.Errorf("%w: %w", ErrOpening, err))...)
	}
	out.Values = op.Values
	for qi, a := range b.Answers {
		q := e.Questions[qi]
		for oi, ct := range a.Options {
			if !encrypts(e, ct.A(), ct.B(), op.Values[qi][oi], op.Nonces[qi][oi]) {
				problems = append(problems, fmt.Errorf("%w: question %d, option %d: the ciphertext is not the encryption of %s with the revealed randomness",
					ErrOpening, qi+1, oi+1, revealed(q, op.Values[qi][oi])))
			}
		}
		if err := ballot.CheckValues(q, op.Values[qi]); err != nil {
			problems = append(problems, openingRule(qi, q, op.Values[qi], err))
		}
	}
	return out, errors.Join(problems...)
}

// encrypts reports whether (a, b) = (r·G, m·G + r·K).
func encrypts(e *ballot.Election, a, b *ristretto255.Element, m uint8, r *ristretto255.Scalar) bool {
	wantB := ristretto255.NewElement().ScalarMult(r, e.Key.Element())
	wantB.Add(wantB, ristretto255.NewElement().ScalarBaseMult(group.Uint64(uint64(m))))
	return ristretto255.NewElement().ScalarBaseMult(r).Equal(a) == 1 && wantB.Equal(b) == 1
}

// revealed names a revealed value of an option of q.
func revealed(q ballot.Question, v uint8) string {
	switch {
	case q.Kind == ballot.Ranked && v == 0:
		return "0 (not ranked)"
	case q.Kind == ballot.Ranked:
		return fmt.Sprintf("%d (rank %d)", v, v)
	case q.Kind == ballot.Graded && v == 0:
		return "0 (not graded)"
	case q.Kind == ballot.Graded:
		return fmt.Sprintf("%d (grade %d)", v, v)
	case v == 1:
		return "1 (chosen)"
	}
	return "0 (not chosen)"
}

// openingRule says how revealed values break q's rule (err from
// ballot.CheckValues).
func openingRule(qi int, q ballot.Question, values []uint8, err error) error {
	if q.Kind != ballot.Choice {
		return fmt.Errorf("%w: question %d: %w", ErrOpening, qi+1, err)
	}
	n := 0
	for _, v := range values {
		n += int(v)
	}
	return fmt.Errorf("%w: question %d: %d chosen, the question allows %d to %d", ErrOpening, qi+1, n, q.Min, q.Max)
}
