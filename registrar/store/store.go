// Package store is the registrar's durable state and the contract every
// backend keeps: the voters' credentials, the attempt counters, and one
// issuance record per voter.
//
// The issuance record is what makes issuance crash-safe. The registrar
// signs only after Claim has durably recorded the intent (the voter and
// the SHA-256 of the blinded message), and it answers only after Complete
// has durably stored the signature. So:
//
//   - a crash after Claim and before Complete leaves a pending intent: a
//     retry with the same blinded message is signed again (signing is
//     deterministic, so it is the same signature), a different one is
//     refused;
//   - a signature that reached a voter is always on record, and the count
//     of completed records (Issued) is an upper bound on the tokens in
//     circulation;
//   - whatever the interleaving of concurrent requests and replicas, a
//     voter is bound to one blinded message, the first claimed.
//
// Durability contract of a backend: Claim, Complete and PutCredentials
// return only once their write survives a crash of the process and of the
// machine (fsync). Hit and Forgive may lose their most recent changes in
// a crash.
// Every error other than the sentinels below means the state is unknown
// and the registrar must stop issuing (fail closed); backends wrap such
// errors in ErrUnavailable.
//
// Implementations: pebblestore (embedded, one machine) and redisstore
// (several registrar replicas). Package storetest is the conformance
// suite both pass.
package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"time"
)

// HashSize is the size of the hash of a blinded message (SHA-256).
const HashSize = 32

var (
	// ErrNotFound is returned by Credential for a voter without one.
	ErrNotFound = errors.New("store: not found")
	// ErrConflict is returned by Claim and Complete when the voter's
	// record holds another blinded message.
	ErrConflict = errors.New("store: voter bound to another blinded message")
	// ErrNoIntent is returned by Complete for a voter without a claim.
	ErrNoIntent = errors.New("store: no intent recorded")
	// ErrUnavailable wraps every failure to reach or use the backend.
	ErrUnavailable = errors.New("store: unavailable")
	// ErrClosed is returned after Close (and wraps ErrUnavailable).
	ErrClosed = fmt.Errorf("%w: closed", ErrUnavailable)
)

// Credential is a voter's stored secret: an opaque record of the
// authenticator (for voting codes, a code.Hash record).
type Credential struct {
	VoterID string
	Secret  []byte
}

// Intent is a voter's issuance record: the hash of the blinded message
// the voter is bound to, and the blind signature once issued (nil while
// pending).
type Intent struct {
	Hash      [HashSize]byte
	Signature []byte
}

// Done reports whether the signature is on record.
func (i Intent) Done() bool { return i.Signature != nil }

// Equal reports whether two intents are the same.
func (i Intent) Equal(o Intent) bool {
	return i.Hash == o.Hash && bytes.Equal(i.Signature, o.Signature) && i.Done() == o.Done()
}

// Store is the registrar's state for one election. Implementations are
// safe for concurrent use, also by several processes where the backend
// allows it.
type Store interface {
	// PutCredentials stores credentials durably, replacing any a voter
	// had.
	PutCredentials(ctx context.Context, creds []Credential) error
	// Credential returns a voter's credential, or ErrNotFound.
	Credential(ctx context.Context, voterID string) ([]byte, error)
	// Voters is the number of voters with a credential.
	Voters(ctx context.Context) (uint64, error)

	// Hit counts one attempt under key in a fixed window: the first hit
	// starts a window of the given length, and the count returns to zero
	// when it ends. It returns the count including this hit and the time
	// left in the window.
	Hit(ctx context.Context, key string, window time.Duration) (uint64, time.Duration, error)
	// Attempts returns the count under key and the time left, without
	// counting.
	Attempts(ctx context.Context, key string) (uint64, time.Duration, error)
	// Forgive takes back one hit under key in its current window (an
	// attempt counted before it was checked that did not fail). It does
	// nothing to a count of zero or a window that has ended, and never
	// moves the window's end.
	Forgive(ctx context.Context, key string) error

	// Claim atomically binds the voter to hash, durably, if the voter has
	// no record, and returns the record: new and pending, or the voter's
	// existing one if it has the same hash. A record with another hash
	// gives ErrConflict.
	Claim(ctx context.Context, voterID string, hash [HashSize]byte) (Intent, error)
	// Intent returns the voter's record without changing it, or
	// ErrNotFound if the voter is bound to no blinded message.
	Intent(ctx context.Context, voterID string) (Intent, error)
	// Complete durably adds sig to the voter's pending record for hash
	// and counts it as issued. If the record is already complete it is
	// left as is. It returns the record as stored: its signature is the
	// one to give out. No record gives ErrNoIntent, another hash
	// ErrConflict.
	Complete(ctx context.Context, voterID string, hash [HashSize]byte, sig []byte) (Intent, error)
	// Issued is the number of completed records.
	Issued(ctx context.Context) (uint64, error)

	// Close releases the store.
	Close() error
}
