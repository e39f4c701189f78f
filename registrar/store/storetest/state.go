package storetest

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/evote-org/evote/registrar/store"
)

func testCredentials(t *testing.T, f Factory) {
	s := fresh(t, f)
	ctx := context.Background()
	_, err := s.Credential(ctx, "anna")
	wantErr(t, "Credential of unknown voter", err, store.ErrNotFound)
	if err := s.PutCredentials(ctx, nil); err != nil {
		t.Fatalf("PutCredentials(nil): %v", err)
	}
	creds := []store.Credential{
		{VoterID: "anna", Secret: []byte("a\x00secret"), Entry: entryOf("anna")},
		{VoterID: "boris", Secret: []byte("b"), Entry: entryOf("boris")},
	}
	if err := s.PutCredentials(ctx, creds); err != nil {
		t.Fatal(err)
	}
	wantCount(t, "Voters", s.Voters, 2)
	// Replacing a credential does not add a voter.
	creds = []store.Credential{{VoterID: "anna", Secret: []byte("new"), Entry: entryOf("anna")}, {VoterID: "vera", Secret: []byte("v"), Entry: entryOf("vera")}}
	if err := s.PutCredentials(ctx, creds); err != nil {
		t.Fatal(err)
	}
	wantCount(t, "Voters", s.Voters, 3)
	for id, want := range map[string]string{"anna": "new", "boris": "b", "vera": "v"} {
		got, err := s.Credential(ctx, id)
		if err != nil || string(got) != want {
			t.Errorf("Credential(%s) = %q, %v; want %q", id, got, err, want)
		}
	}
	_, err = s.Credential(ctx, "ann")
	wantErr(t, "Credential of a prefix", err, store.ErrNotFound)
}

func testHit(t *testing.T, f Factory) {
	s := fresh(t, f)
	ctx := context.Background()
	for want := uint64(1); want <= 5; want++ {
		n, left, err := s.Hit(ctx, "v:anna", time.Hour)
		if err != nil || n != want || left <= 0 || left > time.Hour {
			t.Fatalf("Hit = %d, %v, %v; want %d in the window", n, left, err, want)
		}
	}
	n, left, err := s.Attempts(ctx, "v:anna")
	if err != nil || n != 5 || left <= 0 || left > time.Hour {
		t.Fatalf("Attempts = %d, %v, %v; want 5", n, left, err)
	}
	if n, _, err := s.Attempts(ctx, "v:boris"); err != nil || n != 0 {
		t.Fatalf("Attempts of another key = %d, %v", n, err)
	}
	if n, _, err := s.Hit(ctx, "c:127.0.0.1", time.Hour); err != nil || n != 1 {
		t.Fatalf("Hit of another key = %d, %v", n, err)
	}
}

func testHitWindow(t *testing.T, f Factory) {
	s := fresh(t, f)
	ctx := context.Background()
	const window = 300 * time.Millisecond
	s.Hit(ctx, "k", window)
	if n, _, _ := s.Hit(ctx, "k", window); n != 2 {
		t.Fatalf("second Hit = %d, want 2", n)
	}
	time.Sleep(window + 100*time.Millisecond)
	if n, _, err := s.Attempts(ctx, "k"); err != nil || n != 0 {
		t.Fatalf("Attempts after the window = %d, %v; want 0", n, err)
	}
	if n, _, err := s.Hit(ctx, "k", window); err != nil || n != 1 {
		t.Fatalf("Hit after the window = %d, %v; want 1", n, err)
	}
}

// testForgive: Forgive takes back one hit of the running window, never
// below zero, and leaves the window's end where it was.
func testForgive(t *testing.T, f Factory) {
	s := fresh(t, f)
	ctx := context.Background()
	if err := s.Forgive(ctx, "k"); err != nil {
		t.Fatalf("Forgive of a key never hit: %v", err)
	}
	if n, _, err := s.Attempts(ctx, "k"); err != nil || n != 0 {
		t.Fatalf("Attempts after Forgive of nothing = %d, %v; want 0", n, err)
	}
	s.Hit(ctx, "k", time.Hour)
	_, before, _ := s.Hit(ctx, "k", time.Hour)
	for range 3 {
		if err := s.Forgive(ctx, "k"); err != nil {
			t.Fatal(err)
		}
	}
	n, left, err := s.Attempts(ctx, "k")
	if err != nil || n != 0 || left <= 0 || left > before {
		t.Fatalf("after two hits and three Forgives: %d, %v, %v; want 0 in the same window (%v left)", n, left, err, before)
	}
	if n, _, err := s.Hit(ctx, "k", time.Hour); err != nil || n != 1 {
		t.Fatalf("Hit after Forgive = %d, %v; want 1", n, err)
	}
	if n, _, err := s.Attempts(ctx, "other"); err != nil || n != 0 {
		t.Fatalf("Forgive touched another key: %d, %v", n, err)
	}
}

func testReopen(t *testing.T, f Factory) {
	s, reopen := f(t)
	ctx := context.Background()
	putVoters(t, s, "anna", "boris")
	mustClaim(t, s, "anna", "m1")
	mustComplete(t, s, "anna", "m1", "s1")
	mustClaim(t, s, "boris", "m2") // pending at close
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = reopen(t)
	defer s.Close()
	wantCount(t, "Voters after reopen", s.Voters, 2)
	wantCount(t, "Issued after reopen", s.Issued, 1)
	if in := mustClaim(t, s, "anna", "m1"); !bytes.Equal(in.Signature, sigOf("s1")) || in.Seq != 1 {
		t.Fatalf("anna after reopen = %+v, want her signature, number 1", in)
	}
	if in := mustClaim(t, s, "boris", "m2"); in.Done() {
		t.Fatalf("boris after reopen = %+v, want pending", in)
	}
	_, err := s.Claim(ctx, "boris", hashOf("m3"))
	wantErr(t, "Claim of another message after reopen", err, store.ErrConflict)
	if in := mustComplete(t, s, "boris", "m2", "s2"); in.Seq != 2 {
		t.Fatalf("boris after reopen = %+v, want number 2", in)
	}
	wantCount(t, "Issued", s.Issued, 2)
	wantEntries(t, s, 0, 2, "anna", "boris")
}

func testClosed(t *testing.T, f Factory) {
	s, _ := f(t)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	_, err := s.Claim(ctx, "anna", hashOf("m"))
	wantErr(t, "Claim after Close", err, store.ErrUnavailable)
	_, err = s.Complete(ctx, "anna", hashOf("m"), sigOf("s"))
	wantErr(t, "Complete after Close", err, store.ErrUnavailable)
	_, err = s.Intent(ctx, "anna")
	wantErr(t, "Intent after Close", err, store.ErrUnavailable)
	_, err = s.Credential(ctx, "anna")
	wantErr(t, "Credential after Close", err, store.ErrUnavailable)
	_, _, err = s.Hit(ctx, "k", time.Hour)
	wantErr(t, "Hit after Close", err, store.ErrUnavailable)
	wantErr(t, "Forgive after Close", s.Forgive(ctx, "k"), store.ErrUnavailable)
	_, err = s.Issued(ctx)
	wantErr(t, "Issued after Close", err, store.ErrUnavailable)
}
