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
	// ErrVoterLocked is returned (in a *LockError) once a voter id has used
	// up its attempts for the window.
	ErrVoterLocked = errors.New("registrar: too many attempts for this voter id")
	// ErrClientLocked is returned (in a *LockError) once a client has used
	// up its failed attempts for the window.
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
	// ErrConfig is returned by New for an unusable Config.
	ErrConfig = errors.New("registrar: invalid configuration")
)

// LockError is a lockout: Err is ErrVoterLocked or ErrClientLocked, and
// RetryAfter the time until the window ends.
type LockError struct {
	Err        error
	RetryAfter time.Duration
}

func (e *LockError) Error() string {
	return fmt.Sprintf("%v (retry in %v)", e.Err, e.RetryAfter.Round(time.Second))
}

func (e *LockError) Unwrap() error { return e.Err }
