package ballotbox

import (
	"context"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// The mix phase (docs/protocol.md, section 14.8): while Closed, the
// qualified trustees post their mixes, the commission ends mixing, and
// the trustees post their decryptions of the last valid mix. The lists,
// proofs and decryptions are files named by their SHA-256; the chain
// holds the hashes, in the order that decides which mix follows which.
// The contract checks no proof: verifiers do (package tally/mix).

// MixPost is a trustee's mix (MixPosted): the hash of the lists it read,
// of the lists it wrote, and the SHA-256 of its mix file.
type MixPost struct {
	Trustee int // index in Trustees
	Input   [32]byte
	Output  [32]byte
	File    [32]byte
	Block   uint64
	Index   uint // log index in the block
	TxHash  common.Hash
}

// MixSharePost is a trustee's decryption of mixed lists (MixSharePosted):
// the hash of the lists it decrypted and the SHA-256 of its share file.
type MixSharePost struct {
	Trustee int // index in Trustees
	Lists   [32]byte
	File    [32]byte
	Block   uint64
	Index   uint // log index in the block
	TxHash  common.Hash
}

// MixEnd is the commission's end of mixing (MixFinished).
type MixEnd struct {
	Block  uint64
	Index  uint // log index in the block
	TxHash common.Hash
}

// PostMix posts the sender's mix: input and output are the hashes of the
// lists it read and wrote, file the SHA-256 of its mix file, stored
// where every verifier can fetch it. Qualified trustees only, while
// Closed and before FinishMix (else ErrMixClosed), once.
func (c *Client) PostMix(opts *bind.TransactOpts, input, output, file [32]byte) (*types.Transaction, error) {
	return c.transact(opts, binding().PackPostMix(input, output, file))
}

// FinishMix ends mixing: the lists to decrypt are the output of the last
// valid mix before it. Commission only, while Closed, once, after at
// least one mix (else ErrNoMix).
func (c *Client) FinishMix(opts *bind.TransactOpts) (*types.Transaction, error) {
	return c.transact(opts, binding().PackFinishMix())
}

// PostMixShare posts the sender's decryption of the mixed lists whose
// hash is lists, file the SHA-256 of its share file. Qualified trustees
// only, while Closed and after FinishMix (else ErrMixNotFinished), once.
func (c *Client) PostMixShare(opts *bind.TransactOpts, lists, file [32]byte) (*types.Transaction, error) {
	return c.transact(opts, binding().PackPostMixShare(lists, file))
}

// MixPosts reads the trustees' mixes in blocks from to to, in chain
// order.
func (c *Client) MixPosts(ctx context.Context, from, to uint64) ([]MixPost, error) {
	evs, err := events(ctx, c, from, to, binding().UnpackMixPostedEvent)
	out := make([]MixPost, len(evs))
	for i, e := range evs {
		out[i] = MixPost{Trustee: int(e.Trustee), Input: e.Input, Output: e.Output, File: e.File,
			Block: e.Raw.BlockNumber, Index: e.Raw.Index, TxHash: e.Raw.TxHash}
	}
	return out, err
}

// MixEnds reads the end of mixing in blocks from to to: none, or one.
func (c *Client) MixEnds(ctx context.Context, from, to uint64) ([]MixEnd, error) {
	evs, err := events(ctx, c, from, to, binding().UnpackMixFinishedEvent)
	out := make([]MixEnd, len(evs))
	for i, e := range evs {
		out[i] = MixEnd{Block: e.Raw.BlockNumber, Index: e.Raw.Index, TxHash: e.Raw.TxHash}
	}
	return out, err
}

// MixSharePosts reads the trustees' decryptions of mixed lists in blocks
// from to to, in chain order.
func (c *Client) MixSharePosts(ctx context.Context, from, to uint64) ([]MixSharePost, error) {
	evs, err := events(ctx, c, from, to, binding().UnpackMixSharePostedEvent)
	out := make([]MixSharePost, len(evs))
	for i, e := range evs {
		out[i] = MixSharePost{Trustee: int(e.Trustee), Lists: e.Lists, File: e.File,
			Block: e.Raw.BlockNumber, Index: e.Raw.Index, TxHash: e.Raw.TxHash}
	}
	return out, err
}

// MixMasks are the mix phase's progress: bit i is trustee i.
type MixMasks struct {
	Mixed    uint64 // posted a mix
	Finished bool   // the commission ended mixing
	Shares   uint64 // posted a decryption of the mixed lists
}

// MixMasks reads who mixed and decrypted, and whether mixing ended.
func (c *Client) MixMasks(ctx context.Context) (m MixMasks, err error) {
	b := binding()
	if m.Mixed, err = call(ctx, c, b.PackMixMask(), b.UnpackMixMask); err != nil {
		return m, err
	}
	if m.Finished, err = call(ctx, c, b.PackMixFinished(), b.UnpackMixFinished); err != nil {
		return m, err
	}
	m.Shares, err = call(ctx, c, b.PackMixShareMask(), b.UnpackMixShareMask)
	return m, err
}
