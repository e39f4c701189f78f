package ballotbox

import (
	"context"
	"fmt"
	"iter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/evote-org/evote/contracts"
)

// CastLog is a cast as the chain recorded it (a BallotCast event).
type CastLog struct {
	Cast
	Seq    uint64      // position among the election's ballots: 0, 1, 2, ...
	Block  uint64      // block number
	TxHash common.Hash // transaction
	Index  uint        // log index in the block
}

// Ballots iterates over the ballots cast in blocks from to to (inclusive),
// in chain order, querying the node in adaptive block ranges. An error
// ends the iteration as the last pair.
//
// To resume after a stop, iterate again from the block of the last ballot
// handled and skip the ballots whose Seq was handled: Seq counts without
// gaps, and within one iteration a gap or a repetition is an error (a node
// that drops or repeats logs is caught).
func (c *Client) Ballots(ctx context.Context, from, to uint64) iter.Seq2[*CastLog, error] {
	return func(yield func(*CastLog, error) bool) {
		topic := binding().GetABI().Events[contracts.BallotBoxBallotCastEventName].ID
		var prev *CastLog
		var failed error
		err := c.scan(ctx, from, to, [][]common.Hash{{topic}}, func(l *types.Log) bool {
			b, err := castLog(l)
			if err == nil && prev != nil && b.Seq != prev.Seq+1 {
				err = fmt.Errorf("ballotbox: ballot %d follows ballot %d in block %d", b.Seq, prev.Seq, b.Block)
			}
			if err != nil {
				failed = err
				return false
			}
			prev = b
			return yield(b, nil)
		})
		if failed == nil {
			failed = err
		}
		if failed != nil {
			yield(nil, failed)
		}
	}
}

// castLog decodes a BallotCast log.
func castLog(l *types.Log) (*CastLog, error) {
	ev, err := binding().UnpackBallotCastEvent(l)
	if err != nil {
		return nil, fmt.Errorf("ballotbox: BallotCast log %d of block %d: %w", l.Index, l.BlockNumber, err)
	}
	if !ev.Seq.IsUint64() {
		return nil, fmt.Errorf("ballotbox: ballot sequence number %v does not fit 64 bits", ev.Seq)
	}
	return &CastLog{
		Cast:   Cast{Pseudonym: ev.Pseudonym, Token: ev.Token, Ballot: ev.Ballot, Signature: ev.Signature},
		Seq:    ev.Seq.Uint64(),
		Block:  l.BlockNumber,
		TxHash: l.TxHash,
		Index:  l.Index,
	}, nil
}
