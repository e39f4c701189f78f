package site

import (
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/rank"
)

// rounds is a ranked question's count by instant runoff or STV, round by
// round, as the observer page charts it (docs/protocol.md, sections
// 16.3 and 16.4): the votes of every candidate after each round, from
// which the page shows what each round transferred.
type rounds struct {
	Method  string  `json:"method"`          // "irv" or "stv"
	Unit    int64   `json:"unit"`            // votes are in units of 1/Unit of a vote: 1 for IRV, rank.Unit for STV
	Seats   int     `json:"seats,omitempty"` // STV
	Quota   int64   `json:"quota,omitempty"` // STV, in whole votes
	Ballots uint64  `json:"ballots"`         // valid non-blank rankings counted
	Blank   uint64  `json:"blank"`
	Spoiled uint64  `json:"spoiled"`
	Rounds  []round `json:"rounds"`
	Elected []int   `json:"elected"` // in the order elected
}

// round is one round (an STV stage): what was done, then the totals.
type round struct {
	Action    string  `json:"action"`            // "first-preferences", "surplus" (STV) or "exclusion"
	Candidate int     `json:"candidate"`         // whose surplus was transferred or who was excluded; -1 in the first round
	Votes     []int64 `json:"votes"`             // per candidate, in units, at the end of the round
	Exhausted int64   `json:"exhausted"`         // in units: rankings with no continuing candidate left
	Elected   []int   `json:"elected,omitempty"` // elected at the end of this round
}

// roundsOf is the count of a ranked question by rounds, from its line
// in the record; nil for a count with no rounds (Schulze, majority
// judgment). An IRV round names the candidate excluded after it, which
// is the next round's action here.
func roundsOf(l *tally.CountLine) *rounds {
	out := &rounds{Method: l.Method, Ballots: l.Valid, Blank: l.Blank, Spoiled: l.Spoiled, Elected: l.Winners}
	switch {
	case l.IRV != nil && len(l.IRV.Rounds) > 0:
		out.Unit = 1
		for i, rd := range l.IRV.Rounds {
			x := round{Action: rank.FirstPreferences, Candidate: -1, Votes: rd.Votes, Exhausted: rd.Exhausted}
			if i > 0 {
				x.Action, x.Candidate = rank.Exclusion, l.IRV.Rounds[i-1].Excluded
			}
			out.Rounds = append(out.Rounds, x)
		}
		out.Rounds[len(out.Rounds)-1].Elected = l.Winners
	case l.STV != nil:
		out.Unit, out.Seats, out.Quota = rank.Unit, l.STV.Seats, l.STV.Quota
		for _, s := range l.STV.Stages {
			out.Rounds = append(out.Rounds, round{Action: s.Action, Candidate: s.Candidate, Votes: s.Votes, Exhausted: s.Exhausted, Elected: s.Elected})
		}
	default:
		return nil
	}
	return out
}
