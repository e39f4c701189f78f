package abci

import (
	"context"
	"fmt"
	"time"

	abcitypes "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/beacon/engine"
)

// verify decodes the EVM block of a CometBFT block, checks its header
// fields against the ones computed here and has go-ethereum execute it
// (without making it head) unless told it need not.
func (a *App) verify(ctx context.Context, txs [][]byte, height int64, t time.Time, proposer []byte, executed bool) (*payload, error) {
	p, err := decodePayload(txs)
	if err != nil {
		return nil, err
	}
	f, err := a.expect(a.head(), height, t, proposer)
	if err != nil {
		return nil, err
	}
	if err := f.check(p.Block.Header()); err != nil {
		return nil, err
	}
	if executed {
		return p, nil
	}
	return p, a.execute(ctx, p)
}

// execute imports the block through engine_newPayloadV4 unless go-ethereum
// already holds it with its state (validated at the proposal).
func (a *App) execute(ctx context.Context, p *payload) error {
	b := p.Block
	if a.eth.BlockChain().HasBlockAndState(b.Hash(), b.NumberU64()) {
		return nil
	}
	data, hashes, root, requests := p.engineArgs()
	status, err := a.engine.NewPayloadV4(ctx, data, hashes, root, requests)
	if err != nil {
		return fmt.Errorf("%w: block %d: %v", ErrExecute, b.NumberU64(), err)
	}
	if status.Status != engine.VALID {
		reason := ""
		if status.ValidationError != nil {
			reason = *status.ValidationError
		}
		return fmt.Errorf("%w: block %d: %s %s", ErrExecute, b.NumberU64(), status.Status, reason)
	}
	return nil
}

// FinalizeBlock executes the decided EVM block. An invalid decided block
// (more than a third of the voting power faulty) stops this node instead
// of following it.
func (a *App) FinalizeBlock(ctx context.Context, req *abcitypes.RequestFinalizeBlock) (*abcitypes.ResponseFinalizeBlock, error) {
	p, err := a.verify(ctx, req.Txs, req.Height, req.Time, req.ProposerAddress, false)
	if err != nil {
		return nil, fmt.Errorf("abci: decided block %d: %w", req.Height, err)
	}
	a.mu.Lock()
	a.decided = p.Block
	a.mu.Unlock()
	return &abcitypes.ResponseFinalizeBlock{
		TxResults: []*abcitypes.ExecTxResult{{Code: abcitypes.CodeTypeOK}},
		AppHash:   p.Block.Hash().Bytes(),
	}, nil
}

// Commit makes the decided block head, safe and finalized, and syncs
// go-ethereum's database so that a killed process restarts at this block.
func (a *App) Commit(ctx context.Context, _ *abcitypes.RequestCommit) (*abcitypes.ResponseCommit, error) {
	a.mu.Lock()
	b := a.decided
	a.decided = nil
	a.mu.Unlock()
	if b == nil {
		return nil, fmt.Errorf("abci: commit without a decided block")
	}
	h := b.Hash()
	res, err := a.engine.ForkchoiceUpdatedV3(ctx, engine.ForkchoiceStateV1{HeadBlockHash: h, SafeBlockHash: h, FinalizedBlockHash: h}, nil)
	if err != nil {
		return nil, fmt.Errorf("abci: forkchoice to block %d: %w", b.NumberU64(), err)
	}
	if res.PayloadStatus.Status != engine.VALID {
		return nil, fmt.Errorf("abci: forkchoice to block %d: %s", b.NumberU64(), res.PayloadStatus.Status)
	}
	if err := a.eth.ChainDb().SyncKeyValue(); err != nil {
		return nil, fmt.Errorf("abci: syncing the chain database: %w", err)
	}
	return &abcitypes.ResponseCommit{}, nil
}

// Info tells CometBFT at start which height the execution chain is at, so
// that it replays only the blocks go-ethereum does not have.
func (a *App) Info(context.Context, *abcitypes.RequestInfo) (*abcitypes.ResponseInfo, error) {
	head := a.head()
	return &abcitypes.ResponseInfo{
		Data:             "evote go-ethereum",
		AppVersion:       payloadVersion,
		LastBlockHeight:  head.Number.Int64(),
		LastBlockAppHash: head.Hash().Bytes(),
	}, nil
}

// InitChain answers with the EVM genesis hash, which is also the genesis
// application hash of the network configuration.
func (a *App) InitChain(context.Context, *abcitypes.RequestInitChain) (*abcitypes.ResponseInitChain, error) {
	return &abcitypes.ResponseInitChain{AppHash: a.eth.BlockChain().Genesis().Hash().Bytes()}, nil
}
