package tally

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/ballotbox/validity"
	"github.com/evote-org/evote/internal/progress"
	"github.com/evote-org/evote/tally/mix"
)

// Options configure Run. The zero value tallies from block 0 without
// writing, reporting or publishing anything.
type Options struct {
	From     uint64             // first block to search for the contract's events
	Record   io.Writer          // where the election record goes (nil: nowhere)
	Progress io.Writer          // progress bar (nil: none)
	Publish  *bind.TransactOpts // the commission's account (nil: do not publish)
	// Log reads the registrar's registration log (RegistrarLog): Run
	// checks it against the registrar's posts on chain and writes it in
	// the record. Run refuses to tally without it.
	Log LogSource
	// Files holds the mix phase's files (mix.Dir of evote tally --files
	// DIR): needed for an election with a ranked or graded question and
	// a mix posted.
	Files mix.Files
}

// Outcome is what Run did.
type Outcome struct {
	Election   *Election
	Tally      *TallyLine
	Mix        *MixRecord // nil for an election without a ranked or graded question
	RecordHash common.Hash
	Published  *Published // nil if not published
}

// Run tallies the closed election at box as of the latest block, once
// the registrar's final token count is on chain (ErrNoFinalCount before
// it; AwaitFinalCount waits for it): it reads
// and re-derives the ceremony and the test decryption, reads the
// registration log and checks it against the chain, applies the
// predicate to every cast, decrypts the sums with the trustees' round-1
// shares, checks the mix phase of the ranked and graded questions and
// counts them (opts.Files; it refuses before mixing is finished or with
// fewer than t valid mix shares: ErrMix, ErrMixDecryption), writes the
// record, and publishes the result and the record hash if opts.Publish
// is set. It refuses an election whose ceremony does not
// settle as posted or whose test decryption fails: every verifier would
// reject its result.
func Run(ctx context.Context, box *ballotbox.Client, opts Options) (*Outcome, error) {
	e, err := open(ctx, box, opts.From)
	if err != nil {
		return nil, err
	}
	final, err := box.At(new(big.Int).SetUint64(e.Header.ReadBlock)).TokenCountFinal(ctx)
	if err != nil {
		return nil, err
	}
	if !final {
		return nil, ErrNoFinalCount
	}
	if err := e.TestDecryption(); err != nil {
		return nil, err
	}
	log, err := checkedLog(ctx, opts.Log, e.Header)
	if err != nil {
		return nil, err
	}
	out := opts.Record
	if out == nil {
		out = io.Discard
	}
	w := NewWriter(out)
	if err := w.Write(e.Header); err != nil {
		return nil, err
	}
	for line := range log.Lines() {
		if err := w.Write(line); err != nil {
			return nil, err
		}
	}
	acc, err := e.NewAccumulator()
	if err != nil {
		return nil, err
	}
	if err := countChain(ctx, box, e, acc, opts.Progress, w.Write); err != nil {
		return nil, err
	}
	shares, err := ReadShares(ctx, box, ballotbox.TallyRound, e.Header.CreatedBlock, e.Header.ReadBlock)
	if err != nil {
		return nil, err
	}
	line, err := e.Tally(acc, shares)
	if err != nil {
		return nil, err
	}
	if err := w.Write(line); err != nil {
		return nil, err
	}
	o := &Outcome{Election: e, Tally: line}
	if o.Mix, err = mixPhase(ctx, box, e, acc, opts.Files, w.Write); err != nil {
		return nil, err
	}
	o.RecordHash = w.Hash()
	if opts.Publish != nil {
		if o.Published, err = publish(ctx, box, opts.Publish, line.Result, o.RecordHash); err != nil {
			return o, err
		}
		if err := w.Publish(o.Published); err != nil {
			return o, err
		}
	}
	return o, w.Flush()
}

// mixPhase reads and derives the mix phase of an election with a ranked
// or graded question and writes its lines through write; nil for one
// without.
func mixPhase(ctx context.Context, box *ballotbox.Client, e *Election, acc *Accumulator, files mix.Files, write func(any) error) (*MixRecord, error) {
	if len(e.Mixed()) == 0 {
		return nil, nil
	}
	m, err := ReadMix(ctx, box, e.Header.CreatedBlock, e.Header.ReadBlock)
	if err != nil {
		return nil, err
	}
	if err := e.Mix(acc, m, files); err != nil {
		return nil, err
	}
	for _, l := range m.Lines() {
		if err := write(l); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// checkedLog reads the registration log and checks it against the posts
// in h: a record whose log does not match would fail check 6.
func checkedLog(ctx context.Context, src LogSource, h *Header) (*Log, error) {
	if src == nil {
		return nil, ErrNoLog
	}
	l, err := src(ctx, h.ElectionID)
	if err != nil {
		return nil, err
	}
	if _, err := CheckLog(h, l); err != nil {
		return nil, fmt.Errorf("%w (the registrar's log does not match its posts on chain: no record written)", err)
	}
	return l, nil
}

// open reads the closed election at the latest block and settles its key
// ceremony as posted.
func open(ctx context.Context, box *ballotbox.Client, from uint64) (*Election, error) {
	e, err := ReadElection(ctx, box, from, ballotbox.Closed)
	if err != nil {
		return nil, err
	}
	return e, e.Qualify()
}

// countChain runs the casts on the chain through acc, writing each with
// its verdict through write (nil: nowhere).
func countChain(ctx context.Context, box *ballotbox.Client, e *Election, acc *Accumulator, out io.Writer, write func(any) error) error {
	p := progress.New(out, "ballots", e.Header.Casts)
	each := func(c *CastLine, r validity.Reason) error {
		c.Verdict = r.String()
		if write == nil {
			return nil
		}
		return write(c)
	}
	return Count(acc, ReadCasts(ctx, box, e.Header.CreatedBlock, e.Header.ReadBlock), each, p)
}

// Accumulate reads the closed election at the latest block, settles its
// key ceremony and runs every cast through the validity predicate: what
// a trustee decrypts in round 1 is e.DecryptionList of acc.Aggregates(),
// and what the mix phase starts from is acc.Lists(), both computed by
// the trustee itself, never taken from anyone.
func Accumulate(ctx context.Context, box *ballotbox.Client, from uint64, out io.Writer) (*Election, *Accumulator, error) {
	return new(Follower).Accumulate(ctx, box, from, out)
}

func publish(ctx context.Context, box *ballotbox.Client, opts *bind.TransactOpts, result []byte, hash [32]byte) (*Published, error) {
	o := *opts
	o.Context = ctx
	tx, err := box.PublishResult(&o, result, hash)
	if err != nil {
		return nil, err
	}
	r, err := box.WaitMined(ctx, tx)
	if err != nil {
		return nil, err
	}
	return &Published{Type: TypePublished, Result: result, RecordHash: hash, Block: r.BlockNumber.Uint64(), Tx: tx.Hash()}, nil
}

// AwaitFinalCount waits until the registrar's final token count is on
// chain, saying once on progress (if not nil) what it waits for.
func AwaitFinalCount(ctx context.Context, box *ballotbox.Client, progress io.Writer) error {
	for said := false; ; said = true {
		final, err := box.TokenCountFinal(ctx)
		if err != nil || final {
			return err
		}
		if !said && progress != nil {
			fmt.Fprintln(progress, "waiting for the registrar's final token count: it posts it within seconds of the close")
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%w: %w", ErrNoFinalCount, ctx.Err())
		case <-time.After(time.Second):
		}
	}
}
