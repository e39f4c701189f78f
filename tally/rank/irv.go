package rank

import "slices"

// Round is one round of an instant-runoff count.
type Round struct {
	Votes     []int64 // per candidate: the rankings it holds; 0 once excluded
	Exhausted int64   // rankings with no continuing candidate left
	Excluded  int     // the candidate excluded after this round; -1 in the last
}

// IRVResult is an instant-runoff count.
type IRVResult struct {
	Ballots uint64 // valid non-blank rankings counted
	Blank   uint64
	Spoiled uint64
	Rounds  []Round
	Winner  int // -1: no ranking was counted
}

// IRV counts r by instant runoff (docs/protocol.md, section 16.3): each
// ranking counts for its highest continuing candidate; a candidate with
// more than half of the rankings that count for someone wins; otherwise
// the candidate with the fewest is excluded (ties: fewest at the most recent
// round where the tied differ, then the lot of seed) and the next round
// begins.
func IRV(r *Rankings, seed []byte) *IRVResult {
	res := &IRVResult{Ballots: uint64(r.Len()), Blank: r.Blank, Spoiled: r.Spoiled, Winner: -1}
	if r.Len() == 0 {
		return res
	}
	p, lot := newPile(r, 1), Lot(seed, r.Candidates())
	var history [][]int64
	for {
		round := Round{Votes: slices.Clone(p.totals), Exhausted: p.exhausted, Excluded: -1}
		history = append(history, round.Votes)
		left := p.candidates(continuing)
		active := int64(r.Len()) - p.exhausted
		top := extreme(left, p.totals, false)
		if len(left) == 1 || (len(top) == 1 && 2*p.totals[top[0]] > active) {
			res.Winner = top[0]
			res.Rounds = append(res.Rounds, round)
			return res
		}
		out := breakTie(extreme(left, p.totals, true), history, lot, true)
		round.Excluded = out
		res.Rounds = append(res.Rounds, round)
		p.state[out] = excluded
		p.move(out, func(v int64) int64 { return v })
		p.totals[out] = 0
	}
}
