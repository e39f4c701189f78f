package ballotbox

import (
	"context"
	"errors"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/evote-org/evote/contracts"
)

// ErrNotCreated is returned by Created when the blocks searched hold no
// creation event of the contract.
var ErrNotCreated = errors.New("ballotbox: no creation event in the blocks searched")

// Creation is the contract's ElectionCreated event.
type Creation struct {
	ElectionID [32]byte
	Commission common.Address
	Trustees   []common.Address
	Threshold  int
	Manifest   []byte // the election manifest, whose hash is ElectionID
	Block      uint64
}

// Post is a trustee's post: a key, a dealing, a complaint or a decryption
// share, as opaque bytes.
type Post struct {
	Trustee int   // index in Trustees
	Round   Round // decryption shares only
	Data    []byte
	Block   uint64
	TxHash  common.Hash
}

// StateChange is a transition of the election state.
type StateChange struct {
	State  State
	Block  uint64
	TxHash common.Hash
}

// Created finds the creation event in blocks from to to: the manifest,
// the trustees and the threshold the contract was made with.
func (c *Client) Created(ctx context.Context, from, to uint64) (*Creation, error) {
	evs, err := events(ctx, c, from, to, binding().UnpackElectionCreatedEvent)
	if err != nil {
		return nil, err
	}
	if len(evs) == 0 {
		return nil, ErrNotCreated
	}
	e := evs[0]
	return &Creation{ElectionID: e.ElectionId, Commission: e.Commission, Trustees: e.Trustees,
		Threshold: int(e.Threshold), Manifest: e.Manifest, Block: e.Raw.BlockNumber}, nil
}

// StateChanges reads the transitions in blocks from to to.
func (c *Client) StateChanges(ctx context.Context, from, to uint64) ([]StateChange, error) {
	evs, err := events(ctx, c, from, to, binding().UnpackStateChangedEvent)
	out := make([]StateChange, len(evs))
	for i, e := range evs {
		out[i] = StateChange{State: State(e.State), Block: e.Raw.BlockNumber, TxHash: e.Raw.TxHash}
	}
	return out, err
}

// TrusteeKeys reads the trustees' key posts in blocks from to to.
func (c *Client) TrusteeKeys(ctx context.Context, from, to uint64) ([]Post, error) {
	evs, err := events(ctx, c, from, to, binding().UnpackTrusteeKeyPostedEvent)
	return posts(evs, func(e *contracts.BallotBoxTrusteeKeyPosted) (uint8, []byte, *types.Log) {
		return e.Trustee, e.Data, e.Raw
	}), err
}

// Dealings reads the trustees' dealings in blocks from to to.
func (c *Client) Dealings(ctx context.Context, from, to uint64) ([]Post, error) {
	evs, err := events(ctx, c, from, to, binding().UnpackDealingPostedEvent)
	return posts(evs, func(e *contracts.BallotBoxDealingPosted) (uint8, []byte, *types.Log) {
		return e.Trustee, e.Data, e.Raw
	}), err
}

// Complaints reads the trustees' complaints in blocks from to to.
func (c *Client) Complaints(ctx context.Context, from, to uint64) ([]Post, error) {
	evs, err := events(ctx, c, from, to, binding().UnpackComplaintPostedEvent)
	return posts(evs, func(e *contracts.BallotBoxComplaintPosted) (uint8, []byte, *types.Log) {
		return e.Trustee, e.Data, e.Raw
	}), err
}

// DecryptionShares reads the decryption shares of round in blocks from to
// to.
func (c *Client) DecryptionShares(ctx context.Context, round Round, from, to uint64) ([]Post, error) {
	evs, err := events(ctx, c, from, to, binding().UnpackDecryptionSharePostedEvent, common.Hash{31: byte(round)})
	out := posts(evs, func(e *contracts.BallotBoxDecryptionSharePosted) (uint8, []byte, *types.Log) {
		return e.Trustee, e.Share, e.Raw
	})
	for i := range out {
		out[i].Round = round
	}
	return out, err
}

// event is an abigen v2 event type.
type event interface {
	ContractEventName() string
}

// events reads the contract's events of type E in blocks from to to,
// whose first indexed argument is topic1 if given.
func events[E event](ctx context.Context, c *Client, from, to uint64, unpack func(*types.Log) (*E, error), topic1 ...common.Hash) ([]*E, error) {
	var zero E
	topics := [][]common.Hash{{binding().GetABI().Events[zero.ContractEventName()].ID}}
	if len(topic1) > 0 {
		topics = append(topics, topic1)
	}
	var out []*E
	var failed error
	err := c.scan(ctx, from, to, topics, func(l *types.Log) bool {
		e, err := unpack(l)
		if err != nil {
			failed = err
			return false
		}
		out = append(out, e)
		return true
	})
	return out, errors.Join(failed, err)
}

// posts converts trustee events to Posts.
func posts[E any](evs []*E, fields func(*E) (uint8, []byte, *types.Log)) []Post {
	out := make([]Post, len(evs))
	for i, e := range evs {
		trustee, data, raw := fields(e)
		out[i] = Post{Trustee: int(trustee), Data: data, Block: raw.BlockNumber, TxHash: raw.TxHash}
	}
	return out
}
