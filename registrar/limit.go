package registrar

import (
	"context"
	"errors"
	"math"
	"net/netip"
	"time"

	"github.com/evote-org/evote/registrar/roll"
)

// Attempt counter keys in the store.
const (
	clientKey = "client:" // + client: its failed checks, any voter id
	voterKey  = "voter:"  // + voter id + "/" + client: failed checks of the pair
)

// forgiveTimeout bounds taking back the counts of an attempt that did
// not fail, detached from the request (which may have ended).
const forgiveTimeout = 5 * time.Second

// authenticate applies the attempt limits around the Authenticator; a
// malformed voter id is refused before any attempt is counted. Issue
// and SignIn both authenticate through it, so their checks are the same.
func (s *Service) authenticate(ctx context.Context, req Request) error {
	if roll.CheckID(req.VoterID) != nil {
		return ErrAuth
	}
	a, err := s.count(ctx, req.VoterID, clientOf(req.Client))
	if err != nil {
		return err
	}
	err = s.authenticateInSlot(ctx, req)
	switch {
	case errors.Is(err, ErrAuth):
		return &AuthError{AttemptsLeft: a.left}
	case err == nil:
		return s.forgive(ctx, a)
	case errors.Is(err, ErrBusy):
		return errors.Join(err, s.forgive(ctx, a))
	}
	return errors.Join(s.storeError(err), s.forgive(ctx, a))
}

// attempt is what count counted for one attempt: the counter keys, and
// the attempts left after it if it fails (-1: no limit applies).
type attempt struct {
	keys []string
	left int
}

// count counts an attempt under the per-client limit, then under the
// per-(voter id, client) one, before the code is checked, and refuses it
// with a *LockError if it is over either. A refused attempt is not
// counted under the pair (so a network over its limit does not use up
// its voters' attempts).
func (s *Service) count(ctx context.Context, voterID, client string) (attempt, error) {
	l := s.cfg.Limits
	a := attempt{left: math.MaxInt}
	if err := s.hit(ctx, &a, clientKey+client, l.ClientFailures, l.ClientWindow, ErrClientLocked, ""); err != nil {
		return attempt{}, err
	}
	if err := s.hit(ctx, &a, voterKey+voterID+"/"+client, l.VoterFailures, l.VoterWindow, ErrTooManyAttempts, voterID); err != nil {
		return attempt{}, errors.Join(err, s.forgive(ctx, a))
	}
	if a.left == math.MaxInt {
		a.left = -1
	}
	return a, nil
}

// hit counts an attempt under key, unless limit is negative (none), and
// refuses with why once the count is over limit; the first refusal of a
// voter's limit is logged with the voter id, for the help desk.
func (s *Service) hit(ctx context.Context, a *attempt, key string, limit int, window time.Duration, why error, voter string) error {
	if limit < 0 {
		return nil
	}
	n, left, err := s.cfg.Store.Hit(ctx, key, window)
	switch {
	case err != nil:
		return s.storeError(err)
	case n > uint64(limit):
		if n == uint64(limit)+1 && voter != "" {
			s.cfg.Logger.Warn("registrar: too many wrong codes for a voter id from one client; other clients are served",
				"voter", voter, "for", left.Round(time.Second))
		}
		return &LockError{Err: why, RetryAfter: left}
	}
	a.keys = append(a.keys, key)
	a.left = min(a.left, limit-int(n))
	return nil
}

// forgive takes back the counts of an attempt that did not fail.
func (s *Service) forgive(ctx context.Context, a attempt) error {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), forgiveTimeout)
	defer cancel()
	for _, k := range a.keys {
		if err := s.cfg.Store.Forgive(ctx, k); err != nil {
			return s.storeError(err)
		}
	}
	return nil
}

// clientOf is the client a limit counts: an IPv6 address by its /64 (one
// subscriber's network: a single host may hold all of it), an
// IPv4-mapped one as IPv4, anything else as it is.
func clientOf(id string) string {
	a, err := netip.ParseAddr(id)
	switch {
	case err != nil:
		return id
	case a.Is4In6():
		return a.Unmap().String()
	case a.Is6():
		p, _ := a.WithZone("").Prefix(64)
		return p.String()
	}
	return a.String()
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
