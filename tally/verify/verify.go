package verify

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/ballotbox/validity"
	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/internal/progress"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/mix"
)

// Options configure a verification; the zero value works.
type Options struct {
	// Voters is the number of voters the election office published for
	// this election (0: not known); check 6 then fails unless the roll
	// the registrar committed to on chain has exactly as many.
	Voters   uint64
	Progress io.Writer // progress bar (nil: none)
	Out      io.Writer // where the re-derived record goes (nil: nowhere)
	// Log is the registration log, which Chain needs (the chain has its
	// roots, not its entries): from the registrar (tally.RegistrarLog) or
	// from a record (tally.ReadLog). Record reads the record's own.
	Log *tally.Log
	// Files holds the mix phase's files (mix.Dir of --files DIR), which
	// checks 11 and 12 need for an election with a ranked or graded
	// question (nil: none; a mix then cannot be checked).
	Files mix.Files
}

// verifier re-derives a record from its raw facts, writing the derived
// record to out (which hashes it), and compares it with the claimed
// record when there is one (nil in chain mode).
type verifier struct {
	opts     Options
	rep      *Report
	out      *tally.Writer
	e        *tally.Election
	acc      *tally.Accumulator
	line     *tally.TallyLine
	claimed  bool
	mismatch []uint64 // casts whose claimed verdict differs (the first few)
	wrong    uint64
	logSum   *tally.LogSummary // the registration log, if it checked out
	logErr   error             // or why not
	mixOK    bool              // checks 11 to 13 passed, or there is no mix phase
}

func newVerifier(opts Options, claimed bool) *verifier {
	out := opts.Out
	if out == nil {
		out = io.Discard
	}
	return &verifier{opts: opts, rep: newReport(), out: tally.NewWriter(out), claimed: claimed}
}

// same fails unless a and b encode to the same record bytes.
func same(what string, a, b any) error {
	if !bytes.Equal(tally.Marshal(a), tally.Marshal(b)) {
		return fmt.Errorf("%w: the record's %s is not the re-derived one", ErrMismatch, what)
	}
	return nil
}

// header runs checks 1 to 4 on raw (a header without derived fields),
// comparing with claimed if not nil, and writes the derived header. It
// returns false if nothing further can be checked.
func (v *verifier) header(raw, claimed *tally.Header) bool {
	e, err := tally.NewElection(raw)
	if !v.rep.set(1, err, "") {
		return false
	}
	v.e, v.rep.Manifest = e, e.Manifest
	if v.mixOK = len(e.Mixed()) == 0; !v.mixOK {
		v.rep.mixPhase()
	}
	v.rep.Checks[0].Detail = fmt.Sprintf("election %x, %d questions, %d options, %d-of-%d trustees",
		raw.ElectionID, len(e.Manifest.Questions), e.Options(), raw.Threshold, len(raw.Trustees))
	_, err = e.Keys()
	v.rep.set(2, err, fmt.Sprintf("%d of %d keys valid", len(raw.Ceremony.Keys), len(raw.Trustees)))
	err = e.Qualify()
	if err == nil && claimed != nil {
		err = same("ceremony", raw.Ceremony, claimed.Ceremony)
	}
	c := raw.Ceremony
	v.rep.set(3, err, fmt.Sprintf("QUAL %v (mask %#x), excluded %s, false complaints %s, key %x",
		c.Qualified, c.QualifiedMask, blames(c.Excluded), blames(c.FalseComplaints), c.ElectionKey))
	if e.Result != nil {
		err = e.TestDecryption()
		if err == nil && claimed != nil {
			err = same("test decryption", raw.Test, claimed.Test)
		}
		v.rep.set(4, err, fmt.Sprintf("trustees %v decrypt to %v, rejected %s", raw.Test.Used, raw.Test.Values, blames(raw.Test.Rejected)))
	}
	return v.out.Write(raw) == nil
}

// casts runs checks 5 and 6 over the casts.
func (v *verifier) casts(casts iter.Seq2[*tally.CastLine, error]) bool {
	acc, err := v.e.NewAccumulator()
	if !v.rep.set(5, err, "") {
		return false
	}
	p := progress.New(v.opts.Progress, "ballots", v.e.Header.Casts)
	err = tally.Count(acc, casts, v.each, p)
	if err == nil && acc.Casts() != v.e.Header.Casts {
		err = fmt.Errorf("%w: %d casts, the contract counted %d", ErrMismatch, acc.Casts(), v.e.Header.Casts)
	}
	if err == nil && v.wrong > 0 {
		err = fmt.Errorf("%w: %d verdicts differ, casts %v", ErrMismatch, v.wrong, v.mismatch)
	}
	v.acc = acc
	v.rep.set(5, err, fmt.Sprintf("%d casts: %s", acc.Casts(), verdicts(acc.Verdicts())))
	v.tokens()
	return err == nil
}

// each checks and writes one cast with its derived verdict.
func (v *verifier) each(c *tally.CastLine, r validity.Reason) error {
	if v.claimed && c.Verdict != r.String() {
		if v.wrong++; len(v.mismatch) < 10 {
			v.mismatch = append(v.mismatch, c.Seq)
		}
	}
	c.Verdict = r.String()
	return v.out.Write(c)
}

// log reads the registration log's lines into check 6 and writes them
// to the re-derived record.
func (v *verifier) log(lines iter.Seq2[any, error]) error {
	c := tally.NewLogCheck(v.e.Header)
	p := progress.New(v.opts.Progress, "registration log lines", 0)
	for line, err := range lines {
		if err != nil {
			return err
		}
		c.Line(line)
		if err := v.out.Write(line); err != nil {
			return err
		}
		p.Add(1)
	}
	p.Done()
	v.logSum, v.logErr = c.Done()
	return nil
}

// tokens is check 6: the registration log is the one committed on
// chain, and counted ballots <= tokens issued <= voters on the roll.
func (v *verifier) tokens() {
	counted, s := v.acc.Counted(), v.logSum
	if v.logErr != nil {
		v.rep.set(6, v.logErr, "")
		return
	}
	var err error
	switch {
	case counted > s.Issued:
		err = fmt.Errorf("%d counted ballots but %d tokens issued", counted, s.Issued)
	case v.opts.Voters > 0 && s.Roll.Count != v.opts.Voters:
		err = fmt.Errorf("the registrar committed to a roll of %d voters, the election office published %d (--voters)", s.Roll.Count, v.opts.Voters)
	}
	detail := fmt.Sprintf("%d counted <= %d tokens <= %d voters on the roll committed at block %d; %d count posts, every issued entry on the roll, once",
		counted, s.Issued, s.Roll.Count, s.Roll.Block, s.Intervals)
	if v.opts.Voters > 0 {
		detail += " (--voters agrees)"
	}
	if v.rep.set(6, err, detail) {
		v.rep.Districts = s.Districts
	}
}

// tally runs checks 7 to 9 with the round-1 shares, comparing with the
// claimed line if not nil, and writes the derived line.
func (v *verifier) tally(shares []tally.Post, claimed *tally.TallyLine) {
	line, err := v.e.Tally(v.acc, shares)
	if line == nil {
		return
	}
	var err7, err8, err9 error
	if claimed != nil {
		err7 = errors.Join(same("counted ballots", line.Counted, claimed.Counted),
			same("verdict counts", line.Verdicts, claimed.Verdicts), same("aggregates", line.Aggregates, claimed.Aggregates))
		err8 = errors.Join(same("ciphertexts decrypted", line.Decryption.Ciphertexts, claimed.Decryption.Ciphertexts),
			same("used trustees", line.Decryption.Used, claimed.Decryption.Used),
			same("rejected trustees", line.Decryption.Rejected, claimed.Decryption.Rejected))
		err9 = errors.Join(same("values", line.Decryption.Values, claimed.Decryption.Values),
			same("counts", line.Counts, claimed.Counts), same("result", line.Result, claimed.Result))
	}
	switch {
	case errors.Is(err, tally.ErrRecord) || errors.Is(err, tally.ErrCeremony) || errors.Is(err, dkg.ErrTooFewShares):
		err8 = err
	case err != nil:
		err9 = err
	}
	v.rep.set(7, err7, fmt.Sprintf("%d options over %d counted ballots", len(line.Aggregates), line.Counted))
	d := line.Decryption
	v.rep.set(8, err8, fmt.Sprintf("%d shares posted, combined %v, rejected %s", len(d.Shares), d.Used, blames(d.Rejected)))
	if err8 != nil {
		v.rep.Checks[8].Detail = "needs check 8"
		return
	}
	if v.rep.set(9, err9, fmt.Sprintf("counts %v", line.Counts)) {
		v.line, v.rep.Counted, v.rep.Counts = line, line.Counted, line.Counts
		v.out.Write(line)
	}
}

// published is check 10: the published result and record hash are the
// derived ones.
func (v *verifier) published(result []byte, hash common.Hash, where string) {
	var err error
	switch {
	case v.line == nil:
		err = errors.New("no result derived")
	case !v.mixOK:
		err = errors.New("the mix phase did not verify (checks 11 to 13)")
	case !bytes.Equal(result, v.line.Result):
		err = fmt.Errorf("%w: the result %s is %x, derived %x", ErrMismatch, where, result, v.line.Result)
	case hash != v.out.Hash():
		err = fmt.Errorf("%w: the record hash %s is %x, derived %x", ErrMismatch, where, hash, v.out.Hash())
	}
	v.rep.set(10, err, fmt.Sprintf("record hash %x %s", hash, where))
}
