// Package storetest is the conformance suite of store.Store: every
// backend runs it (pebblestore against a temporary directory, redisstore
// against a redis-server the test starts), so that the registrar can rely
// on one contract.
package storetest

import (
	"context"
	"crypto/sha256"
	"crypto/sha512"
	"errors"
	"fmt"
	"testing"

	"github.com/evote-org/evote/registrar/store"
)

// Factory makes a fresh, empty store and returns with it a function that
// opens the same data again once the store has been closed.
type Factory func(t *testing.T) (s store.Store, reopen func(t *testing.T) store.Store)

// Run runs the whole suite.
func Run(t *testing.T, f Factory) {
	tests := []struct {
		name string
		fn   func(*testing.T, Factory)
	}{
		{"Credentials", testCredentials},
		{"ClaimComplete", testClaimComplete},
		{"Conflict", testConflict},
		{"CompleteErrors", testCompleteErrors},
		{"ConcurrentOneVoter", testConcurrentOneVoter},
		{"ConcurrentManyVoters", testConcurrentManyVoters},
		{"Hit", testHit},
		{"HitWindow", testHitWindow},
		{"Forgive", testForgive},
		{"Log", testLog},
		{"NoEntry", testNoEntry},
		{"RollEntries", testRollEntries},
		{"Reopen", testReopen},
		{"Closed", testClosed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, f) })
	}
}

// fresh returns a fresh store holding a credential for each voter named.
func fresh(t *testing.T, f Factory, voters ...string) store.Store {
	s, _ := f(t)
	t.Cleanup(func() { s.Close() })
	putVoters(t, s, voters...)
	return s
}

// putVoters stores a credential with its entry for each voter.
func putVoters(t *testing.T, s store.Store, voters ...string) {
	t.Helper()
	creds := make([]store.Credential, len(voters))
	for i, v := range voters {
		creds[i] = store.Credential{VoterID: v, Secret: []byte("secret of " + v), Entry: entryOf(v)}
	}
	if err := s.PutCredentials(context.Background(), creds); err != nil {
		t.Fatal(err)
	}
}

// entryOf is a test voter's log entry: opaque bytes to the store,
// shaped like a reglog entry (a leaf, a district length, a district).
func entryOf(voter string) []byte {
	leaf := sha256.Sum256([]byte(voter))
	return append(leaf[:], 1, 'N')
}

// hashOf is the hash of a test blinded message named by s.
func hashOf(s string) [store.HashSize]byte { return sha256.Sum256([]byte(s)) }

// sigOf is a test signature: arbitrary bytes, including zeros.
func sigOf(s string) []byte {
	h := sha512.Sum512([]byte(s))
	return append([]byte{0, 0}, h[:]...)
}

func mustClaim(t *testing.T, s store.Store, voter, msg string) store.Intent {
	t.Helper()
	in, err := s.Claim(context.Background(), voter, hashOf(msg))
	if err != nil {
		t.Fatalf("Claim(%s, %s): %v", voter, msg, err)
	}
	return in
}

func mustComplete(t *testing.T, s store.Store, voter, msg, sig string) store.Intent {
	t.Helper()
	in, err := s.Complete(context.Background(), voter, hashOf(msg), sigOf(sig))
	if err != nil {
		t.Fatalf("Complete(%s, %s): %v", voter, msg, err)
	}
	return in
}

func wantCount(t *testing.T, name string, get func(context.Context) (uint64, error), want uint64) {
	t.Helper()
	n, err := get(context.Background())
	if err != nil || n != want {
		t.Fatalf("%s = %d, %v; want %d", name, n, err, want)
	}
}

func voterID(i int) string { return fmt.Sprintf("v-%05d", i) }

func wantErr(t *testing.T, what string, err, want error) {
	t.Helper()
	if !errors.Is(err, want) {
		t.Fatalf("%s: err = %v, want %v", what, err, want)
	}
}
