package tally

import (
	"fmt"
	"io"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/tally/rank"
)

// Line types of the mix phase (docs/record.md, "Mix lines"): after the
// tally line, hashed like it.
const (
	TypeMix         = "mix"
	TypeMixFinished = "mixFinished"
	TypeMixShare    = "mixShare"
	TypeCount       = "count"
)

// The verdict of a post of the mix phase that counts.
const Valid = "valid"

// MixLine is a MixPosted event and (derived) whether its shuffle counts:
// Valid, or the reason it is named and skipped (tally/mix).
type MixLine struct {
	Type    string      `json:"type"`
	Trustee int         `json:"trustee"` // contract index, from 0
	Input   common.Hash `json:"input"`   // lists hash, as posted
	Output  common.Hash `json:"output"`  // lists hash, as posted
	File    common.Hash `json:"file"`    // SHA-256 of the mix file, as posted
	Block   uint64      `json:"block"`
	Tx      common.Hash `json:"tx"`
	Verdict string      `json:"verdict"` // derived
}

// MixFinishedLine is the MixFinished event and (derived) the final lists
// it fixed: their hash and the mixers (dkg indices, chain order) whose
// valid shuffles made them.
type MixFinishedLine struct {
	Type   string      `json:"type"`
	Block  uint64      `json:"block"`
	Tx     common.Hash `json:"tx"`
	Lists  common.Hash `json:"lists"`  // derived
	Mixers []int       `json:"mixers"` // derived
}

// MixShareLine is a MixSharePosted event and (derived) whether its
// decryption of the final lists counts: Valid, or the reason it does
// not (tally/mix).
type MixShareLine struct {
	Type    string      `json:"type"`
	Trustee int         `json:"trustee"` // contract index, from 0
	Lists   common.Hash `json:"lists"`   // lists hash, as posted
	File    common.Hash `json:"file"`    // SHA-256 of the mix share file, as posted
	Block   uint64      `json:"block"`
	Tx      common.Hash `json:"tx"`
	Verdict string      `json:"verdict"` // derived
}

// CountLine is the count of one ranked or graded question, all derived:
// its decrypted ballots in the order of the final list, and the count
// by its method. Candidates are numbered from 0 in the manifest's order.
// Exactly one of IRV, STV, Schulze and MJ is set, the method's.
type CountLine struct {
	Type     string        `json:"type"`
	Question int           `json:"question"` // in the manifest, from 0
	Method   string        `json:"method"`
	Used     []int         `json:"used"`    // trustees (dkg index) whose mix shares were combined
	Seed     []byte        `json:"seed"`    // the lot's seed, 32 bytes
	Ballots  [][]uint64    `json:"ballots"` // the decrypted values, one row per ballot
	Valid    uint64        `json:"valid"`   // ballots counted: valid and not blank
	Blank    uint64        `json:"blank"`
	Spoiled  uint64        `json:"spoiled"`
	Winners  []int         `json:"winners"` // IRV and Schulze and MJ: the winner; STV: the elected, in order
	IRV      *IRVCount     `json:"irv"`
	STV      *STVCount     `json:"stv"`
	Schulze  *SchulzeCount `json:"schulze"`
	MJ       *MJCount      `json:"mj"`
}

// IRVCount is an instant-runoff count: every round.
type IRVCount struct {
	Rounds []IRVRound `json:"rounds"`
}

// IRVRound is one round: the ballots each candidate holds (0 once
// excluded), the exhausted ones, and who is excluded after it (-1 in
// the last round).
type IRVRound struct {
	Votes     []int64 `json:"votes"`
	Exhausted int64   `json:"exhausted"`
	Excluded  int     `json:"excluded"`
}

// STVCount is a single-transferable-vote count: the quota and every
// stage. Values are in units of 1/100000 of a vote.
type STVCount struct {
	Seats  int        `json:"seats"`
	Quota  int64      `json:"quota"` // in whole votes
	Stages []STVStage `json:"stages"`
}

// STVStage is one stage: what was done (first-preferences, surplus,
// exclusion) to whom (-1 for the first stage), then the totals.
type STVStage struct {
	Action    string  `json:"action"`
	Candidate int     `json:"candidate"`
	Votes     []int64 `json:"votes"`
	Exhausted int64   `json:"exhausted"`
	Lost      int64   `json:"lost"`
	Elected   []int   `json:"elected"` // elected at the end of this stage, in order
}

// SchulzeCount is a Schulze count: the pairwise preferences d[x][y],
// the strongest paths p[x][y], the order (winner first) and which
// neighbours in it the lot ordered.
type SchulzeCount struct {
	D     [][]uint64 `json:"d"`
	P     [][]uint64 `json:"p"`
	Order []int      `json:"order"`
	Tied  []bool     `json:"tied"`
}

// MJCount is a majority-judgment count: grades[c][g-1] ballots gave
// candidate c grade g, each candidate's majority grade (0 with no
// ballot), the order (winner first) and which neighbours in it the lot
// ordered.
type MJCount struct {
	Grades  [][]uint64 `json:"grades"`
	Medians []int      `json:"medians"`
	Order   []int      `json:"order"`
	Tied    []bool     `json:"tied"`
}

// NewCountLine is the count line of mixed question q: res is what
// tally/rank counted (a *rank.IRVResult, *rank.STVResult,
// *rank.SchulzeResult or *rank.MJResult); the caller sets Used, Seed
// and Ballots. Every list is [] when empty, never null.
func NewCountLine(q int, method string, res any) *CountLine {
	c := &CountLine{Type: TypeCount, Question: q, Method: method, Used: []int{}, Ballots: [][]uint64{}, Winners: []int{}}
	winner := -1
	switch r := res.(type) {
	case *rank.IRVResult:
		c.Valid, c.Blank, c.Spoiled, winner = r.Ballots, r.Blank, r.Spoiled, r.Winner
		c.IRV = &IRVCount{Rounds: []IRVRound{}}
		for _, x := range r.Rounds {
			c.IRV.Rounds = append(c.IRV.Rounds, IRVRound{Votes: orEmpty(x.Votes), Exhausted: x.Exhausted, Excluded: x.Excluded})
		}
	case *rank.STVResult:
		c.Valid, c.Blank, c.Spoiled = r.Ballots, r.Blank, r.Spoiled
		c.Winners = orEmpty(r.Elected)
		c.STV = &STVCount{Seats: r.Seats, Quota: r.Quota, Stages: []STVStage{}}
		for _, s := range r.Stages {
			c.STV.Stages = append(c.STV.Stages, STVStage{Action: s.Action, Candidate: s.Candidate,
				Votes: orEmpty(s.Votes), Exhausted: s.Exhausted, Lost: s.Lost, Elected: orEmpty(s.Elected)})
		}
	case *rank.SchulzeResult:
		c.Valid, c.Blank, c.Spoiled, winner = r.Ballots, r.Blank, r.Spoiled, r.Winner
		c.Schulze = &SchulzeCount{D: orEmpty(r.D), P: orEmpty(r.P), Order: orEmpty(r.Order), Tied: orEmpty(r.Tied)}
	case *rank.MJResult:
		c.Valid, c.Blank, c.Spoiled, winner = r.Ballots, r.Blank, r.Spoiled, r.Winner
		c.MJ = &MJCount{Grades: orEmpty(r.Counts), Medians: orEmpty(r.Median), Order: orEmpty(r.Order), Tied: orEmpty(r.Tied)}
	}
	if winner >= 0 {
		c.Winners = []int{winner}
	}
	return c
}

// orEmpty is s, or an empty slice for nil: a record writes [] for an
// empty list.
func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// MixRecord is the mix phase of a record: its lines in record order.
// Read from the chain (ReadMix) or a record, it holds the raw facts;
// Election.Mix fills in what is derived.
type MixRecord struct {
	Mixes    []*MixLine
	Finished *MixFinishedLine // nil: mixing was not finished
	Shares   []*MixShareLine
	Counts   []*CountLine
}

// Lines are the record's lines of the mix phase, in order.
func (m *MixRecord) Lines() []any {
	var out []any
	for _, l := range m.Mixes {
		out = append(out, l)
	}
	if m.Finished != nil {
		out = append(out, m.Finished)
	}
	for _, l := range m.Shares {
		out = append(out, l)
	}
	for _, l := range m.Counts {
		out = append(out, l)
	}
	return out
}

// Print writes the count of mixed question q (manifest index) for a
// person: the ballots, the winners and each round or stage.
func (m *MixRecord) Print(w io.Writer, man *election.Manifest, q int) {
	for _, c := range m.Counts {
		if c.Question == q {
			c.print(w, man.Questions[q].Options)
		}
	}
}

func (c *CountLine) print(w io.Writer, opts []election.Option) {
	name := func(k int) string { return opts[k].Title.EN }
	var winners []string
	for _, k := range c.Winners {
		winners = append(winners, name(k))
	}
	fmt.Fprintf(w, "  %s: %d valid, %d blank, %d spoiled ballots; won: %s\n", c.Method, c.Valid, c.Blank, c.Spoiled, strings.Join(winners, ", "))
	switch {
	case c.IRV != nil:
		for r, x := range c.IRV.Rounds {
			fmt.Fprintf(w, "  round %d: %v, exhausted %d\n", r+1, x.Votes, x.Exhausted)
		}
	case c.STV != nil:
		fmt.Fprintf(w, "  quota %d for %d seats (votes in 1/%d)\n", c.STV.Quota, c.STV.Seats, rank.Unit)
		for s, x := range c.STV.Stages {
			fmt.Fprintf(w, "  stage %d %s %d: %v, exhausted %d\n", s+1, x.Action, x.Candidate, x.Votes, x.Exhausted)
		}
	case c.Schulze != nil:
		fmt.Fprintf(w, "  order %v\n", c.Schulze.Order)
	case c.MJ != nil:
		fmt.Fprintf(w, "  majority grades %v, order %v\n", c.MJ.Medians, c.MJ.Order)
	}
}

// Add decodes a line of the mix phase of type typ (canonically) and
// appends it.
func (m *MixRecord) Add(typ string, line []byte) error {
	var v any
	switch typ {
	case TypeMix:
		l := new(MixLine)
		m.Mixes, v = append(m.Mixes, l), l
	case TypeMixFinished:
		m.Finished = new(MixFinishedLine)
		v = m.Finished
	case TypeMixShare:
		l := new(MixShareLine)
		m.Shares, v = append(m.Shares, l), l
	case TypeCount:
		l := new(CountLine)
		m.Counts, v = append(m.Counts, l), l
	default:
		return fmt.Errorf("%w: a %q line in the mix phase", ErrRecord, typ)
	}
	return Unmarshal(line, v)
}
