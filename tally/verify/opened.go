package verify

import (
	"errors"
	"fmt"

	"github.com/evote-org/evote/ballotbox/tracker"
	"github.com/evote-org/evote/crypto/ballot"
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
	Tracker string   // the ballot's tracker code, which the booth showed before the check
	Choices [][]bool // [question][option], as the opening reveals them; nil if it does not decode
}

// CheckOpened is the Benaloh check of an opened ballot (api.Opened) on
// another device (docs/protocol.md, section 11): its context must be e's;
// its ballot must decode and its proofs verify for its pseudonym; every
// ciphertext (A, B) must be (r·G, m·G + r·K) for the revealed choice m and
// nonce r under e's key K; and the choices must obey every question's
// [min, max]. The ciphertexts are recomputed here from the group's own
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
	out.Choices = op.Choices
	for qi, a := range b.Answers {
		for oi, ct := range a.Options {
			if !encrypts(e, ct.A(), ct.B(), op.Choices[qi][oi], op.Nonces[qi][oi]) {
				problems = append(problems, fmt.Errorf("%w: question %d, option %d: the ciphertext is not the encryption of %s with the revealed randomness",
					ErrOpening, qi+1, oi+1, chosen(op.Choices[qi][oi])))
			}
		}
		q, n := e.Questions[qi], 0
		for _, c := range op.Choices[qi] {
			if c {
				n++
			}
		}
		if n < q.Min || n > q.Max {
			problems = append(problems, fmt.Errorf("%w: question %d: %d chosen, the question allows %d to %d", ErrOpening, qi+1, n, q.Min, q.Max))
		}
	}
	return out, errors.Join(problems...)
}

// encrypts reports whether (a, b) = (r·G, m·G + r·K), m = 1 if chosen.
func encrypts(e *ballot.Election, a, b *ristretto255.Element, chosen bool, r *ristretto255.Scalar) bool {
	wantB := ristretto255.NewElement().ScalarMult(r, e.Key.Element())
	if chosen {
		wantB.Add(wantB, ristretto255.NewGeneratorElement())
	}
	return ristretto255.NewElement().ScalarBaseMult(r).Equal(a) == 1 && wantB.Equal(b) == 1
}

func chosen(c bool) string {
	if c {
		return "1 (chosen)"
	}
	return "0 (not chosen)"
}
