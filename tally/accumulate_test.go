package tally_test

import (
	"bytes"
	"encoding/json"
	"io"
	"testing"

	"github.com/evote-org/evote/ballotbox/validity"
	"github.com/evote-org/evote/crypto/ballot"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/internal/synth"
)

// TestAccumulatorLists: the mix phase's initial lists hold, per mixed
// question, the ciphertexts of every counted cast in chain order and of
// no other (a duplicate, a bad proof, a cast after the close ...), and
// are nil when nothing was counted.
func TestAccumulatorLists(t *testing.T) {
	var rec bytes.Buffer
	shapes := []synth.Shape{{Options: 4, Max: 3, Min: 1, Ranked: true}, {Options: 3, Max: 1}, {Options: 5, Max: 5, Min: 2, Ranked: true}}
	if _, err := synth.Write(&rec, synth.Config{Voters: 6, N: 3, T: 2, Questions: shapes, Invalid: true}); err != nil {
		t.Fatal(err)
	}
	e, casts := readCasts(t, &rec)
	acc, err := e.NewAccumulator()
	if err != nil {
		t.Fatal(err)
	}
	if l, err := acc.Lists(); l != nil || err != nil {
		t.Fatalf("lists before any cast: %v, %v", l, err)
	}
	if _, err := acc.Add(casts); err != nil {
		t.Fatal(err)
	}
	lists, err := acc.Lists()
	if err != nil || len(lists) != 2 || acc.Counted() != 6 || len(casts) != 6+len(synth.InvalidVerdicts) {
		t.Fatalf("%d lists, %d counted of %d casts, %v", len(lists), acc.Counted(), len(casts), err)
	}
	row := 0
	for _, c := range casts {
		if c.Verdict != validity.Counted.String() {
			continue
		}
		b, err := ballot.Parse(e.Manifest.Ballot(e.Context, e.Key), c.Ballot)
		if err != nil {
			t.Fatal(err)
		}
		for m, q := range e.Mixed() {
			for k, ct := range b.Answers[q].Options {
				if got := lists[m].Row(row)[k]; !bytes.Equal(got.Bytes(), ct.Bytes()) {
					t.Fatalf("list %d row %d ciphertext %d is not cast %d's", m, row, k, c.Seq)
				}
			}
		}
		row++
	}
	if lists[0].Len() != row || lists[0].Width() != 4 || lists[1].Len() != row || lists[1].Width() != 5 {
		t.Errorf("lists %d×%d and %d×%d, want %d×4 and %d×5", lists[0].Len(), lists[0].Width(), lists[1].Len(), lists[1].Width(), row, row)
	}
}

// readCasts reads a record's header and cast lines.
func readCasts(t *testing.T, r io.Reader) (*tally.Election, []*tally.CastLine) {
	rd := tally.NewReader(r)
	var e *tally.Election
	var casts []*tally.CastLine
	for {
		typ, line, err := rd.Next()
		if err == io.EOF {
			return e, casts
		}
		if err != nil {
			t.Fatal(err)
		}
		switch typ {
		case tally.TypeHeader:
			var h tally.Header
			if err := json.Unmarshal(line, &h); err != nil {
				t.Fatal(err)
			}
			if e, err = tally.NewElection(&h); err != nil {
				t.Fatal(err)
			}
		case tally.TypeCast:
			var c tally.CastLine
			if err := json.Unmarshal(line, &c); err != nil {
				t.Fatal(err)
			}
			casts = append(casts, &c)
		}
	}
}
