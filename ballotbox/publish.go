package ballotbox

import (
	"context"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
)

// TokenCounter posts the registrar's count of issued tokens to the
// contract from the registrar's account and waits until it is mined. It is
// the registrar's CountPublisher on chain.
type TokenCounter struct {
	Client *Client
	Opts   *bind.TransactOpts // the registrar's account, as set by the commission
}

// PublishTokenCount posts n while the polls are open. The contract
// refuses a count lower than the last one posted.
func (p *TokenCounter) PublishTokenCount(ctx context.Context, n uint64) error {
	return p.post(ctx, n, p.Client.PostTokenCount)
}

// PublishFinalTokenCount posts the final count n, once, after the close.
func (p *TokenCounter) PublishFinalTokenCount(ctx context.Context, n uint64) error {
	return p.post(ctx, n, p.Client.PostFinalTokenCount)
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

func (p *TokenCounter) post(ctx context.Context, n uint64, send func(*bind.TransactOpts, uint64) (*types.Transaction, error)) error {
	opts := *p.Opts
	opts.Context = ctx
	tx, err := send(&opts, n)
	if err != nil {
		return err
	}
	_, err = p.Client.WaitMined(ctx, tx)
	return err
}
