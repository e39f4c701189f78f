package registrar

import (
	"errors"
	"fmt"
	"time"
)

var (
	// ErrAuth is returned for a wrong voter id or voting code; the two are
	// not told apart.
	ErrAuth = errors.New("registrar: wrong voter id or voting code")
	// ErrTooManyAttempts is returned (in a *LockError) once a client has
	// used up its failed attempts for one voter id in the window. Other
	// clients, the voter's own among them, are not refused.
	ErrTooManyAttempts = errors.New("registrar: too many wrong codes for this voter id from this client")
	// ErrClientLocked is returned (in a *LockError) once a client has used
	// up its failed attempts, for any voter ids, in the window.
	ErrClientLocked = errors.New("registrar: too many failed attempts from this client")
	// ErrAlreadyIssued is returned to a voter already bound to another
	// blinded message.
	ErrAlreadyIssued = errors.New("registrar: voter already bound to another blinded message")
	// ErrBlindedMessage is returned for a blinded message that is not a
	// modulus-sized integer in [1, n).
	ErrBlindedMessage = errors.New("registrar: invalid blinded message")
	// ErrUnavailable is returned when the store (or an external
	// authenticator) cannot be used: no token is issued.
	ErrUnavailable = errors.New("registrar: store unavailable, issuance stopped")
	// ErrBusy is returned when a request waited too long for a free
	// worker.
	ErrBusy = errors.New("registrar: too busy")
	// ErrClosed is returned after Close.
	ErrClosed = errors.New("registrar: closed")
	// ErrPollsClosed is returned once the registrar has seen the polls
	// closed on chain: it issues no more tokens.
	ErrPollsClosed = errors.New("registrar: the polls have closed")
	// ErrRollMismatch is returned once the registrar has seen that the
	// roll committed on chain before the polls opened is not its store's.
	ErrRollMismatch = errors.New("registrar: the roll committed on chain is not this registrar's")
	// ErrStoreBehind is returned once the registrar has seen on chain a
	// token count above its store's: the store has forgotten tokens it
	// issued (restored from an older backup, or a Redis that lost
	// writes), whose voters would get a second one.
	ErrStoreBehind = errors.New("registrar: the store holds fewer tokens than the count posted on chain; no token will be issued")
	// ErrConfig is returned by New for an unusable Config.
	ErrConfig = errors.New("registrar: invalid configuration")
)

// AuthError is a wrong voter id or code (it wraps ErrAuth), with the
// attempts its client has left for that voter id.
type AuthError struct {
	AttemptsLeft int // before a *LockError; -1 if no limit applies
}

func (e *AuthError) Error() string {
	if e.AttemptsLeft < 0 {
		return ErrAuth.Error()
	}
	return fmt.Sprintf("%v (%d attempts left)", ErrAuth, e.AttemptsLeft)
}

func (e *AuthError) Unwrap() error { return ErrAuth }

// LockError is a refusal by an attempt limit: Err is ErrTooManyAttempts
// or ErrClientLocked, and RetryAfter the time until the window ends.
type LockError struct {
	Err        error
	RetryAfter time.Duration
}

func (e *LockError) Error() string {
	return fmt.Sprintf("%v (retry in %v)", e.Err, e.RetryAfter.Round(time.Second))
}

func (e *LockError) Unwrap() error { return e.Err }
