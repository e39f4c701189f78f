package verify

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"

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
	ls := &lines{rd: rd}
	ls.advance()
	if err := v.log(ls.log()); err != nil {
		return nil, err
	}
	casts := func(yield func(*tally.CastLine, error) bool) {
		for ; ls.typ == tally.TypeCast; ls.advance() {
			c := new(tally.CastLine)
			if err := tally.Unmarshal(ls.line, c); err != nil {
				yield(nil, fmt.Errorf("line %d: %w", rd.Line(), err))
				return
			}
			if !yield(c, nil) {
				return
			}
		}
		if ls.err != nil && ls.err != io.EOF {
			yield(nil, ls.err)
		}
	}
	if !v.casts(casts) {
		return v.rep, nil
	}
	return v.rep, v.recordTail(rd, ls.typ, ls.line)
}

// lines reads a record with one line of look-ahead: the current line.
type lines struct {
	rd   *tally.Reader
	typ  string
	line []byte
	err  error
}

func (l *lines) advance() { l.typ, l.line, l.err = l.rd.Next() }

// log reads the registration log's lines, the roll's then the issued
// ones, up to the first line of another type.
func (l *lines) log() iter.Seq2[any, error] {
	return func(yield func(any, error) bool) {
		for _, typ := range []string{tally.TypeRoll, tally.TypeIssued} {
			for ; l.typ == typ; l.advance() {
				var line any = new(tally.RollLine)
				if typ == tally.TypeIssued {
					line = new(tally.IssuedLine)
				}
				if err := tally.Unmarshal(l.line, line); err != nil {
					yield(nil, fmt.Errorf("line %d: %w", l.rd.Line(), err))
					return
				}
				if !yield(line, nil) {
					return
				}
			}
		}
	}
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
	claimed, typ, line, err := readMix(rd)
	if err != nil {
		return err
	}
	v.mix(rawMix(claimed), claimed)
	var p tally.Published
	switch {
	case typ == "" && line == nil:
		v.rep.set(10, errors.New("the record has no published line"), "")
		return nil
	case typ != tally.TypePublished:
		return fmt.Errorf("%w: line %d is %q, want %q", tally.ErrRecord, rd.Line(), typ, tally.TypePublished)
	}
	if err := tally.Unmarshal(line, &p); err != nil {
		return err
	}
	if _, _, err := rd.Next(); err != io.EOF {
		return fmt.Errorf("%w: lines after the published line", tally.ErrRecord)
	}
	if v.line != nil && v.mixOK && rd.Hash() != v.out.Hash() {
		v.rep.set(10, fmt.Errorf("%w: the record's bytes hash to %x", ErrMismatch, rd.Hash()), "")
		return nil
	}
	v.published(p.Result, p.RecordHash, "in the record's published line (not checked against the chain)")
	if err := v.out.Publish(&p); err != nil {
		return err
	}
	return v.out.Flush()
}

// mixOrder is the order of the mix phase's lines: each type may repeat
// (mixFinished at most once), none may come back after a later one.
var mixOrder = []string{tally.TypeMix, tally.TypeMixFinished, tally.TypeMixShare, tally.TypeCount}

// readMix reads the mix phase's lines after the tally line, and returns
// the line after them (type "" and nil at the end of the record).
func readMix(rd *tally.Reader) (m *tally.MixRecord, typ string, line []byte, err error) {
	m = &tally.MixRecord{}
	at := 0
	for {
		if typ, line, err = rd.Next(); err == io.EOF {
			return m, "", nil, nil
		}
		if err != nil {
			return nil, "", nil, err
		}
		k := slices.Index(mixOrder, typ)
		if k < 0 {
			return m, typ, line, nil
		}
		if k < at || (k == 1 && m.Finished != nil) {
			return nil, "", nil, fmt.Errorf("%w: line %d, a %s line, is out of order", tally.ErrRecord, rd.Line(), typ)
		}
		at = k
		if err := m.Add(typ, line); err != nil {
			return nil, "", nil, fmt.Errorf("line %d: %w", rd.Line(), err)
		}
	}
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

// Chain verifies the tallied election at box from the chain, and the
// registration log opts.Log against the roots on chain, searching its
// events from block from (0 or any block before its creation). It re-derives the record as of the block the published
// result names and compares the result and the record hash with the
// contract's.
func Chain(ctx context.Context, box *ballotbox.Client, from uint64, opts Options) (*Report, error) {
	if opts.Log == nil {
		return nil, ErrNoLog
	}
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
	if !v.header(raw, nil) {
		return v.rep, nil
	}
	if err := v.log(withoutErrors(opts.Log.Lines())); err != nil {
		return nil, err
	}
	if !v.casts(chainCasts(ctx, box, raw)) {
		return v.rep, nil
	}
	shares, err := tally.ReadShares(ctx, box, ballotbox.TallyRound, raw.CreatedBlock, raw.ReadBlock)
	if err != nil {
		return nil, err
	}
	v.tally(shares, nil)
	if len(v.e.Mixed()) > 0 {
		m, err := tally.ReadMix(ctx, box, raw.CreatedBlock, raw.ReadBlock)
		if err != nil {
			return nil, err
		}
		v.mix(m, nil)
	}
	v.published(result, hash, "on the contract")
	return v.rep, v.publishedLine(ctx, box, raw, result, hash)
}

func withoutErrors[T any](s iter.Seq[T]) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		for x := range s {
			if !yield(x, nil) {
				return
			}
		}
	}
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
