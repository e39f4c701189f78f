package ballotbox

import (
	"context"
	"math/big"
)

// BlockTime is the timestamp of block n (seconds since 1970), the
// chain's clock: whole seconds, strictly increasing, so sub-second blocks
// may run ahead of the wall clock.
func (c *Client) BlockTime(ctx context.Context, n uint64) (uint64, error) {
	h, err := c.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return 0, err
	}
	return h.Time, nil
}
