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

// PostRoll posts the registrar's commitment to the roll: the root of
// every voter's registration-log entry and their number (package
// registrar/reglog). Registrar only, before the polls open; the last one
// before they open is the committed roll, and they cannot open without one.
func (c *Client) PostRoll(opts *bind.TransactOpts, root [32]byte, count uint64) (*types.Transaction, error) {
	return c.transact(opts, binding().PackPostRoll(root, new(big.Int).SetUint64(count)))
}

// PostTokenCount posts the registrar's count of issued tokens, which
// never decreases, following the count from that is on chain (else
// ErrTokenCountMoved), with logRoot, the root of the registration-log
// entries of the tokens numbered from+1 to count. Registrar only, while
// Open.
func (c *Client) PostTokenCount(opts *bind.TransactOpts, from, count uint64, logRoot [32]byte) (*types.Transaction, error) {
	return c.transact(opts, binding().PackPostTokenCount(u256(from), u256(count), logRoot))
}

// PostFinalTokenCount posts the registrar's final count of issued
// tokens, read after it saw the polls closed and stopped issuing, as
// PostTokenCount does. Registrar only, while Closed, once: the result cannot
// be published before it.
func (c *Client) PostFinalTokenCount(opts *bind.TransactOpts, from, count uint64, logRoot [32]byte) (*types.Transaction, error) {
	return c.transact(opts, binding().PackPostFinalTokenCount(u256(from), u256(count), logRoot))
}

func u256(n uint64) *big.Int { return new(big.Int).SetUint64(n) }
