package rank

import (
	"slices"
	"testing"
)

// food is the example of Wikipedia's "Single transferable vote" article:
// 20 voters choose 3 foods. A Oranges, B Pears, C Chocolate, D
// Strawberries, E Hamburgers. The quota is 20/4 + 1 = 6.
var food = []group{{4, "A"}, {2, "BA"}, {8, "CD"}, {4, "CE"}, {1, "D"}, {1, "E"}}

// TestSTVFood: Chocolate is elected with 12 and its surplus of 6 moves at
// 0.5 (Strawberries 5, Hamburgers 3); Pears is excluded and Oranges
// reaches 6; Hamburgers is excluded and Strawberries is the one left for
// the last seat.
func TestSTVFood(t *testing.T) {
	res, err := STV(rankings(t, 5, food...), 3, seed)
	if err != nil {
		t.Fatal(err)
	}
	if res.Quota != 6 || letters(res.Elected) != "CAD" {
		t.Fatalf("quota %d elected %s, want 6 and CAD", res.Quota, letters(res.Elected))
	}
	u := int64(Unit)
	want := []struct {
		action string
		who    int
		votes  []int64
		elect  string
	}{
		{FirstPreferences, -1, []int64{4 * u, 2 * u, 12 * u, 1 * u, 1 * u}, "C"},
		{Surplus, 2, []int64{4 * u, 2 * u, 6 * u, 5 * u, 3 * u}, ""},
		{Exclusion, 1, []int64{6 * u, 0, 6 * u, 5 * u, 3 * u}, "A"},
		{Exclusion, 4, []int64{6 * u, 0, 6 * u, 5 * u, 0}, "D"},
	}
	if len(res.Stages) != len(want) {
		t.Fatalf("%d stages: %+v", len(res.Stages), res.Stages)
	}
	for i, w := range want {
		s := res.Stages[i]
		if s.Action != w.action || s.Candidate != w.who || !slices.Equal(s.Votes, w.votes) || letters(s.Elected) != w.elect {
			t.Errorf("stage %d: %+v, want %+v", i+1, s, w)
		}
	}
	if last := res.Stages[3]; last.Exhausted != 3*u || last.Lost != 0 {
		t.Errorf("exhausted %d lost %d, want 3 votes and 0", last.Exhausted, last.Lost)
	}
}

// TestSTVTruncation: transfer values are truncated to five decimal places
// (rule 48). 9 voters, 2 seats: quota 4. A has 6, a surplus of 2: each of
// its 6 papers moves to B at 0.33333, and 0.00002 of a vote is lost; B
// (2.99998) beats C (2) for the second seat.
func TestSTVTruncation(t *testing.T) {
	res, err := STV(rankings(t, 3, group{6, "AB"}, group{2, "C"}, group{1, "B"}), 2, seed)
	if err != nil {
		t.Fatal(err)
	}
	s := res.Stages[1]
	if s.Action != Surplus || s.Votes[1] != Unit+6*33333 || s.Lost != 2*Unit-6*33333 {
		t.Fatalf("stage 2 %+v", s)
	}
	if letters(res.Elected) != "AB" {
		t.Fatalf("elected %s", letters(res.Elected))
	}
	if total := s.Votes[0] + s.Votes[1] + s.Votes[2] + s.Exhausted + s.Lost; total != 9*Unit {
		t.Fatalf("stage 2 accounts for %d units of %d", total, 9*Unit)
	}
}

func TestSTVRejects(t *testing.T) {
	r := rankings(t, 3, group{1, "A"})
	for _, seats := range []int{0, 3, -1} {
		if _, err := STV(r, seats, seed); err == nil {
			t.Errorf("%d seats of 3 accepted", seats)
		}
	}
}

// TestSTVDroopReferences: three small elections of the test set of Droop
// (J. Lundell's STV counter, github.com/jklundell/droop, test/blt), whose
// reference reports under its Scottish STV rule (test/ref/report,
// "scotland-fixed-p5-d5") give these stages and results.
func TestSTVDroopReferences(t *testing.T) {
	u := int64(Unit)
	for _, tc := range []struct {
		name      string
		n, seats  int
		groups    []group
		elected   string
		exhausted int64 // non-transferable at the end, in units
		stage     int   // a stage to check (from 0), and its totals
		votes     []int64
	}{
		// "42.blt", Pollux and Helen: Castor's surplus of 1 moves at 0.25 on
		// each of his 4 papers; Pollux (1) is excluded; Helen is elected.
		{"42", 3, 2, []group{{4, "AB"}, {2, "C"}}, "AC", 1 * u, 1, []int64{3 * u, 1 * u, 2 * u}},
		// "scotland/weak-defeat.blt": after A's exclusion B and C tie at 3;
		// at the most recent stage before, B had 2 and C 3: B is excluded.
		{"weak-defeat", 5, 2, []group{{1, "AB"}, {2, "B"}, {3, "C"}, {4, "D"}, {5, "E"}}, "DE", 6 * u, 2, []int64{0, 0, 3 * u, 4 * u, 5 * u}},
		// "scotland/weak-surplus.blt": A and B reach the quota of 8 at once,
		// A's surplus elects C; D is elected after E or F is excluded.
		{"weak-surplus", 6, 4, []group{{10, "AC"}, {8, "B"}, {6, "C"}, {5, "D"}, {3, "ED"}, {3, "FD"}}, "ABCD", 0, 1, []int64{8 * u, 8 * u, 8 * u, 5 * u, 3 * u, 3 * u}},
	} {
		res, err := STV(rankings(t, tc.n, tc.groups...), tc.seats, seed)
		if err != nil {
			t.Fatal(err)
		}
		last := res.Stages[len(res.Stages)-1]
		elected := slices.Sorted(slices.Values(res.Elected)) // rule 52 elects the last ones together
		if letters(elected) != tc.elected || last.Exhausted != tc.exhausted || !slices.Equal(res.Stages[tc.stage].Votes, tc.votes) {
			t.Errorf("%s: elected %s, exhausted %d, stage %d %v; want %s, %d, %v",
				tc.name, letters(elected), last.Exhausted, tc.stage+1, res.Stages[tc.stage].Votes, tc.elected, tc.exhausted, tc.votes)
		}
	}
}
