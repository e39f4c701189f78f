package tally

import (
	"context"
	"fmt"
	"iter"
	"math/big"

	"github.com/evote-org/evote/ballotbox"
)

// ReadHeader reads the public facts of the election at box from the chain
// as of block at, searching events from block from (0, or any block
// before the contract's creation): every field of a Header but the
// derived ones. Views are read at block at, so the node must keep that
// block's state (the embedded node keeps all).
func ReadHeader(ctx context.Context, box *ballotbox.Client, from, at uint64) (*Header, error) {
	view := box.At(new(big.Int).SetUint64(at))
	cr, err := box.Created(ctx, from, at)
	if err != nil {
		return nil, err
	}
	tctx, err := view.Context(ctx)
	if err != nil {
		return nil, err
	}
	h := &Header{
		Type: TypeHeader, Version: RecordVersion, ChainID: tctx.ChainID, Contract: box.Address(),
		ElectionID: cr.ElectionID, CreatedBlock: cr.Block, ReadBlock: at, Manifest: cr.Manifest,
		Commission: cr.Commission, Trustees: cr.Trustees, Threshold: cr.Threshold,
	}
	if h.States, err = readStates(ctx, box, cr.Block, at); err != nil {
		return nil, err
	}
	if err := readCeremony(ctx, box, view, cr.Block, at, h); err != nil {
		return nil, err
	}
	if h.RegistrarKey, err = view.RegistrarKey(ctx); err != nil {
		return nil, err
	}
	if h.Casts, err = view.BallotCount(ctx); err != nil {
		return nil, err
	}
	if h.TokenCount, err = view.TokenCount(ctx); err != nil {
		return nil, err
	}
	return h, readLogPosts(ctx, box, cr.Block, at, h)
}

// readLogPosts reads the registrar's posts of the registration log.
func readLogPosts(ctx context.Context, box *ballotbox.Client, from, at uint64, h *Header) error {
	rolls, err := box.RollPosts(ctx, from, at)
	if err != nil {
		return err
	}
	h.RollPosts = make([]RollPost, len(rolls))
	for i, p := range rolls {
		h.RollPosts[i] = RollPost{Root: p.Root, Count: p.Count, Block: p.Block, Tx: p.TxHash}
	}
	counts, err := box.TokenCounts(ctx, from, at)
	if err != nil {
		return err
	}
	h.CountPosts = make([]CountPost, len(counts))
	for i, p := range counts {
		h.CountPosts[i] = CountPost{Count: p.Count, LogRoot: p.LogRoot, Final: p.Final, Block: p.Block, Tx: p.TxHash}
	}
	return nil
}

// readStates reads the transitions up to Closed.
func readStates(ctx context.Context, box *ballotbox.Client, from, at uint64) ([]StateFact, error) {
	changes, err := box.StateChanges(ctx, from, at)
	if err != nil {
		return nil, err
	}
	out := []StateFact{}
	for _, c := range changes {
		if c.State <= ballotbox.Closed {
			out = append(out, StateFact{State: c.State.String(), Block: c.Block, Tx: c.TxHash})
		}
	}
	return out, nil
}

// readCeremony reads the ceremony's posts, its outcome as posted and the
// test decryption's shares.
func readCeremony(ctx context.Context, box, view *ballotbox.Client, from, at uint64, h *Header) error {
	c := &h.Ceremony
	var err error
	if c.Keys, err = posts(box.TrusteeKeys(ctx, from, at)); err != nil {
		return err
	}
	if c.Dealings, err = posts(box.Dealings(ctx, from, at)); err != nil {
		return err
	}
	if c.Complaints, err = posts(box.Complaints(ctx, from, at)); err != nil {
		return err
	}
	if h.Test.Shares, err = ReadShares(ctx, box, ballotbox.TestRound, from, at); err != nil {
		return err
	}
	key, err := view.ElectionKey(ctx)
	if err != nil {
		return err
	}
	if key != ([32]byte{}) {
		c.ElectionKey = key[:]
	}
	m, err := view.Masks(ctx)
	c.QualifiedMask = m.Qualified
	return err
}

// ReadShares reads the decryption shares of round in blocks from to at.
func ReadShares(ctx context.Context, box *ballotbox.Client, round ballotbox.Round, from, at uint64) ([]Post, error) {
	return posts(box.DecryptionShares(ctx, round, from, at))
}

func posts(ps []ballotbox.Post, err error) ([]Post, error) {
	if err != nil {
		return nil, err
	}
	out := make([]Post, len(ps))
	for i, p := range ps {
		out[i] = Post{Trustee: p.Trustee, Data: p.Data, Block: p.Block, Tx: p.TxHash}
	}
	return out, nil
}

// ReadCasts iterates over the casts of the election in blocks from to
// at, in chain order, as record lines without a verdict.
func ReadCasts(ctx context.Context, box *ballotbox.Client, from, at uint64) iter.Seq2[*CastLine, error] {
	return func(yield func(*CastLine, error) bool) {
		for b, err := range box.Ballots(ctx, from, at) {
			if err != nil {
				yield(nil, fmt.Errorf("tally: reading ballots: %w", err))
				return
			}
			c := &CastLine{Type: TypeCast, Seq: b.Seq, Block: b.Block, Tx: b.TxHash, Index: b.Index,
				Pseudonym: b.Pseudonym, Token: b.Token, Ballot: b.Ballot, Signature: b.Signature}
			if !yield(c, nil) {
				return
			}
		}
	}
}
