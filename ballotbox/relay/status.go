package relay

import (
	"errors"
	"github.com/evote-org/evote/ballotbox/tracker"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/ballotbox/validity"
)

// Errors of the relay. A Submit that returns one of them has queued
// nothing; the booth may try again (except after ErrMalformed).
var (
	ErrConfig      = errors.New("relay: bad configuration")
	ErrMalformed   = errors.New("relay: malformed cast")
	ErrUnavailable = errors.New("relay: chain node or outbox unavailable")
	ErrNotFound    = errors.New("relay: unknown tracker code")
	ErrClosed      = errors.New("relay: closed")
	// ErrNotOpened is returned by LoadParams while the polls have never
	// opened: the validity window is not known yet.
	ErrNotOpened = errors.New("relay: the polls have not opened")
)

// Phase is where a cast is: accepted (in the outbox), included (on
// chain), or rejected (never sent, or superseded on chain).
type Phase uint8

// The phases. Accepted is the only one that changes.
const (
	Accepted Phase = iota + 1
	Included
	Rejected
)

var phaseNames = [...]string{"", "accepted", "included", "rejected"}

// String is the phase's name on the wire.
func (p Phase) String() string {
	if int(p) < len(phaseNames) && p != 0 {
		return phaseNames[p]
	}
	return "unknown"
}

// Reason says why a cast was rejected. The codes are part of the API
// (docs/relay-api.md): never rename one.
type Reason string

// The reasons. The first five are the validity predicate's own
// (validity.Reason.String); AlreadyVoted is its Duplicate, found by the
// relay on chain (HasVoted, or another ballot of the pseudonym included)
// or in its outbox.
const (
	NotOpen      Reason = "not-open"
	BadSignature Reason = "bad-signature"
	BadToken     Reason = "bad-token"
	BadEncoding  Reason = "bad-encoding"
	BadProof     Reason = "bad-proof"
	AlreadyVoted Reason = "already-voted"
)

// reasonOf maps a verdict of the predicate to a Reason ("" for Counted).
func reasonOf(r validity.Reason) Reason {
	switch r {
	case validity.Counted:
		return ""
	case validity.Duplicate:
		return AlreadyVoted
	}
	return Reason(r.String())
}

// Status is what the relay knows of a cast.
type Status struct {
	Phase   Phase
	Tracker Tracker
	Block   uint64      // Included: the block
	TxHash  common.Hash // Included: the transaction
	Reason  Reason      // Rejected: why
}

// rejected is the Status of a cast rejected for reason.
func rejected(t Tracker, reason Reason) Status {
	return Status{Phase: Rejected, Tracker: t, Reason: reason}
}

// Tracker is a cast's tracker code, as package tracker defines it.
type Tracker = tracker.Code
