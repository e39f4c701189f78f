package abci

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	abcitypes "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/miner"
)

// PrepareProposal builds the EVM block of the proposal from this node's
// transaction pool. CometBFT's own mempool is not used: transactions reach
// every node's pool through go-ethereum's gossip.
func (a *App) PrepareProposal(ctx context.Context, req *abcitypes.RequestPrepareProposal) (*abcitypes.ResponsePrepareProposal, error) {
	f, err := a.expect(a.head(), req.Height, req.Time, req.ProposerAddress)
	if err != nil {
		return nil, err
	}
	if err := waitUntil(ctx, time.Unix(int64(f.time), 0)); err != nil {
		return nil, err
	}
	tx, err := a.build(ctx, f)
	if err != nil {
		return nil, err
	}
	if int64(len(tx)) > req.MaxTxBytes {
		return nil, fmt.Errorf("abci: block of %d bytes over the consensus limit of %d (lower the gas limit)", len(tx), req.MaxTxBytes)
	}
	return &abcitypes.ResponsePrepareProposal{Txs: [][]byte{tx}}, nil
}

// waitUntil returns when the clock reaches t: a block is never proposed
// before its own timestamp.
func waitUntil(ctx context.Context, t time.Time) error {
	d := time.Until(t)
	if d <= 0 {
		return nil
	}
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-timer.C:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("abci: waiting for the block time: %w", ctx.Err())
	}
}

// build asks the miner for the block and waits for its first full version:
// the Engine API's getPayload right after the forkchoice update would
// return the empty block the miner makes first.
func (a *App) build(ctx context.Context, f fields) ([]byte, error) {
	root := f.beaconRoot
	p, err := a.eth.Miner().BuildPayload(ctx, &miner.BuildPayloadArgs{
		Parent:       f.parent,
		Timestamp:    f.time,
		FeeRecipient: f.fee,
		Random:       f.random,
		Withdrawals:  types.Withdrawals{},
		BeaconRoot:   &root,
		Version:      engine.PayloadV3,
	}, false)
	if err != nil {
		return nil, fmt.Errorf("abci: building block %d: %w", f.number, err)
	}
	env := p.ResolveFull()
	if env == nil {
		return nil, fmt.Errorf("abci: building block %d: stopped", f.number)
	}
	block, _, _, _ := p.FullBlockAndReceipts()
	tx, err := encodePayload(block, env.Requests)
	if err != nil {
		return nil, err
	}
	a.mu.Lock()
	a.built = crypto.Keccak256Hash(tx)
	a.mu.Unlock()
	return tx, nil
}

// ProcessProposal accepts a proposal only if its header fields are the
// ones this validator computes and go-ethereum executes it as valid. The
// proposer's own block, which its go-ethereum has just built, is executed
// only once decided (FinalizeBlock): executing it here as well would take
// CPU from the validators that must vote on it.
func (a *App) ProcessProposal(ctx context.Context, req *abcitypes.RequestProcessProposal) (*abcitypes.ResponseProcessProposal, error) {
	if _, err := a.verify(ctx, req.Txs, req.Height, req.Time, req.ProposerAddress, a.proposed(req.Txs)); err != nil {
		slog.Warn("abci: rejected a proposal", "height", req.Height, "proposer", fmt.Sprintf("%X", req.ProposerAddress), "err", err)
		return &abcitypes.ResponseProcessProposal{Status: abcitypes.ResponseProcessProposal_REJECT}, nil
	}
	return &abcitypes.ResponseProcessProposal{Status: abcitypes.ResponseProcessProposal_ACCEPT}, nil
}

// proposed reports whether txs are exactly the proposal this node built
// last, byte for byte.
func (a *App) proposed(txs [][]byte) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return len(txs) == 1 && crypto.Keccak256Hash(txs[0]) == a.built
}
