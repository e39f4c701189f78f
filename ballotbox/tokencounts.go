package ballotbox

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// TokenCountPost is a count of issued tokens the registrar posted: a
// TokenCountPosted event while the polls were open, which may lag the
// ballots cast meanwhile, or its final count (FinalTokenCountPosted,
// after the close), which covers every ballot. LogRoot is the root of the
// registration-log entries of the tokens issued since the previous post
// (package registrar/reglog).
type TokenCountPost struct {
	Count   uint64
	LogRoot [32]byte
	Final   bool
	Block   uint64
	Index   uint // log index in the block
	TxHash  common.Hash
}

// RollPost is a commitment of the registrar to the roll (RollPosted):
// the root of every voter's registration-log entry and their number. The
// last one before the polls opened is the committed roll.
type RollPost struct {
	Root   [32]byte
	Count  uint64
	Block  uint64
	Index  uint // log index in the block
	TxHash common.Hash
}

// TokenCounts reads the registrar's token-count posts in blocks from to
// to, in chain order: the contract takes the final one only after every
// other.
func (c *Client) TokenCounts(ctx context.Context, from, to uint64) ([]TokenCountPost, error) {
	open, err := events(ctx, c, from, to, binding().UnpackTokenCountPostedEvent)
	if err != nil {
		return nil, err
	}
	final, err := events(ctx, c, from, to, binding().UnpackFinalTokenCountPostedEvent)
	if err != nil {
		return nil, err
	}
	out := make([]TokenCountPost, 0, len(open)+len(final))
	for _, e := range open {
		if out, err = appendCount(out, e.Count, e.LogRoot, e.Raw, false); err != nil {
			return nil, err
		}
	}
	for _, e := range final {
		if out, err = appendCount(out, e.Count, e.LogRoot, e.Raw, true); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// RollPosts reads the registrar's commitments to the roll in blocks from
// to to, in chain order.
func (c *Client) RollPosts(ctx context.Context, from, to uint64) ([]RollPost, error) {
	evs, err := events(ctx, c, from, to, binding().UnpackRollPostedEvent)
	if err != nil {
		return nil, err
	}
	out := make([]RollPost, len(evs))
	for i, e := range evs {
		n, err := count64(e.Count)
		if err != nil {
			return nil, err
		}
		out[i] = RollPost{Root: e.Root, Count: n, Block: e.Raw.BlockNumber, Index: e.Raw.Index, TxHash: e.Raw.TxHash}
	}
	return out, nil
}

func appendCount(out []TokenCountPost, n *big.Int, root [32]byte, raw *types.Log, final bool) ([]TokenCountPost, error) {
	count, err := count64(n)
	if err != nil {
		return out, err
	}
	return append(out, TokenCountPost{Count: count, LogRoot: root, Final: final, Block: raw.BlockNumber, Index: raw.Index, TxHash: raw.TxHash}), nil
}

func count64(n *big.Int) (uint64, error) {
	if !n.IsUint64() {
		return 0, fmt.Errorf("ballotbox: count %v does not fit 64 bits", n)
	}
	return n.Uint64(), nil
}
