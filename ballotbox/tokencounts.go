package ballotbox

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// TokenCountPost is a count of issued tokens the registrar posted (a
// TokenCountPosted event).
type TokenCountPost struct {
	Count  uint64
	Block  uint64
	Index  uint // log index in the block
	TxHash common.Hash
}

// TokenCounts reads the registrar's token-count posts in blocks from to
// to, in chain order.
func (c *Client) TokenCounts(ctx context.Context, from, to uint64) ([]TokenCountPost, error) {
	evs, err := events(ctx, c, from, to, binding().UnpackTokenCountPostedEvent)
	out := make([]TokenCountPost, 0, len(evs))
	for _, e := range evs {
		if !e.Count.IsUint64() {
			return out, fmt.Errorf("ballotbox: token count %v does not fit 64 bits", e.Count)
		}
		out = append(out, TokenCountPost{Count: e.Count.Uint64(), Block: e.Raw.BlockNumber, Index: e.Raw.Index, TxHash: e.Raw.TxHash})
	}
	return out, err
}

// AfterClose tells whether p was posted after the polls closed: such a
// count covers every ballot, since none is cast after the close, while a
// count posted during the vote may lag the ballots cast meanwhile.
func (c *Client) AfterClose(ctx context.Context, p TokenCountPost) (bool, error) {
	if p.Block > 0 {
		st, err := c.At(new(big.Int).SetUint64(p.Block - 1)).State(ctx)
		if err != nil || st >= Closed {
			return st >= Closed, err
		}
	}
	evs, err := events(ctx, c, p.Block, p.Block, binding().UnpackStateChangedEvent)
	for _, e := range evs {
		if State(e.State) == Closed && e.Raw.Index < p.Index {
			return true, err
		}
	}
	return false, err
}
