package tally

import (
	"context"
	"fmt"

	"github.com/evote-org/evote/ballotbox"
)

// ReadMix reads the mix phase's posts in blocks from to at, in chain
// order, as lines without their derived fields.
func ReadMix(ctx context.Context, box *ballotbox.Client, from, at uint64) (*MixRecord, error) {
	mixes, err := box.MixPosts(ctx, from, at)
	if err != nil {
		return nil, fmt.Errorf("tally: reading mixes: %w", err)
	}
	ends, err := box.MixEnds(ctx, from, at)
	if err != nil {
		return nil, fmt.Errorf("tally: reading the end of mixing: %w", err)
	}
	shares, err := box.MixSharePosts(ctx, from, at)
	if err != nil {
		return nil, fmt.Errorf("tally: reading mix shares: %w", err)
	}
	m := &MixRecord{}
	for _, p := range mixes {
		m.Mixes = append(m.Mixes, &MixLine{Type: TypeMix, Trustee: p.Trustee, Input: p.Input, Output: p.Output,
			File: p.File, Block: p.Block, Tx: p.TxHash})
	}
	if len(ends) > 0 {
		m.Finished = &MixFinishedLine{Type: TypeMixFinished, Block: ends[0].Block, Tx: ends[0].TxHash}
	}
	for _, p := range shares {
		m.Shares = append(m.Shares, &MixShareLine{Type: TypeMixShare, Trustee: p.Trustee, Lists: p.Lists,
			File: p.File, Block: p.Block, Tx: p.TxHash})
	}
	return m, nil
}
