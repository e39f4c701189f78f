package verify

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/tally"
)

// Status is the outcome of a check.
type Status int

// The statuses.
const (
	NotRun Status = iota // an earlier failure left nothing to check
	Pass
	Fail
)

func (s Status) String() string { return [...]string{"not run", "ok", "FAIL"}[s] }

// Check is one numbered check.
type Check struct {
	Number int
	Name   string
	Status Status
	Detail string
}

var names = [...]string{
	"manifest hash = election id, parameters",
	"trustee keys and proofs of possession",
	"dealings and complaints adjudicated, QUAL, election key",
	"test decryption",
	"every cast's verdict re-derived",
	"registration log, ballots <= tokens <= roll",
	"aggregates",
	"partial decryptions' DLEQ proofs",
	"combination and counts",
	"result and record hash as posted",
	"mixes: every shuffle proof, the final lists",
	"mix shares' DLEQ proofs, the decrypted ballots",
	"count of the ranked and graded questions",
}

// checks is the number of checks of an election without a ranked or
// graded question; one with them has the mix phase's three more.
const checks = 10

// Report is the outcome of a verification.
type Report struct {
	Checks   []*Check
	Manifest *election.Manifest // nil if it did not parse
	Counted  uint64
	Counts   [][]uint64 // nil unless derived
	// Mixed are the counts of the ranked and graded questions, in
	// question order (nil unless check 13 passed).
	Mixed []*tally.CountLine
	// Districts are the voters on the committed roll and the tokens
	// issued, per district (nil unless check 6 passed).
	Districts []tally.DistrictCount
}

func newReport() *Report {
	r := &Report{}
	for i, n := range names[:checks] {
		r.Checks = append(r.Checks, &Check{Number: i + 1, Name: n})
	}
	return r
}

// mixPhase adds the mix phase's checks (11 to 13).
func (r *Report) mixPhase() {
	for i := checks; i < len(names); i++ {
		r.Checks = append(r.Checks, &Check{Number: i + 1, Name: names[i]})
	}
}

// OK reports whether every check passed.
func (r *Report) OK() bool {
	for _, c := range r.Checks {
		if c.Status != Pass {
			return false
		}
	}
	return true
}

// set records check n: failed with err's text if err is not nil.
func (r *Report) set(n int, err error, detail string) bool {
	c := r.Checks[n-1]
	c.Status, c.Detail = Pass, detail
	if err != nil {
		c.Status, c.Detail = Fail, err.Error()
	}
	return err == nil
}

// Print writes the checks and the counts.
func (r *Report) Print(w io.Writer) {
	for _, c := range r.Checks {
		fmt.Fprintf(w, "%2d %-7s %s: %s\n", c.Number, c.Status, c.Name, c.Detail)
	}
	if len(r.Districts) > 1 || len(r.Districts) == 1 && r.Districts[0].District != "" {
		fmt.Fprintf(w, "%-24s %10s %10s\n", "district", "roll", "tokens")
		for _, d := range r.Districts {
			fmt.Fprintf(w, "%-24s %10d %10d\n", d.District, d.Roll, d.Issued)
		}
	}
	if r.Counts != nil && r.Manifest != nil {
		fmt.Fprintf(w, "counted ballots: %d\n", r.Counted)
		for q, counts := range r.Counts {
			mq := r.Manifest.Questions[q]
			fmt.Fprintf(w, "question %d: %s\n", q+1, mq.Title.EN)
			if mq.Mixed() {
				r.printMixed(w, q)
			}
			for o, n := range counts {
				fmt.Fprintf(w, "  %8d  %s\n", n, mq.Options[o].Title.EN)
			}
		}
	}
	if r.OK() {
		fmt.Fprintln(w, "PASS: every check holds")
		return
	}
	var failed []string
	for _, c := range r.Checks {
		if c.Status != Pass {
			failed = append(failed, fmt.Sprint(c.Number))
		}
	}
	fmt.Fprintf(w, "FAIL: checks %s did not pass\n", strings.Join(failed, ", "))
}

// String is the report as Print writes it.
func (r *Report) String() string {
	if r == nil {
		return "no report"
	}
	var b bytes.Buffer
	r.Print(&b)
	return b.String()
}

// printMixed writes the count of mixed question q, or says it is not
// derived.
func (r *Report) printMixed(w io.Writer, q int) {
	if r.Mixed == nil {
		fmt.Fprintf(w, "  %s: %s: not derived\n", r.Manifest.Questions[q].Type, tally.MixPhase)
		return
	}
	(&tally.MixRecord{Counts: r.Mixed}).Print(w, r.Manifest, q)
}

// blames renders blamed trustees and their reasons.
func blames(bs []tally.Blame) string {
	if len(bs) == 0 {
		return "none"
	}
	var b bytes.Buffer
	for i, x := range bs {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%d (%s", x.Trustee, x.Reason)
		if x.Dealer != 0 {
			fmt.Fprintf(&b, " against %d", x.Dealer)
		}
		b.WriteString(")")
	}
	return b.String()
}

// verdicts renders the verdict counts.
func verdicts(vs []tally.VerdictCount) string {
	var b bytes.Buffer
	for _, x := range vs {
		if x.Casts > 0 {
			fmt.Fprintf(&b, "%d %s, ", x.Casts, x.Verdict)
		}
	}
	if b.Len() == 0 {
		return "none"
	}
	return string(bytes.TrimSuffix(b.Bytes(), []byte(", ")))
}
