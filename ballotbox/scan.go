package ballotbox

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Log queries cover adaptive block spans: a span that returned many logs
// is halved, one that returned few is doubled, and a query the node
// refuses (too many results, too wide a range) is retried on half the
// span, which then stays the largest span tried, so that no answer grows
// without bound whatever the load.
const (
	defaultSpan = 256
	maxSpan     = 1 << 16
	manyLogs    = 2048 // halve the span above this many logs per query
	fewLogs     = 256  // double it below this many
)

// scan delivers the contract's logs with topic0 event (and further topics
// if given) in blocks from..to inclusive, in chain order, to yield until
// it returns false.
func (c *Client) scan(ctx context.Context, from, to uint64, topics [][]common.Hash, yield func(*types.Log) bool) error {
	span := c.LogSpan
	if span == 0 {
		span = defaultSpan
	}
	limit := uint64(maxSpan)
	q := ethereum.FilterQuery{Addresses: []common.Address{c.Address()}, Topics: topics}
	for from <= to {
		end := to
		if to-from >= span {
			end = from + span - 1
		}
		logs, err := c.filter(ctx, q, from, end)
		if err != nil {
			if span == 1 || ctx.Err() != nil {
				return fmt.Errorf("ballotbox: logs of blocks %d to %d: %w", from, end, err)
			}
			span /= 2
			limit = span
			continue
		}
		for i := range logs {
			if !yield(&logs[i]) {
				return nil
			}
		}
		span = adapt(span, len(logs), limit)
		if end == to {
			break
		}
		from = end + 1
	}
	return nil
}

func (c *Client) filter(ctx context.Context, q ethereum.FilterQuery, from, to uint64) ([]types.Log, error) {
	q.FromBlock = new(big.Int).SetUint64(from)
	q.ToBlock = new(big.Int).SetUint64(to)
	return c.backend.FilterLogs(ctx, q)
}

// adapt returns the span of the next query, at most limit, after one of
// span blocks returned n logs.
func adapt(span uint64, n int, limit uint64) uint64 {
	switch {
	case n > manyLogs && span > 1:
		return span / 2
	case n < fewLogs && span < limit:
		return min(span*2, limit)
	}
	return span
}
