package rank

import (
	"fmt"
	"slices"
)

// Unit is the value of one vote in an STV count: values are counted to
// five decimal places, as the Scottish rules count transfer values.
const Unit = 100000

// Stage actions of an STV count.
const (
	FirstPreferences = "first-preferences"
	Surplus          = "surplus"
	Exclusion        = "exclusion"
)

// Stage is one stage of an STV count: what was done, then the totals.
type Stage struct {
	Action    string  // FirstPreferences, Surplus or Exclusion
	Candidate int     // whose surplus was transferred or who was excluded; -1 for the first stage
	Votes     []int64 // per candidate, in units of 1/Unit of a vote, at the end of the stage
	Exhausted int64   // non-transferable value, in units
	Lost      int64   // value lost to truncating transfer values, in units
	Elected   []int   // candidates elected at the end of the stage, in order
}

// STVResult is an STV count.
type STVResult struct {
	Ballots uint64 // valid non-blank rankings counted
	Blank   uint64
	Spoiled uint64
	Seats   int
	Quota   int64 // in whole votes
	Stages  []Stage
	Elected []int // in the order they were elected
}

// STV counts r for seats seats by the Scottish STV rules (the Scottish
// Local Government Elections Order 2007, SSI 2007/42, Schedule 1, rules
// 45 to 52), as docs/protocol.md, section 16.4, writes them: the quota
// floor(valid/(seats+1)) + 1; every paper of a candidate whose surplus
// is transferred moves at the transfer value surplus × value / total,
// truncated to five decimal places (rule 48, the weighted inclusive
// Gregory method); the largest surplus first; otherwise the candidate
// with the fewest votes is excluded and all its papers move at their
// values; ties by the most recent stage at which the tied differed, then by
// the lot of seed.
func STV(r *Rankings, seats int, seed []byte) (*STVResult, error) {
	if seats < 1 || seats >= r.Candidates() {
		return nil, fmt.Errorf("%w: %d seats of %d candidates", ErrQuestion, seats, r.Candidates())
	}
	res := &STVResult{Ballots: uint64(r.Len()), Blank: r.Blank, Spoiled: r.Spoiled, Seats: seats}
	if r.Len() == 0 {
		return res, nil
	}
	res.Quota = int64(r.Len())/int64(seats+1) + 1
	c := &stvCount{res: res, p: newPile(r, Unit), lot: Lot(seed, r.Candidates()), quota: res.Quota * Unit, surplus: map[int]bool{}}
	c.stage(FirstPreferences, -1, 0)
	for !c.done() {
		if from, ok := c.largestSurplus(); ok {
			c.transferSurplus(from)
		} else {
			c.exclude()
		}
	}
	return res, nil
}

type stvCount struct {
	res     *STVResult
	p       *pile
	lot     []int
	quota   int64        // in units
	surplus map[int]bool // elected candidates whose surplus is not transferred yet
	history [][]int64
}

// stage records a stage and elects every continuing candidate at or
// above the quota, the most votes first.
func (c *stvCount) stage(action string, who int, lost int64) {
	s := Stage{Action: action, Candidate: who, Votes: slices.Clone(c.p.totals), Exhausted: c.p.exhausted, Lost: lost}
	if n := len(c.res.Stages); n > 0 {
		s.Lost += c.res.Stages[n-1].Lost
	}
	c.history = append(c.history, s.Votes)
	var reached []int
	for _, cand := range c.p.candidates(continuing) {
		if c.p.totals[cand] >= c.quota {
			reached = append(reached, cand)
		}
	}
	s.Elected = c.electInOrder(reached)
	for _, cand := range s.Elected {
		c.surplus[cand] = c.p.totals[cand] > c.quota
	}
	c.res.Stages = append(c.res.Stages, s)
}

// electInOrder elects cands, the most votes first (ties broken as for a
// surplus), and returns them in that order.
func (c *stvCount) electInOrder(cands []int) []int {
	var out []int
	for len(cands) > 0 {
		next := breakTie(extreme(cands, c.p.totals, false), c.history, c.lot, false)
		c.p.state[next] = elected
		c.res.Elected = append(c.res.Elected, next)
		out = append(out, next)
		cands = slices.DeleteFunc(cands, func(x int) bool { return x == next })
	}
	return out
}

// done says whether the count is over: every seat filled, or as many
// continuing candidates as seats left, who are then elected.
func (c *stvCount) done() bool {
	left := c.res.Seats - len(c.res.Elected)
	if left == 0 {
		return true
	}
	if cont := c.p.candidates(continuing); len(cont) <= left {
		last := &c.res.Stages[len(c.res.Stages)-1]
		last.Elected = append(last.Elected, c.electInOrder(cont)...)
		return true
	}
	return false
}

// largestSurplus is the elected candidate with the largest surplus not
// yet transferred, ties broken by the most votes at the most recent stage
// at which the tied differ, then by lot.
func (c *stvCount) largestSurplus() (int, bool) {
	var pending []int
	for cand, p := range c.surplus {
		if p {
			pending = append(pending, cand)
		}
	}
	if len(pending) == 0 {
		return 0, false
	}
	slices.Sort(pending)
	return breakTie(extreme(pending, c.p.totals, false), c.history, c.lot, false), true
}

// transferSurplus moves every paper of from at its transfer value
// (rule 48: surplus × value / total, truncated to five decimal places).
func (c *stvCount) transferSurplus(from int) {
	total := c.p.totals[from]
	surplus := total - c.quota
	moved := c.p.move(from, func(v int64) int64 { return surplus * v / total })
	c.p.totals[from] = c.quota
	c.surplus[from] = false
	c.stage(Surplus, from, surplus-moved)
}

// exclude excludes the continuing candidate with the fewest votes (ties:
// fewest at the most recent stage at which the tied differed, then by lot) and
// moves every paper it holds at its value.
func (c *stvCount) exclude() {
	out := breakTie(extreme(c.p.candidates(continuing), c.p.totals, true), c.history, c.lot, true)
	c.p.state[out] = excluded
	c.p.move(out, func(v int64) int64 { return v })
	c.p.totals[out] = 0
	c.stage(Exclusion, out, 0)
}
