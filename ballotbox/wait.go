package ballotbox

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// WaitMined waits until tx is mined and returns its receipt. If it
// reverted, the error explains why: WaitMined re-runs the transaction as a
// call on the state after its block and decodes the contract's error
// (ErrReverted if that does not reproduce it).
func (c *Client) WaitMined(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	r, err := c.receipt(ctx, tx)
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("transaction %s in block %v: %w", tx.Hash(), r.BlockNumber, c.explain(ctx, tx, r))
	}
	return r, nil
}

// receipt polls for the receipt of tx until ctx is done.
func (c *Client) receipt(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	every := c.PollInterval
	if every <= 0 {
		every = 250 * time.Millisecond
	}
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		// Not found yet, or a node still indexing: ask again.
		r, err := c.backend.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			return r, nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("ballotbox: waiting for %s: %w", tx.Hash(), ctx.Err())
		case <-tick.C:
		}
	}
}

// explain re-runs the reverted tx as a call on the state after its block
// and returns the decoded revert.
func (c *Client) explain(ctx context.Context, tx *types.Transaction, r *types.Receipt) error {
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil {
		return ErrReverted
	}
	msg := ethereum.CallMsg{From: from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}
	_, err = c.backend.CallContract(ctx, msg, r.BlockNumber)
	var re *RevertError
	if errors.As(mapError(err), &re) {
		return re
	}
	return ErrReverted
}
