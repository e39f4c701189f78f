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
//     voter is bound to one blinded message, the first claimed;
//   - the write of Complete that stores the signature also gives the
//     issuance the next sequence number (Intent.Seq) and appends the
//     voter's registration-log entry (registrar/reglog) under it: there is
//     never a signature without its numbered entry nor an entry without
//     its signature, and the numbers are 1..Issued without a gap.
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
	// ErrNoEntry is returned by PutCredentials for a credential without
	// its log entry, and by Complete for a voter whose credential has
	// none: a token that cannot be logged is not issued.
	ErrNoEntry = errors.New("store: no registration-log entry")
	// ErrRange is returned by Entries for a range that is not within
	// 0..Issued.
	ErrRange = errors.New("store: log range out of bounds")
)

// Credential is a voter's stored secret: an opaque record of the
// authenticator (for voting codes, a code.Hash record), and the voter's
// registration-log entry (reglog.Entry), which the roll commits to and
// Complete logs.
type Credential struct {
	VoterID string
	Secret  []byte
	Entry   []byte
}

// Intent is a voter's issuance record: the hash of the blinded message
// the voter is bound to, and once issued the blind signature and the
// issuance's sequence number (nil and 0 while pending).
type Intent struct {
	Hash      [HashSize]byte
	Signature []byte
	Seq       uint64
}

// Done reports whether the signature is on record.
func (i Intent) Done() bool { return i.Signature != nil }

// Equal reports whether two intents are the same.
func (i Intent) Equal(o Intent) bool {
	return i.Hash == o.Hash && bytes.Equal(i.Signature, o.Signature) && i.Done() == o.Done() && i.Seq == o.Seq
}

// Store is the registrar's state for one election. Implementations are
// safe for concurrent use, also by several processes where the backend
// allows it.
type Store interface {
	// PutCredentials stores credentials durably, replacing any a voter
	// had. Every credential carries its entry (else ErrNoEntry, and
	// nothing is stored).
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
	// Complete durably adds sig to the voter's pending record for hash,
	// numbers it Issued+1 and logs the voter's entry under that number,
	// all in one write. If the record is already complete it is left as
	// is. It returns the record as stored: its signature is the one to
	// give out. No record gives ErrNoIntent, another hash ErrConflict, a
	// voter without an entry ErrNoEntry.
	Complete(ctx context.Context, voterID string, hash [HashSize]byte, sig []byte) (Intent, error)
	// Issued is the number of completed records, the highest sequence
	// number.
	Issued(ctx context.Context) (uint64, error)
	// Entries returns the entries logged by the issuances numbered
	// from+1 .. to, in that order; from <= to <= Issued, else ErrRange.
	Entries(ctx context.Context, from, to uint64) ([][]byte, error)
	// RollEntries returns every voter's entry, in no particular order.
	RollEntries(ctx context.Context) ([][]byte, error)

	// Close releases the store.
	Close() error
}

// CheckEntries returns ErrNoEntry, naming the voter, for the first
// credential without an entry; backends call it before storing any.
func CheckEntries(creds []Credential) error {
	for _, c := range creds {
		if len(c.Entry) == 0 {
			return fmt.Errorf("%w: voter %q", ErrNoEntry, c.VoterID)
		}
	}
	return nil
}
