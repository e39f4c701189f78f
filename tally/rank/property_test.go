package rank

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

// randomBallots are count decrypted ballots of n candidates ranking (or,
// graded, grading) at least one and at most max of them, drawn from a
// few blocs so that profiles have structure: each voter follows a bloc's
// order and swaps two neighbours now and then.
func randomBallots(rnd *rand.Rand, n, max, count int) [][]uint64 {
	blocs := make([][]int, 3)
	for i := range blocs {
		blocs[i] = rnd.Perm(n)
	}
	out := make([][]uint64, count)
	for b := range out {
		order := append([]int(nil), blocs[rnd.IntN(len(blocs))]...)
		if i := rnd.IntN(n); i+1 < n && rnd.IntN(2) == 0 {
			order[i], order[i+1] = order[i+1], order[i]
		}
		k := 1 + rnd.IntN(max)
		out[b] = make([]uint64, n)
		for r, c := range order[:k] {
			out[b][c] = uint64(r + 1)
		}
	}
	return out
}

func profile(t testing.TB, n, max int, ballots [][]uint64) *Rankings {
	t.Helper()
	r, err := NewRankings(Question{Candidates: n, Min: 1, Max: max})
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range ballots {
		if err := r.Add(v); err != nil {
			t.Fatal(err)
		}
	}
	return r
}

// TestCondorcetWinnerWinsSchulze: when a candidate beats every other one
// head to head, Schulze elects it.
func TestCondorcetWinnerWinsSchulze(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	found := 0
	for range 300 {
		n := 2 + rnd.IntN(6)
		res := Schulze(profile(t, n, n, randomBallots(rnd, n, n, 1+rnd.IntN(60))), seed)
		for x := range n {
			beatsAll := true
			for y := range n {
				if x != y && res.D[x][y] <= res.D[y][x] {
					beatsAll = false
				}
			}
			if beatsAll {
				found++
				if res.Winner != x {
					t.Fatalf("Condorcet winner %d, Schulze %d; d %v", x, res.Winner, res.D)
				}
			}
		}
	}
	if found < 100 {
		t.Fatalf("only %d profiles with a Condorcet winner", found)
	}
}

// TestMajorityFirstWinsIRV: a candidate ranked first by more than half
// wins IRV, and STV for one seat.
func TestMajorityFirstWinsIRV(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 4))
	for range 200 {
		n := 2 + rnd.IntN(6)
		ballots := randomBallots(rnd, n, n, 1+rnd.IntN(60))
		first := make([]int, n)
		for _, v := range ballots {
			for c, r := range v {
				if r == 1 {
					first[c]++
				}
			}
		}
		r := profile(t, n, n, ballots)
		for c, f := range first {
			if 2*f > len(ballots) {
				stv, _ := STV(r, 1, seed)
				if w := IRV(r, seed).Winner; w != c || stv.Elected[0] != c {
					t.Fatalf("majority first choice %d, IRV %d, STV %v", c, w, stv.Elected)
				}
			}
		}
	}
}

// TestSTVOneSeatIsIRV: with one seat, for full or truncated rankings, the Scottish STV
// rules elect the IRV winner (section 16.4: the quota is then a majority
// of the valid votes, no surplus is transferred before the seat is
// filled, and the tie-breaks are the same).
func TestSTVOneSeatIsIRV(t *testing.T) {
	rnd := rand.New(rand.NewPCG(5, 6))
	for range 300 {
		n := 2 + rnd.IntN(6)
		r := profile(t, n, n, randomBallots(rnd, n, n, 1+rnd.IntN(40)))
		stv, err := STV(r, 1, seed)
		if err != nil {
			t.Fatal(err)
		}
		if irv := IRV(r, seed); stv.Elected[0] != irv.Winner {
			t.Fatalf("STV elects %v, IRV %d", stv.Elected, irv.Winner)
		}
	}
}

// TestPermutationInvariance: the order of the ballots (the mix-net's
// output order) changes no result of any method.
func TestPermutationInvariance(t *testing.T) {
	rnd := rand.New(rand.NewPCG(7, 8))
	for range 50 {
		n := 3 + rnd.IntN(5)
		ballots := randomBallots(rnd, n, n, 1+rnd.IntN(80))
		shuffled := append([][]uint64(nil), ballots...)
		rnd.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		a, b := profile(t, n, n, ballots), profile(t, n, n, shuffled)
		stvA, _ := STV(a, 2, seed)
		stvB, _ := STV(b, 2, seed)
		ga, gb := gradesOf(t, n, ballots), gradesOf(t, n, shuffled)
		for name, pair := range map[string][2]any{
			"irv":     {IRV(a, seed), IRV(b, seed)},
			"stv":     {stvA, stvB},
			"schulze": {Schulze(a, seed), Schulze(b, seed)},
			"mj":      {MajorityJudgment(ga, seed), MajorityJudgment(gb, seed)},
		} {
			if !reflect.DeepEqual(pair[0], pair[1]) {
				t.Fatalf("%s: permuted ballots count differently", name)
			}
		}
	}
}

// gradesOf reads ranked ballots as grades on a scale of n.
func gradesOf(t testing.TB, n int, ballots [][]uint64) *Grades {
	g, err := NewGrades(Question{Candidates: n, Min: 1, Max: n, Grades: n})
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range ballots {
		if err := g.Add(v); err != nil {
			t.Fatal(err)
		}
	}
	return g
}
