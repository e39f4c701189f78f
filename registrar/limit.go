package registrar

import (
	"context"
	"errors"
)

// Attempt counter keys in the store.
const (
	voterKey  = "voter:"
	clientKey = "client:"
)

// authenticate applies the attempt limits around the Authenticator.
func (s *Service) authenticate(ctx context.Context, req Request) error {
	l, st := s.cfg.Limits, s.cfg.Store
	if l.ClientFailures > 0 {
		n, left, err := st.Attempts(ctx, clientKey+req.Client)
		if err != nil {
			return s.storeError(err)
		}
		if n >= uint64(l.ClientFailures) {
			return &LockError{Err: ErrClientLocked, RetryAfter: left}
		}
	}
	n, left, err := st.Hit(ctx, voterKey+req.VoterID, l.VoterWindow)
	if err != nil {
		return s.storeError(err)
	}
	if n > uint64(l.VoterAttempts) {
		if n == uint64(l.VoterAttempts)+1 {
			s.cfg.Logger.Warn("registrar: voter locked out", "voter", req.VoterID, "for", left)
		}
		return &LockError{Err: ErrVoterLocked, RetryAfter: left}
	}
	err = s.authenticateInSlot(ctx, req)
	if errors.Is(err, ErrAuth) && l.ClientFailures > 0 {
		if _, _, err := st.Hit(ctx, clientKey+req.Client, l.ClientWindow); err != nil {
			return s.storeError(err)
		}
	}
	switch {
	case errors.Is(err, ErrAuth):
		return ErrAuth
	case errors.Is(err, ErrBusy):
		return err
	case err != nil:
		return s.storeError(err)
	}
	return nil
}

// authenticateInSlot runs the Authenticator in a slot (an Argon2id hash
// holds a core and its memory).
func (s *Service) authenticateInSlot(ctx context.Context, req Request) error {
	release, err := s.acquire(ctx)
	if err != nil {
		return err
	}
	defer release()
	return s.cfg.Auth.Authenticate(ctx, req.VoterID, req.Code)
}
