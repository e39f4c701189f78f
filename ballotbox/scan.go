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
// span, which then stays the largest span tried. A span is at most
// maxSpan blocks, so that one answer holds at most that many blocks'
// casts wherever the density of casts jumps: spans grown over quiet
// blocks (the key ceremony, a night) that met a busy hour had returned
// whole hours of casts in one answer (at 1 s blocks, 256 blocks of 300
// casts each were a 400 MB answer, read twice over by the node and the
// reader: the tally's and the verifier's heap grew with the election,
// 7.4 GB at 130,000 ballots, docs/performance.md). An empty query costs
// about a millisecond: a day of quiet blocks is 1,350 of them.
const (
	defaultSpan = 16
	maxSpan     = 64
	manyLogs    = 2048 // halve the span above this many logs per query
	fewLogs     = 256  // double it below this many
)

// scan delivers the contract's logs with topic0 event (and further topics
// if given) in blocks from..to inclusive, in chain order, to yield until
// it returns false. The query for the next span is under way while yield
// takes the logs of the current one, so that the node's encoding and the
// decoding of one span overlap with the caller's work on the one before
// (a reader of every cast was otherwise bound by one core's JSON).
func (c *Client) scan(ctx context.Context, from, to uint64, topics [][]common.Hash, yield func(*types.Log) bool) error {
	if from > to {
		return nil
	}
	span := min(c.LogSpan, maxSpan)
	if span == 0 {
		span = defaultSpan
	}
	limit := uint64(maxSpan)
	q := ethereum.FilterQuery{Addresses: []common.Address{c.Address()}, Topics: topics}
	end := func(from uint64) uint64 {
		if to-from >= span {
			return from + span - 1
		}
		return to
	}
	cur := c.fetch(ctx, q, from, end(from))
	for {
		p := <-cur
		if p.err != nil {
			if span == 1 || ctx.Err() != nil {
				return fmt.Errorf("ballotbox: logs of blocks %d to %d: %w", p.from, p.to, p.err)
			}
			span /= 2
			limit = span
			cur = c.fetch(ctx, q, p.from, end(p.from))
			continue
		}
		var next <-chan logPage
		if p.to < to {
			span = adapt(span, len(p.logs), limit)
			next = c.fetch(ctx, q, p.to+1, end(p.to+1))
		}
		for i := range p.logs {
			if !yield(&p.logs[i]) {
				return nil // a query under way ends on its own: its channel is buffered
			}
		}
		if next == nil {
			return nil
		}
		cur = next
	}
}

// logPage is the answer to one log query of blocks from..to.
type logPage struct {
	from, to uint64
	logs     []types.Log
	err      error
}

// fetch queries the logs of blocks from..to in the background.
func (c *Client) fetch(ctx context.Context, q ethereum.FilterQuery, from, to uint64) <-chan logPage {
	ch := make(chan logPage, 1)
	go func() {
		logs, err := c.filter(ctx, q, from, to)
		ch <- logPage{from: from, to: to, logs: logs, err: err}
	}()
	return ch
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
