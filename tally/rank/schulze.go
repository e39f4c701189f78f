package rank

import "slices"

// SchulzeResult is a Condorcet–Schulze count.
type SchulzeResult struct {
	Ballots uint64 // valid non-blank rankings counted
	Blank   uint64
	Spoiled uint64
	D       [][]uint64 // D[x][y]: rankings that prefer x to y
	P       [][]uint64 // P[x][y]: strength of the strongest path from x to y
	Order   []int      // every candidate, winner first
	Tied    []bool     // Tied[i]: Order[i] and Order[i+1] are tied by the paths and ordered by lot
	Winner  int        // Order[0]; -1 if no ranking was counted
}

// Schulze counts r by the Schulze method (Schulze, "A new monotonic,
// clone-independent, reversal symmetric, and Condorcet-consistent
// single-winner election method", Social Choice and Welfare 36, 2011),
// with margins measured as winning votes, as docs/protocol.md, section
// 15.5, writes it: a ranking prefers every ranked candidate to every
// unranked one and ranks none of its unranked candidates above another;
// the order places next, among the candidates not placed yet, one whom
// no other of them beats (P[x][y] >= P[y][x]), the first of those by lot
// placed last (the lot is the tie-breaking ranking).
func Schulze(r *Rankings, seed []byte) *SchulzeResult {
	n := r.Candidates()
	res := &SchulzeResult{Ballots: uint64(r.Len()), Blank: r.Blank, Spoiled: r.Spoiled, Winner: -1,
		D: pairwise(r), P: make([][]uint64, n)}
	for x := range n {
		res.P[x] = make([]uint64, n)
		for y := range n {
			if x != y && res.D[x][y] > res.D[y][x] {
				res.P[x][y] = res.D[x][y]
			}
		}
	}
	for i := range n {
		for j := range n {
			for k := range n {
				if i != j && j != k && i != k {
					res.P[j][k] = max(res.P[j][k], min(res.P[j][i], res.P[i][k]))
				}
			}
		}
	}
	res.Order, res.Tied = schulzeOrder(res.P, Lot(seed, n))
	if r.Len() > 0 {
		res.Winner = res.Order[0]
	}
	return res
}

// pairwise is D: for each ranking, every candidate it ranks beats every
// candidate ranked below it and every unranked one.
func pairwise(r *Rankings) [][]uint64 {
	n := r.Candidates()
	d := make([][]uint64, n)
	for x := range d {
		d[x] = make([]uint64, n)
	}
	for b := range r.Len() {
		var above uint64 // candidates ranked so far
		row := r.row(b)
		for _, c := range row {
			if c == none {
				break
			}
			above |= 1 << c
			for y := range n {
				if above&(1<<y) == 0 {
					d[c][y]++
				}
			}
		}
	}
	return d
}

// schulzeOrder places the candidates: next, among those left, the ones no
// other left beats (P[x][y] >= P[y][x] for every other y left), and of
// them the last in the lot order.
func schulzeOrder(p [][]uint64, lot []int) ([]int, []bool) {
	left := slices.Clone(lot)
	var order []int
	var tied []bool
	for len(left) > 0 {
		var unbeaten []int
		for _, x := range left {
			if !slices.ContainsFunc(left, func(y int) bool { return y != x && p[y][x] > p[x][y] }) {
				unbeaten = append(unbeaten, x)
			}
		}
		next := unbeaten[len(unbeaten)-1] // left is in lot order
		if len(order) > 0 {
			last := order[len(order)-1]
			tied = append(tied, p[last][next] == p[next][last])
		}
		order = append(order, next)
		left = slices.DeleteFunc(left, func(x int) bool { return x == next })
	}
	return order, tied
}
