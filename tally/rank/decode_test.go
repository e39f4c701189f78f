package rank

import (
	"errors"
	"slices"
	"testing"

	"github.com/evote-org/evote/crypto/ballot"
)

func TestDecodeRanking(t *testing.T) {
	q := Question{Candidates: 4, Min: 1, Max: 3}
	for _, tc := range []struct {
		values []uint64
		want   []int // nil: spoiled
	}{
		{[]uint64{2, 0, 1, 3}, []int{2, 0, 3}},
		{[]uint64{0, 1, 0, 0}, []int{1}},
		{[]uint64{1, 1, 0, 0}, nil},       // tie
		{[]uint64{1, 0, 3, 0}, nil},       // gap
		{[]uint64{2, 0, 0, 0}, nil},       // no first preference
		{[]uint64{0, 0, 0, 0}, nil},       // fewer than Min
		{[]uint64{1, 2, 3, 4}, nil},       // rank above Max
		{[]uint64{1, 0, 0, 1 << 40}, nil}, // far out of range
		{[]uint64{1, 2, 3}, nil},          // too few values
	} {
		got, err := DecodeRanking(q, tc.values)
		if (tc.want == nil) != errors.Is(err, ErrSpoiled) || !slices.Equal(got, tc.want) {
			t.Errorf("%v: %v, %v; want %v", tc.values, got, err, tc.want)
		}
	}
	if got, err := DecodeRanking(Question{Candidates: 2, Max: 2}, []uint64{0, 0}); err != nil || len(got) != 0 {
		t.Errorf("blank ranking: %v, %v", got, err)
	}
	if _, err := DecodeRanking(Question{Candidates: 2, Max: 3}, []uint64{0, 0}); !errors.Is(err, ErrQuestion) {
		t.Errorf("bad question: %v", err)
	}
}

func TestDecodeGrades(t *testing.T) {
	q := Question{Candidates: 3, Min: 1, Max: 2, Grades: 4}
	for _, tc := range []struct {
		values []uint64
		want   []int // nil: spoiled
	}{
		{[]uint64{1, 0, 4}, []int{1, 4, 4}},
		{[]uint64{0, 2, 0}, []int{4, 2, 4}},
		{[]uint64{1, 2, 3}, nil}, // more than Max graded
		{[]uint64{0, 0, 0}, nil}, // fewer than Min
		{[]uint64{5, 0, 0}, nil}, // grade above the scale
		{[]uint64{1, 0}, nil},
	} {
		got, err := DecodeGrades(q, tc.values)
		if (tc.want == nil) != errors.Is(err, ErrSpoiled) || !slices.Equal(got, tc.want) {
			t.Errorf("%v: %v, %v; want %v", tc.values, got, err, tc.want)
		}
	}
}

// rankedQuestion is a ranked question of ballot's and ours.
func rankedQuestion(n, min, max int) (ballot.Question, Question) {
	return ballot.Question{Options: n, Min: min, Max: max, Kind: ballot.Ranked}, Question{Candidates: n, Min: min, Max: max}
}

// FuzzDecode: the decoders never panic, a ranking they accept is a
// ranking, and they spoil exactly what ballot.CheckValues (the booth's
// constant-time form of the same rule) refuses.
func FuzzDecode(f *testing.F) {
	f.Add([]byte{2, 0, 1, 3, 0}, uint8(1), uint8(3))
	f.Add([]byte{1, 1, 0, 0, 0}, uint8(0), uint8(5))
	f.Add([]byte{0, 0, 0, 0, 0}, uint8(0), uint8(2))
	f.Fuzz(func(t *testing.T, raw []byte, min, max uint8) {
		if len(raw) == 0 || len(raw) > MaxCandidates {
			return
		}
		n := len(raw)
		bq, q := rankedQuestion(n, int(min)%(n+1), int(max)%(n+1))
		values, small := make([]uint64, n), make([]uint8, n)
		for i, b := range raw {
			values[i], small[i] = uint64(b), b
		}
		order, err := DecodeRanking(q, values)
		if errors.Is(err, ErrQuestion) {
			if ballot.ValidateShape([]ballot.Question{bq}) == nil {
				t.Fatalf("question %+v refused here, allowed by ballot", q)
			}
			return
		}
		if (err == nil) != (ballot.CheckValues(bq, small) == nil) {
			t.Fatalf("%v in %+v: decoder says %v, CheckValues %v", values, q, err, ballot.CheckValues(bq, small))
		}
		for i, c := range order {
			if values[c] != uint64(i+1) {
				t.Fatalf("%v decoded to %v", values, order)
			}
		}
		gq := Question{Candidates: n, Min: q.Min, Max: n, Grades: 2 + int(max)%9}
		gb := ballot.Question{Options: n, Min: q.Min, Max: n, Kind: ballot.Graded, Grades: gq.Grades}
		if _, err := DecodeGrades(gq, values); (err == nil) != (ballot.CheckValues(gb, small) == nil) {
			t.Fatalf("%v in %+v: grades decoder says %v", values, gq, err)
		}
	})
}
