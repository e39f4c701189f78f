package storetest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/evote-org/evote/registrar/store"
)

func testClaimComplete(t *testing.T, f Factory) {
	s := fresh(t, f, "anna")
	if _, err := s.Intent(context.Background(), "anna"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("Intent before Claim: %v, want ErrNotFound", err)
	}
	in := mustClaim(t, s, "anna", "m1")
	wantIntent(t, s, "anna", in)
	if in.Hash != hashOf("m1") || in.Done() {
		t.Fatalf("new claim = %+v, want pending for m1", in)
	}
	if again := mustClaim(t, s, "anna", "m1"); !again.Equal(in) {
		t.Fatalf("repeated claim = %+v, want %+v", again, in)
	}
	wantCount(t, "Issued before Complete", s.Issued, 0)
	done := mustComplete(t, s, "anna", "m1", "s1")
	if !done.Done() || !bytes.Equal(done.Signature, sigOf("s1")) || done.Hash != hashOf("m1") {
		t.Fatalf("Complete = %+v", done)
	}
	wantCount(t, "Issued", s.Issued, 1)
	wantIntent(t, s, "anna", done)
	if again := mustClaim(t, s, "anna", "m1"); !again.Equal(done) {
		t.Fatalf("claim after Complete = %+v, want %+v", again, done)
	}
	// A second Complete keeps the first signature and counts nothing.
	if again := mustComplete(t, s, "anna", "m1", "other"); !again.Equal(done) {
		t.Fatalf("second Complete = %+v, want the first %+v", again, done)
	}
	wantCount(t, "Issued after second Complete", s.Issued, 1)
}

func testConflict(t *testing.T, f Factory) {
	s := fresh(t, f, "boris", "boris2", "bori")
	ctx := context.Background()
	mustClaim(t, s, "boris", "m1")
	_, err := s.Claim(ctx, "boris", hashOf("m2"))
	wantErr(t, "Claim of another message while pending", err, store.ErrConflict)
	_, err = s.Complete(ctx, "boris", hashOf("m2"), sigOf("s2"))
	wantErr(t, "Complete of another message", err, store.ErrConflict)
	mustComplete(t, s, "boris", "m1", "s1")
	_, err = s.Claim(ctx, "boris", hashOf("m2"))
	wantErr(t, "Claim of another message after Complete", err, store.ErrConflict)
	// Voters are independent, including ids that extend one another.
	mustClaim(t, s, "boris2", "m2")
	mustClaim(t, s, "bori", "m3")
}

func testCompleteErrors(t *testing.T, f Factory) {
	s := fresh(t, f)
	_, err := s.Complete(context.Background(), "nobody", hashOf("m"), sigOf("s"))
	wantErr(t, "Complete without Claim", err, store.ErrNoIntent)
	wantCount(t, "Issued", s.Issued, 0)
}

// testConcurrentOneVoter: 50 racing claims of different messages bind the
// voter to exactly one; 50 racing completions store one signature.
func testConcurrentOneVoter(t *testing.T, f Factory) {
	s := fresh(t, f, "vera")
	const n = 50
	var wg sync.WaitGroup
	won := make(chan string, n)
	errs := make(chan error, n)
	for i := range n {
		wg.Go(func() {
			msg := fmt.Sprint("m", i)
			_, err := s.Claim(context.Background(), "vera", hashOf(msg))
			if err == nil {
				won <- msg
			} else if !errors.Is(err, store.ErrConflict) {
				errs <- err
			}
		})
	}
	wg.Wait()
	close(won)
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if len(won) != 1 {
		t.Fatalf("%d claims won, want 1", len(won))
	}
	msg := <-won
	sigs := make(chan string, n)
	for i := range n {
		wg.Go(func() {
			in, err := s.Complete(context.Background(), "vera", hashOf(msg), sigOf(fmt.Sprint("s", i)))
			if err != nil {
				t.Error(err)
				return
			}
			sigs <- string(in.Signature)
		})
	}
	wg.Wait()
	close(sigs)
	first := <-sigs
	for sig := range sigs {
		if sig != first {
			t.Fatal("concurrent Completes returned different signatures")
		}
	}
	wantCount(t, "Issued", s.Issued, 1)
}

// testConcurrentManyVoters: many voters at once, each claimed twice and
// completed twice, give one issued record each.
func testConcurrentManyVoters(t *testing.T, f Factory) {
	const n = 200
	voters := make([]string, n)
	for i := range voters {
		voters[i] = voterID(i)
	}
	s := fresh(t, f, voters...)
	var wg sync.WaitGroup
	for i := range 2 * n {
		wg.Go(func() {
			v := voterID(i % n)
			if _, err := s.Claim(context.Background(), v, hashOf(v)); err != nil {
				t.Error(err)
				return
			}
			if _, err := s.Complete(context.Background(), v, hashOf(v), sigOf(v)); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	wantCount(t, "Issued", s.Issued, n)
	wantNumbered(t, s, voters)
}

// wantNumbered fails unless the voters' issuances are numbered 1..n, each
// once, and the log holds each voter's entry under its number.
func wantNumbered(t *testing.T, s store.Store, voters []string) {
	t.Helper()
	ctx := context.Background()
	log, err := s.Entries(ctx, 0, uint64(len(voters)))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[uint64]string{}
	for _, v := range voters {
		in, err := s.Intent(ctx, v)
		if err != nil || in.Seq < 1 || in.Seq > uint64(len(voters)) || seen[in.Seq] != "" {
			t.Fatalf("Intent(%s) = %+v, %v: not a fresh number in 1..%d (seen: %q)", v, in, err, len(voters), seen[in.Seq])
		}
		seen[in.Seq] = v
		if !bytes.Equal(log[in.Seq-1], entryOf(v)) {
			t.Fatalf("entry %d = %x, want %s's", in.Seq, log[in.Seq-1], v)
		}
	}
}

// wantIntent fails unless Intent returns want for voter.
func wantIntent(t *testing.T, s store.Store, voter string, want store.Intent) {
	t.Helper()
	if got, err := s.Intent(context.Background(), voter); err != nil || !got.Equal(want) {
		t.Fatalf("Intent(%s) = %+v, %v; want %+v", voter, got, err, want)
	}
}
