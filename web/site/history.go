package site

import (
	"context"
)

// historyPoints bounds the points of the ballots-over-time chart.
const historyPoints = 60

// tickCount is the number of points of the chart whose time it shows.
const tickCount = 5

// point is the number of ballots cast up to Block; First and Last are
// the exact blocks of the first and the last ballot since the point
// before (0: none).
type point struct {
	Block   uint64 `json:"block"`
	Ballots uint64 `json:"ballots"`
	First   uint64 `json:"first,omitempty"`
	Last    uint64 `json:"last,omitempty"`
}

// tick is a block of the chart's axis and its time (seconds since 1970,
// the chain's clock).
type tick struct {
	Block uint64 `json:"block"`
	Time  uint64 `json:"time"`
}

// history is the cumulative count of ballots at up to historyPoints
// blocks evenly spread from the deployment to head, and the last token
// count compared with the ballots it must cover.
func (c *chainView) history(ctx context.Context, head uint64) ([]point, *tokenCount, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.sync(ctx, head); err != nil {
		return nil, nil, err
	}
	var count *tokenCount
	if n := len(c.posts); n > 0 {
		p := c.posts[n-1]
		count = tokenCount{Tokens: p.Count, Block: p.Block, Final: p.Final}.compare(c.index.upTo, uint64(len(c.index.rows)))
	}
	from := c.from
	if head < from {
		return nil, count, nil
	}
	span := head - from
	n := uint64(historyPoints - 1)
	if span < n {
		n = span
	}
	out := make([]point, 0, n+1)
	i := 0
	for k := uint64(0); k <= n; k++ {
		b := from
		if n > 0 {
			b = from + span*k/n
		}
		p := point{Block: b}
		if i < len(c.index.rows) && c.index.rows[i].Block <= b {
			p.First = c.index.rows[i].Block
		}
		for i < len(c.index.rows) && c.index.rows[i].Block <= b {
			i++
		}
		if p.First != 0 {
			p.Last = c.index.rows[i-1].Block
		}
		p.Ballots = uint64(i)
		out = append(out, p)
	}
	return out, count, nil
}

// ticks reads the time of up to tickCount points of history, evenly
// spread, first and last included.
func (o *observer) ticks(ctx context.Context, history []point) ([]tick, error) {
	if len(history) == 0 {
		return nil, nil
	}
	var out []tick
	n := min(tickCount, len(history))
	for k := range n {
		b := history[0].Block
		if n > 1 {
			b = history[(len(history)-1)*k/(n-1)].Block
		}
		t, err := o.chain.times.get(ctx, o.chain.box, b)
		if err != nil {
			return nil, err
		}
		out = append(out, tick{Block: b, Time: t})
	}
	return out, nil
}
