package booth

import (
	"fmt"
	"io"

	"github.com/evote-org/evote/crypto/ballot"
)

// Cast is a ballot ready for the relay: everything the contract's
// castBallot takes.
type Cast struct {
	Pseudonym [20]byte
	Token     []byte
	Ballot    []byte
	Signature []byte
}

// Prepare encrypts and proves the choices for the credential's pseudonym
// and signs the cast. The opening is kept for a Benaloh audit: a ballot
// whose opening is revealed must never be cast; make a fresh one instead.
func (c *Credential) Prepare(e *ballot.Election, choices [][]bool, rand io.Reader) (*Cast, *ballot.Opening, error) {
	b, opening, err := ballot.Encrypt(e, c.Key.Address(), choices, rand)
	if err != nil {
		return nil, nil, err
	}
	sig, err := c.Key.SignCast(e.Context, c.Token, b.Bytes())
	if err != nil {
		return nil, nil, fmt.Errorf("booth: %w", err)
	}
	return &Cast{Pseudonym: c.Key.Address(), Token: c.Token, Ballot: b.Bytes(), Signature: sig}, opening, nil
}
