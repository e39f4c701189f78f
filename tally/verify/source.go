package verify

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"

	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/tally"
)

// Record verifies the election record read from r, offline. An error is
// returned only for a record that cannot be read at all; a record that
// reads but does not verify gives a report whose checks say why. What was
// re-derived before a failure is in opts.Out all the same.
func Record(r io.Reader, opts Options) (*Report, error) {
	rd := tally.NewReader(r)
	var claimed, raw tally.Header
	if err := next(rd, tally.TypeHeader, &claimed); err != nil {
		return nil, err
	}
	raw = claimed
	raw.Ceremony.Qualified, raw.Ceremony.Excluded, raw.Ceremony.FalseComplaints = nil, nil, nil
	raw.Test = tally.Decryption{Shares: claimed.Test.Shares}
	v := newVerifier(opts, true)
	defer v.out.Flush()
	if !v.header(&raw, &claimed) {
		return v.rep, nil
	}
	var after []byte // the line after the casts
	var afterType string
	casts := func(yield func(*tally.CastLine, error) bool) {
		for {
			typ, line, err := rd.Next()
			if err != nil || typ != tally.TypeCast {
				after, afterType = line, typ
				if err != nil && err != io.EOF {
					yield(nil, err)
				}
				return
			}
			c := new(tally.CastLine)
			if err := tally.Unmarshal(line, c); err != nil {
				yield(nil, fmt.Errorf("line %d: %w", rd.Line(), err))
				return
			}
			if !yield(c, nil) {
				return
			}
		}
	}
	if !v.casts(casts) {
		return v.rep, nil
	}
	return v.rep, v.recordTail(rd, afterType, after)
}

// recordTail checks the tally line and the published line of a record.
func (v *verifier) recordTail(rd *tally.Reader, typ string, line []byte) error {
	var t tally.TallyLine
	if typ != tally.TypeTally {
		return fmt.Errorf("%w: line %d is %q, want the tally line", tally.ErrRecord, rd.Line(), typ)
	}
	if err := tally.Unmarshal(line, &t); err != nil {
		return err
	}
	v.tally(t.Decryption.Shares, &t)
	var p tally.Published
	switch err := next(rd, tally.TypePublished, &p); {
	case errors.Is(err, io.EOF):
		v.rep.set(10, errors.New("the record has no published line"), "")
		return nil
	case err != nil:
		return err
	}
	if _, _, err := rd.Next(); err != io.EOF {
		return fmt.Errorf("%w: lines after the published line", tally.ErrRecord)
	}
	if v.line != nil && rd.Hash() != v.out.Hash() {
		v.rep.set(10, fmt.Errorf("%w: the record's bytes hash to %x", ErrMismatch, rd.Hash()), "")
		return nil
	}
	v.published(p.Result, p.RecordHash, "in the record's published line (not checked against the chain)")
	if err := v.out.Publish(&p); err != nil {
		return err
	}
	return v.out.Flush()
}

// next reads the next line, which must be of type typ, into v.
func next(rd *tally.Reader, typ string, v any) error {
	t, line, err := rd.Next()
	if err != nil {
		return err
	}
	if t != typ {
		return fmt.Errorf("%w: line %d is %q, want %q", tally.ErrRecord, rd.Line(), t, typ)
	}
	return tally.Unmarshal(line, v)
}

// Chain verifies the tallied election at box from the chain alone,
// searching its events from block from (0 or any block before its
// creation). It re-derives the record as of the block the published
// result names and compares the result and the record hash with the
// contract's.
func Chain(ctx context.Context, box *ballotbox.Client, from uint64, opts Options) (*Report, error) {
	result, hash, err := box.Result(ctx)
	if err != nil {
		return nil, err
	}
	if len(result) == 0 {
		return nil, fmt.Errorf("%w: no result published yet", tally.ErrState)
	}
	res, err := tally.ParseResult(result)
	if err != nil {
		return nil, err
	}
	raw, err := tally.ReadHeader(ctx, box, from, res.ReadBlock)
	if err != nil {
		return nil, err
	}
	v := newVerifier(opts, false)
	defer v.out.Flush()
	if !v.header(raw, nil) || !v.casts(chainCasts(ctx, box, raw)) {
		return v.rep, nil
	}
	shares, err := tally.ReadShares(ctx, box, ballotbox.TallyRound, raw.CreatedBlock, raw.ReadBlock)
	if err != nil {
		return nil, err
	}
	v.tally(shares, nil)
	v.published(result, hash, "on the contract")
	return v.rep, v.publishedLine(ctx, box, raw, result, hash)
}

func chainCasts(ctx context.Context, box *ballotbox.Client, h *tally.Header) iter.Seq2[*tally.CastLine, error] {
	return tally.ReadCasts(ctx, box, h.CreatedBlock, h.ReadBlock)
}

// publishedLine ends the re-derived record with the published line.
func (v *verifier) publishedLine(ctx context.Context, box *ballotbox.Client, h *tally.Header, result []byte, hash [32]byte) error {
	head, err := box.Head(ctx)
	if err != nil {
		return err
	}
	changes, err := box.StateChanges(ctx, h.ReadBlock, head)
	if err != nil {
		return err
	}
	p := &tally.Published{Result: result, RecordHash: hash}
	for _, c := range changes {
		if c.State == ballotbox.Tallied {
			p.Block, p.Tx = c.Block, c.TxHash
		}
	}
	if err := v.out.Publish(p); err != nil {
		return err
	}
	return v.out.Flush()
}
