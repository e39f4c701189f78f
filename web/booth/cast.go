package booth

import (
	"fmt"
	"io"

	"github.com/evote-org/evote/crypto/ballot"
	"github.com/evote-org/evote/crypto/transcript"
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
	cast, err := c.Sign(e.Context, b.Bytes())
	return cast, opening, err
}

// Sign signs a ballot encrypted for the credential's pseudonym (its
// proofs are bound to it: Pending.Encrypt made it before the token).
func (c *Credential) Sign(ctx transcript.Context, ballot []byte) (*Cast, error) {
	sig, err := c.Key.SignCast(ctx, c.Token, ballot)
	if err != nil {
		return nil, fmt.Errorf("booth: %w", err)
	}
	return &Cast{Pseudonym: c.Key.Address(), Token: c.Token, Ballot: ballot, Signature: sig}, nil
}

// Encrypt encrypts and proves an answer to every question for the
// pending sign-in's pseudonym (values as ballot.EncryptValues takes them:
// 0 or 1 per option of a choice, a rank or a grade or 0 per candidate),
// before any token exists: the voter sees the ballot's tracker and may
// audit it, and the token is asked for only when the voter casts
// (Finish, then Credential.Sign).
func (p *Pending) Encrypt(e *ballot.Election, values [][]uint8, rand io.Reader) ([]byte, *ballot.Opening, error) {
	b, opening, err := ballot.EncryptValues(e, p.key.Address(), values, rand)
	if err != nil {
		return nil, nil, err
	}
	return b.Bytes(), opening, nil
}
