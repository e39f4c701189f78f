package abci

import (
	"fmt"

	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rlp"
)

// payloadVersion tags the encoding of an EVM block inside a CometBFT
// transaction.
const payloadVersion = 1

// payload is the one transaction of a CometBFT block: an EVM block and its
// execution requests (EIP-7685), RLP-encoded.
type payload struct {
	Version  uint64
	Block    *types.Block
	Requests [][]byte
}

func encodePayload(block *types.Block, requests [][]byte) ([]byte, error) {
	b, err := rlp.EncodeToBytes(&payload{Version: payloadVersion, Block: block, Requests: requests})
	if err != nil {
		return nil, fmt.Errorf("abci: encoding block %d: %w", block.NumberU64(), err)
	}
	return b, nil
}

// decodePayload parses the transactions of a CometBFT block. It never
// panics on bytes from the network.
func decodePayload(txs [][]byte) (*payload, error) {
	if len(txs) != 1 {
		return nil, fmt.Errorf("%w: %d transactions, want one EVM block", ErrProposal, len(txs))
	}
	var p payload
	if err := rlp.DecodeBytes(txs[0], &p); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrProposal, err)
	}
	if p.Version != payloadVersion || p.Block == nil {
		return nil, fmt.Errorf("%w: payload version %d", ErrProposal, p.Version)
	}
	if p.Requests == nil {
		p.Requests = [][]byte{} // RLP does not tell an empty list from none
	}
	return &p, nil
}

// engineArgs are the arguments of engine_newPayloadV4 for the block.
func (p *payload) engineArgs() (engine.ExecutableData, []common.Hash, *common.Hash, []hexutil.Bytes) {
	data := engine.BlockToExecutableData(p.Block, nil, nil, p.Requests).ExecutionPayload
	requests := make([]hexutil.Bytes, len(p.Requests))
	for i, r := range p.Requests {
		requests[i] = r
	}
	hashes := []common.Hash{} // as a consensus client passes them
	for _, tx := range p.Block.Transactions() {
		hashes = append(hashes, tx.BlobHashes()...)
	}
	return *data, hashes, p.Block.BeaconRoot(), requests
}
