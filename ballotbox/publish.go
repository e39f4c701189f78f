package ballotbox

import (
	"context"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/evote-org/evote/registrar/reglog"
)

// TokenCounter posts the registrar's commitments to the contract from the
// registrar's account and waits until each is mined: the roll before the
// polls open, the count of issued tokens with the root of their
// registration-log entries while they are open, and the final count after
// the close. It is the registrar's CountPublisher on chain.
type TokenCounter struct {
	Client *Client
	Opts   *bind.TransactOpts // the registrar's account, as set by the commission
}

// PublishRoll posts the roll's root and size before the polls open.
func (p *TokenCounter) PublishRoll(ctx context.Context, root [32]byte, count uint64) error {
	return p.post(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return p.Client.PostRoll(o, root, count)
	})
}

// PublishTokenCount posts n, following the count from on chain, with
// the root of the entries of tokens from+1 to n, while the polls are open.
func (p *TokenCounter) PublishTokenCount(ctx context.Context, from, n uint64, logRoot [32]byte) error {
	return p.post(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return p.Client.PostTokenCount(o, from, n, logRoot)
	})
}

// PublishFinalTokenCount posts the final count n as PublishTokenCount
// does, once, after the close.
func (p *TokenCounter) PublishFinalTokenCount(ctx context.Context, from, n uint64, logRoot [32]byte) error {
	return p.post(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return p.Client.PostFinalTokenCount(o, from, n, logRoot)
	})
}

// Polls reads whether the polls have opened and closed and whether the
// final count is on chain.
func (p *TokenCounter) Polls(ctx context.Context) (opened, closed, final bool, err error) {
	s, err := p.Client.State(ctx)
	if err != nil || s < Closed {
		return s >= Open, false, false, err
	}
	final, err = p.Client.TokenCountFinal(ctx)
	return true, true, final, err
}

// Roll reads the roll commitment on chain (count 0: none).
func (p *TokenCounter) Roll(ctx context.Context) (root [32]byte, count uint64, err error) {
	return p.Client.Roll(ctx)
}

// TokenCount reads the last count posted.
func (p *TokenCounter) TokenCount(ctx context.Context) (uint64, error) {
	return p.Client.TokenCount(ctx)
}

// LogPosts reads the registrar's posts from the chain, in chain order:
// the last roll posted (ok false while none is) and every count.
func (p *TokenCounter) LogPosts(ctx context.Context) (roll reglog.Post, ok bool, counts []reglog.Post, err error) {
	head, err := p.Client.Head(ctx)
	if err != nil {
		return roll, false, nil, err
	}
	rolls, err := p.Client.RollPosts(ctx, 0, head)
	if err != nil {
		return roll, false, nil, err
	}
	if ok = len(rolls) > 0; ok {
		r := rolls[len(rolls)-1]
		roll = reglog.Post{Count: r.Count, Root: r.Root, Block: r.Block}
	}
	posts, err := p.Client.TokenCounts(ctx, 0, head)
	if err != nil {
		return roll, ok, nil, err
	}
	counts = make([]reglog.Post, len(posts))
	for i, c := range posts {
		counts[i] = reglog.Post{Count: c.Count, Root: c.LogRoot, Block: c.Block, Final: c.Final}
	}
	return roll, ok, counts, nil
}

func (p *TokenCounter) post(ctx context.Context, send func(*bind.TransactOpts) (*types.Transaction, error)) error {
	opts := *p.Opts
	opts.Context = ctx
	tx, err := send(&opts)
	if err != nil {
		return err
	}
	_, err = p.Client.WaitMined(ctx, tx)
	return err
}
