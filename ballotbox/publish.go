package ballotbox

import (
	"context"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
)

// TokenCounter posts the registrar's count of issued tokens to the
// contract from the registrar's account and waits until it is mined. It is
// the registrar's CountPublisher on chain.
type TokenCounter struct {
	Client *Client
	Opts   *bind.TransactOpts // the registrar's account, as set by the commission
}

// PublishTokenCount posts n. The contract refuses a count lower than the
// last one posted.
func (p *TokenCounter) PublishTokenCount(ctx context.Context, n uint64) error {
	opts := *p.Opts
	opts.Context = ctx
	tx, err := p.Client.PostTokenCount(&opts, n)
	if err != nil {
		return err
	}
	_, err = p.Client.WaitMined(ctx, tx)
	return err
}
