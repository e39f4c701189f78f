package synth

import (
	"errors"
	"io"

	"github.com/evote-org/evote/ballotbox/validity"
	"github.com/evote-org/evote/internal/progress"
	"github.com/evote-org/evote/tally"
)

// record writes the record: derived header, registration log, casts,
// tally, published.
func (g *generator) record(w io.Writer, e *tally.Election) (*Outcome, error) {
	if err := errors.Join(e.Qualify(), e.TestDecryption()); err != nil {
		return nil, err
	}
	rw := tally.NewWriter(w)
	if err := rw.Write(g.h); err != nil {
		return nil, err
	}
	for line := range g.log.Lines() {
		if err := rw.Write(line); err != nil {
			return nil, err
		}
	}
	acc, err := e.NewAccumulator()
	if err != nil {
		return nil, err
	}
	each := func(c *tally.CastLine, r validity.Reason) error {
		c.Verdict = r.String()
		return rw.Write(c)
	}
	p := progress.New(g.cfg.Progress, "generated ballots", g.h.Casts)
	if err := tally.Count(acc, g.castLines(), each, p); err != nil {
		return nil, err
	}
	list, _ := e.DecryptionList(acc.Aggregates())
	shares, err := g.decryptions(list, g.closeAt+1, g.cfg.Absent, g.cfg.Bad)
	if err != nil {
		return nil, err
	}
	line, err := e.Tally(acc, shares)
	if err != nil {
		return nil, err
	}
	if err := rw.Write(line); err != nil {
		return nil, err
	}
	out := &Outcome{Counts: g.counts, Counted: acc.Counted(), Header: g.h}
	if len(e.Mixed()) > 0 && len(g.cfg.Mixers) > 0 { // else a record whose mix phase never happened
		if out.Mix, err = g.mixPhase(e, acc); err != nil {
			return nil, err
		}
		for _, l := range out.Mix.Lines() {
			if err := rw.Write(l); err != nil {
				return nil, err
			}
		}
	}
	out.RecordHash = rw.Hash()
	pub := &tally.Published{Result: line.Result, RecordHash: out.RecordHash, Block: g.h.ReadBlock + 1, Tx: g.nextTx()}
	if err := rw.Publish(pub); err != nil {
		return nil, err
	}
	return out, rw.Flush()
}
