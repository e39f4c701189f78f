package ballot

import (
	"bytes"
	"crypto/rand"
	"errors"
	"testing"

	"github.com/evote-org/evote/crypto/internal/testrand"
	"github.com/evote-org/evote/internal/golden"
)

// Shapes of the golden ranked and graded ballots (docs/protocol.md,
// section 6): rank up to 3 of 4 candidates, at least 1; grade each of 3
// candidates on a scale of 6.
var (
	rankedQuestion = Question{Options: 4, Min: 1, Max: 3, Kind: Ranked}
	gradedQuestion = Question{Options: 3, Min: 3, Max: 3, Kind: Graded, Grades: 6}
	rankedValues   = []uint8{2, 0, 1, 3}
	gradedValues   = []uint8{1, 4, 6}
)

// mixedElection has a choice, a ranked and a graded question.
func mixedElection(t testing.TB) *Election {
	e := testElection(t)
	e.Questions = []Question{e.Questions[0], rankedQuestion, gradedQuestion}
	return e
}

var mixedValues = [][]uint8{{0, 1}, rankedValues, gradedValues}

func TestCheckValues(t *testing.T) {
	choice := Question{Options: 3, Min: 1, Max: 2}
	graded := Question{Options: 3, Min: 2, Max: 3, Kind: Graded, Grades: 5}
	for _, tc := range []struct {
		q      Question
		values []uint8
		ok     bool
	}{
		{rankedQuestion, []uint8{1, 0, 0, 0}, true},
		{rankedQuestion, []uint8{2, 1, 0, 0}, true},
		{rankedQuestion, []uint8{2, 0, 1, 3}, true},
		{rankedQuestion, []uint8{0, 0, 0, 1}, true},
		{rankedQuestion, []uint8{0, 0, 0, 0}, false}, // fewer than Min
		{rankedQuestion, []uint8{1, 1, 0, 0}, false}, // tie
		{rankedQuestion, []uint8{1, 0, 3, 0}, false}, // gap
		{rankedQuestion, []uint8{2, 0, 0, 0}, false}, // no first
		{rankedQuestion, []uint8{1, 2, 3, 4}, false}, // rank above Max
		{rankedQuestion, []uint8{4, 0, 0, 0}, false},
		{rankedQuestion, []uint8{1, 2, 3}, false}, // too short
		{rankedQuestion, []uint8{2, 2, 1, 0}, false},
		{rankedQuestion, []uint8{3, 3, 1, 0}, false}, // three ranks, rank 2 missing
		{graded, []uint8{1, 5, 0}, true},
		{graded, []uint8{3, 3, 3}, true},
		{graded, []uint8{6, 0, 1}, false},
		{graded, []uint8{1, 0, 0}, false},
		{choice, []uint8{1, 0, 1}, true},
		{choice, []uint8{2, 0, 0}, false},
		{choice, []uint8{1, 1, 1}, false},
		{choice, []uint8{0, 0, 0}, false},
	} {
		err := CheckValues(tc.q, tc.values)
		if (err == nil) != tc.ok || (err != nil && !errors.Is(err, ErrChoice)) {
			t.Errorf("kind %d %v: %v, want ok=%v", tc.q.Kind, tc.values, err, tc.ok)
		}
	}
}

func TestShapeRejectsKinds(t *testing.T) {
	for name, q := range map[string]Question{
		"unknown kind":       {Options: 3, Max: 1, Kind: 3},
		"ranked, no rank":    {Options: 3, Kind: Ranked},
		"one grade":          {Options: 3, Max: 3, Kind: Graded, Grades: 1},
		"too many grades":    {Options: 3, Max: 3, Kind: Graded, Grades: MaxGrades + 1},
		"grades of a rank":   {Options: 3, Max: 3, Kind: Ranked, Grades: 4},
		"grades of a choice": {Options: 3, Max: 1, Grades: 4},
	} {
		if err := ValidateShape([]Question{q}); !errors.Is(err, ErrShape) {
			t.Errorf("%s: %v, want ErrShape", name, err)
		}
	}
}

func TestRankedRoundTrip(t *testing.T) {
	e := mixedElection(t)
	b, o, err := EncryptValues(e, alice, mixedValues, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	if b.Answers[1].Selections != nil || b.Answers[2].Selections != nil {
		t.Fatal("a ranked or graded answer has a selection proof")
	}
	p := roundTrip(t, e, b, o)
	if err := p.Verify(e, [20]byte{0x66}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("verified under another pseudonym: %v", err)
	}
}

func TestEncryptRefusesSpoiledRanking(t *testing.T) {
	e := mixedElection(t)
	for _, bad := range [][]uint8{{1, 1, 0, 0}, {1, 0, 3, 0}, {0, 0, 0, 0}, {4, 1, 2, 3}} {
		if _, _, err := EncryptValues(e, alice, [][]uint8{{0, 1}, bad, gradedValues}, rand.Reader); !errors.Is(err, ErrChoice) {
			t.Errorf("ranking %v: %v, want ErrChoice", bad, err)
		}
	}
	if _, _, err := EncryptValues(e, alice, [][]uint8{{0, 1}, rankedValues, {1, 7, 1}}, rand.Reader); !errors.Is(err, ErrChoice) {
		t.Errorf("grade 7 of 6: %v, want ErrChoice", err)
	}
}

// TestRankAboveRange: a rank of Max+1 cannot be proved in [0, Max].
func TestRankAboveRange(t *testing.T) {
	e := mixedElection(t)
	b, _, _ := EncryptValues(e, alice, mixedValues, rand.Reader)
	if err := forge(t, e, b, 1, 1, 4).Verify(e, alice); !errors.Is(err, ErrInvalid) {
		t.Fatalf("rank 4 of at most 3 verified: %v", err)
	}
}

func TestParseOpeningRejectsValueAboveTop(t *testing.T) {
	e := mixedElection(t)
	_, o, _ := EncryptValues(e, alice, mixedValues, rand.Reader)
	data := o.Bytes()
	at := 1 + 2*openingEntrySize // the first rank
	for v, ok := range map[byte]bool{3: true, 4: false, 0xff: false} {
		bad := bytes.Clone(data)
		bad[at] = v
		if _, err := ParseOpening(e, bad); (err == nil) != ok {
			t.Errorf("rank byte %d: %v", v, err)
		}
	}
}

func TestVerifyBatchMixed(t *testing.T) {
	e := mixedElection(t)
	items := make([]Item, 6)
	for i := range items {
		items[i].Pseudonym = [20]byte{byte(i + 1)}
		b, _, err := EncryptValues(e, items[i].Pseudonym, mixedValues, rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		items[i].Data = b.Bytes()
	}
	items[4].Pseudonym[19] = 1
	VerifyBatch(e, items)
	for i, it := range items {
		if (i == 4) != (it.Err != nil) {
			t.Errorf("item %d: %v", i, it.Err)
		}
	}
}

// goldenRanked are the elections and values of the golden ranked and
// graded ballots.
func goldenRanked(t testing.TB) map[string]struct {
	e      *Election
	values []uint8
} {
	ranked, graded := testElection(t), testElection(t)
	ranked.Questions = []Question{rankedQuestion}
	graded.Questions = []Question{gradedQuestion}
	return map[string]struct {
		e      *Election
		values []uint8
	}{"ranked": {ranked, rankedValues}, "graded": {graded, gradedValues}}
}

// TestGoldenRanked freezes the ranked and graded ballots and openings
// (testdata/{ranked,graded}-v1.hex, {ranked,graded}-opening-v1.hex);
// docs/protocol.md, section 6, describes them.
func TestGoldenRanked(t *testing.T) {
	for name, g := range goldenRanked(t) {
		b, o, err := EncryptValues(g.e, alice, [][]uint8{g.values}, testrand.New("golden-"+name))
		if err != nil {
			t.Fatal(err)
		}
		golden.Check(t, name+"-v1.hex", b.Bytes())
		golden.Check(t, name+"-opening-v1.hex", o.Bytes())
		if p, err := Parse(g.e, b.Bytes()); err != nil || p.Verify(g.e, alice) != nil {
			t.Fatalf("%s: golden ballot does not verify: %v", name, err)
		}
		for oi, ct := range b.Answers[0].Options {
			if !decryptsTo(ct, uint64(g.values[oi])) {
				t.Errorf("%s: option %d does not decrypt to %d", name, oi, g.values[oi])
			}
		}
	}
}
