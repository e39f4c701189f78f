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
// after the close), which covers every ballot.
type TokenCountPost struct {
	Count  uint64
	Final  bool
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
		if out, err = appendCount(out, e.Count, e.Raw, false); err != nil {
			return nil, err
		}
	}
	for _, e := range final {
		if out, err = appendCount(out, e.Count, e.Raw, true); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func appendCount(out []TokenCountPost, n *big.Int, raw *types.Log, final bool) ([]TokenCountPost, error) {
	if !n.IsUint64() {
		return out, fmt.Errorf("ballotbox: token count %v does not fit 64 bits", n)
	}
	return append(out, TokenCountPost{Count: n.Uint64(), Final: final, Block: raw.BlockNumber, Index: raw.Index, TxHash: raw.TxHash}), nil
}
