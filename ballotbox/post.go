package ballotbox

import (
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
)

// The trustees' and the registrar's posts. The contract records their
// bytes in events and only counts who posted what.

// PostTrusteeKey posts the sender's public key with its proof of
// possession. KeyCeremony only; once per trustee.
func (c *Client) PostTrusteeKey(opts *bind.TransactOpts, data []byte) (*types.Transaction, error) {
	return c.transact(opts, binding().PackPostTrusteeKey(data))
}

// PostDealing posts the sender's commitments and encrypted shares.
// KeyCeremony only; once per trustee.
func (c *Client) PostDealing(opts *bind.TransactOpts, data []byte) (*types.Transaction, error) {
	return c.transact(opts, binding().PackPostDealing(data))
}

// PostComplaint posts a complaint against a dealing. KeyCeremony only; any
// number.
func (c *Client) PostComplaint(opts *bind.TransactOpts, data []byte) (*types.Transaction, error) {
	return c.transact(opts, binding().PackPostComplaint(data))
}

// PostDecryptionShare posts the sender's decryption share of round
// (TestRound while Ready, TallyRound while Closed); qualified trustees
// only, once per round.
func (c *Client) PostDecryptionShare(opts *bind.TransactOpts, round Round, share []byte) (*types.Transaction, error) {
	return c.transact(opts, binding().PackPostDecryptionShare(uint8(round), share))
}

// PostTokenCount posts the registrar's count of issued tokens, which
// never decreases. Registrar only, while Open.
func (c *Client) PostTokenCount(opts *bind.TransactOpts, count uint64) (*types.Transaction, error) {
	return c.transact(opts, binding().PackPostTokenCount(new(big.Int).SetUint64(count)))
}

// PostFinalTokenCount posts the registrar's final count of issued
// tokens, read after it saw the polls closed and stopped issuing; it
// never decreases. Registrar only, while Closed, once: the result cannot
// be published before it.
func (c *Client) PostFinalTokenCount(opts *bind.TransactOpts, count uint64) (*types.Transaction, error) {
	return c.transact(opts, binding().PackPostFinalTokenCount(new(big.Int).SetUint64(count)))
}
