package registrar

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"

	"github.com/evote-org/evote/registrar/code"
	"github.com/evote-org/evote/registrar/store"
)

// Authenticator decides whether a secret proves a voter id. It is the
// seam where a city plugs in its own identity provider (the secret is
// then, say, a one-time assertion of that provider).
type Authenticator interface {
	// Authenticate returns nil if secret proves that voterID is an
	// eligible voter of this election; an error wrapping ErrAuth if it
	// does not, in the same time whether or not the voter exists; any
	// other error if it cannot tell (no token is issued then).
	Authenticate(ctx context.Context, voterID, secret string) error
}

// CodeAuthenticator checks one-time voting codes against their Argon2id
// hashes in the store (see GenerateCodes).
type CodeAuthenticator struct {
	store store.Store
	dummy []byte // hash of a random code, checked for unknown voters
}

// NewCodeAuthenticator returns the voting-code authenticator. p must be
// the parameters the codes were hashed with: an unknown voter id costs a
// hash with p, so that it takes as long as a known one.
func NewCodeAuthenticator(st store.Store, p code.Params) (*CodeAuthenticator, error) {
	c, err := code.New(rand.Reader)
	if err != nil {
		return nil, err
	}
	dummy, err := code.Hash(c, p, rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	return &CodeAuthenticator{store: st, dummy: dummy}, nil
}

// Authenticate implements Authenticator. Whatever the input, it computes
// exactly one Argon2id hash (of the dummy record for an unknown voter or
// a malformed code) and compares in constant time.
func (a *CodeAuthenticator) Authenticate(ctx context.Context, voterID, secret string) error {
	rec, err := a.store.Credential(ctx, voterID)
	known := err == nil
	switch {
	case errors.Is(err, store.ErrNotFound):
		rec = a.dummy
	case err != nil:
		return err
	}
	c, wellFormed := code.Normalize(secret)
	match, err := code.Verify(rec, c)
	if err != nil {
		return fmt.Errorf("registrar: stored credential: %w", err)
	}
	if !known || !wellFormed || !match {
		return ErrAuth
	}
	return nil
}
