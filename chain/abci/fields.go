package abci

import (
	"encoding/binary"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Labels of the values derived from consensus data (versioned).
const (
	randaoLabel     = "evote/prevrandao/v1"
	beaconRootLabel = "evote/parent-beacon-root/v1"
)

// fields are the header fields every validator computes for a height.
type fields struct {
	parent     common.Hash
	number     uint64
	time       uint64
	random     common.Hash
	beaconRoot common.Hash
	fee        common.Address
	gasLimit   uint64
}

// expect computes the fields of the EVM block at height on top of parent,
// for a CometBFT block made at t by proposer.
func (a *App) expect(parent *types.Header, height int64, t time.Time, proposer []byte) (fields, error) {
	if height < 1 || uint64(height) != parent.Number.Uint64()+1 {
		return fields{}, fmt.Errorf("%w: height %d on execution head %d", ErrHeight, height, parent.Number.Uint64())
	}
	fee, ok := a.rules.Fees(proposer)
	if !ok {
		return fields{}, fmt.Errorf("%w: proposer %X is not an authority", ErrProposal, proposer)
	}
	ts := parent.Time + max(1, uint64(a.rules.Interval/time.Second))
	if s := t.Unix(); s > 0 && uint64(s) > ts {
		ts = uint64(s)
	}
	return fields{
		parent:     parent.Hash(),
		number:     uint64(height),
		time:       ts,
		random:     consensusHash(randaoLabel, height, t),
		beaconRoot: consensusHash(beaconRootLabel, height, t),
		fee:        fee,
		gasLimit:   core.CalcGasLimit(parent.GasLimit, a.rules.GasLimit),
	}, nil
}

func consensusHash(label string, height int64, t time.Time) common.Hash {
	var b [16]byte
	binary.BigEndian.PutUint64(b[:8], uint64(height))
	binary.BigEndian.PutUint64(b[8:], uint64(t.UnixNano()))
	return crypto.Keccak256Hash([]byte(label), b[:])
}

// check reports the first header field that differs from f.
func (f fields) check(h *types.Header) error {
	switch {
	case h.ParentHash != f.parent:
		return fmt.Errorf("%w: parent %s, want %s", ErrProposal, h.ParentHash, f.parent)
	case h.Number.Uint64() != f.number:
		return fmt.Errorf("%w: number %d, want %d", ErrProposal, h.Number, f.number)
	case h.Time != f.time:
		return fmt.Errorf("%w: timestamp %d, want %d", ErrProposal, h.Time, f.time)
	case h.MixDigest != f.random:
		return fmt.Errorf("%w: prevRandao %s, want %s", ErrProposal, h.MixDigest, f.random)
	case h.ParentBeaconRoot == nil || *h.ParentBeaconRoot != f.beaconRoot:
		return fmt.Errorf("%w: parent beacon root %v, want %s", ErrProposal, h.ParentBeaconRoot, f.beaconRoot)
	case h.Coinbase != f.fee:
		return fmt.Errorf("%w: fee recipient %s, want %s", ErrProposal, h.Coinbase, f.fee)
	case h.GasLimit != f.gasLimit:
		return fmt.Errorf("%w: gas limit %d, want %d", ErrProposal, h.GasLimit, f.gasLimit)
	case h.WithdrawalsHash == nil || *h.WithdrawalsHash != types.EmptyWithdrawalsHash:
		return fmt.Errorf("%w: withdrawals", ErrProposal)
	}
	return nil
}
