package storetest

import (
	"bytes"
	"context"
	"slices"
	"testing"

	"github.com/evote-org/evote/registrar/store"
)

// testLog: completions are numbered in the order they complete, the log
// holds each voter's entry under its number, and a repeated Complete
// keeps the number.
func testLog(t *testing.T, f Factory) {
	s := fresh(t, f, "anna", "boris", "vera")
	ctx := context.Background()
	wantEntries(t, s, 0, 0)
	for i, v := range []string{"boris", "anna", "vera"} {
		mustClaim(t, s, v, "m-"+v)
		if in := mustComplete(t, s, v, "m-"+v, "s-"+v); in.Seq != uint64(i+1) {
			t.Fatalf("Complete(%s) = number %d, want %d", v, in.Seq, i+1)
		}
	}
	if in := mustComplete(t, s, "anna", "m-anna", "other"); in.Seq != 2 || !bytes.Equal(in.Signature, sigOf("s-anna")) {
		t.Fatalf("second Complete(anna) = %+v, want number 2 and the first signature", in)
	}
	if in := mustClaim(t, s, "anna", "m-anna"); in.Seq != 2 {
		t.Fatalf("Claim after Complete = %+v, want number 2", in)
	}
	wantCount(t, "Issued", s.Issued, 3)
	wantEntries(t, s, 0, 3, "boris", "anna", "vera")
	wantEntries(t, s, 1, 2, "anna")
	wantEntries(t, s, 3, 3)
	for _, r := range [][2]uint64{{2, 1}, {0, 4}, {4, 4}, {3, 5}} {
		_, err := s.Entries(ctx, r[0], r[1])
		wantErr(t, "Entries beyond the issued", err, store.ErrRange)
	}
	if in := mustClaim(t, s, "x", "m"); in.Seq != 0 {
		t.Fatalf("a pending claim has number %d", in.Seq)
	}
}

// testNoEntry: a credential without an entry is refused with the whole
// batch, and a voter without an entry gets no signature and no number.
func testNoEntry(t *testing.T, f Factory) {
	s := fresh(t, f)
	ctx := context.Background()
	err := s.PutCredentials(ctx, []store.Credential{
		{VoterID: "anna", Secret: []byte("a"), Entry: entryOf("anna")},
		{VoterID: "boris", Secret: []byte("b")},
	})
	wantErr(t, "PutCredentials without an entry", err, store.ErrNoEntry)
	wantCount(t, "Voters", s.Voters, 0)
	_, err = s.Credential(ctx, "anna")
	wantErr(t, "Credential of a refused batch", err, store.ErrNotFound)
	pending := mustClaim(t, s, "boris", "m")
	_, err = s.Complete(ctx, "boris", hashOf("m"), sigOf("s"))
	wantErr(t, "Complete of a voter without an entry", err, store.ErrNoEntry)
	wantCount(t, "Issued", s.Issued, 0)
	wantIntent(t, s, "boris", pending)
}

// testRollEntries: every voter's entry, the latest for a replaced one.
func testRollEntries(t *testing.T, f Factory) {
	s := fresh(t, f)
	ctx := context.Background()
	wantRoll(t, s)
	putVoters(t, s, "anna", "boris", "vera")
	wantRoll(t, s, entryOf("anna"), entryOf("boris"), entryOf("vera"))
	err := s.PutCredentials(ctx, []store.Credential{{VoterID: "anna", Secret: []byte("new"), Entry: entryOf("anna2")}})
	if err != nil {
		t.Fatal(err)
	}
	wantRoll(t, s, entryOf("anna2"), entryOf("boris"), entryOf("vera"))
}

// wantEntries fails unless Entries(from, to) holds the voters' entries in
// order.
func wantEntries(t *testing.T, s store.Store, from, to uint64, voters ...string) {
	t.Helper()
	got, err := s.Entries(context.Background(), from, to)
	if err != nil {
		t.Fatalf("Entries(%d, %d): %v", from, to, err)
	}
	want := make([][]byte, len(voters))
	for i, v := range voters {
		want[i] = entryOf(v)
	}
	if !slices.EqualFunc(got, want, bytes.Equal) {
		t.Fatalf("Entries(%d, %d) = %x, want the entries of %v", from, to, got, voters)
	}
}

// wantRoll fails unless RollEntries holds exactly want, in any order.
func wantRoll(t *testing.T, s store.Store, want ...[]byte) {
	t.Helper()
	got, err := s.RollEntries(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(got, bytes.Compare)
	slices.SortFunc(want, bytes.Compare)
	if !slices.EqualFunc(got, want, bytes.Equal) {
		t.Fatalf("RollEntries = %x, want %x", got, want)
	}
}
