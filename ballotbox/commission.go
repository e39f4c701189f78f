package ballotbox

import (
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// The commission's calls: every state transition and the registrar's
// setup. Each must be sent from the commission's account.

// SetRegistrar sets the registrar's account and its token-signing public
// key (PKIX DER), which clients read with RegistrarKey. Setup only; may be
// repeated until StartKeyCeremony.
func (c *Client) SetRegistrar(opts *bind.TransactOpts, registrar common.Address, key []byte) (*types.Transaction, error) {
	return c.transact(opts, binding().PackSetRegistrar(registrar, key))
}

// StartKeyCeremony moves Setup to KeyCeremony; the registrar must be set.
func (c *Client) StartKeyCeremony(opts *bind.TransactOpts) (*types.Transaction, error) {
	return c.transact(opts, binding().PackStartKeyCeremony())
}

// FinishKeyCeremony fixes the election key (32 bytes, not all zero) and
// the qualified set (bit i: trustee i; at least threshold trustees, each
// of which posted a key and a dealing) and moves KeyCeremony to Ready.
func (c *Client) FinishKeyCeremony(opts *bind.TransactOpts, key []byte, qualified uint64) (*types.Transaction, error) {
	return c.transact(opts, binding().PackFinishKeyCeremony(key, new(big.Int).SetUint64(qualified)))
}

// OpenPolls moves Ready to Open once at least threshold qualified
// trustees have posted their test-decryption share (round 0); before, it
// fails with ErrNotEnoughShares. Run the test decryption's check
// (tally.CheckTest) first.
func (c *Client) OpenPolls(opts *bind.TransactOpts) (*types.Transaction, error) {
	return c.transact(opts, binding().PackOpenPolls())
}

// ClosePolls moves Open to Closed.
func (c *Client) ClosePolls(opts *bind.TransactOpts) (*types.Transaction, error) {
	return c.transact(opts, binding().PackClosePolls())
}

// PublishResult publishes the result and the hash of the tally record and
// moves Closed to Tallied; at least threshold qualified trustees must have
// posted their tally share.
func (c *Client) PublishResult(opts *bind.TransactOpts, result []byte, record [32]byte) (*types.Transaction, error) {
	return c.transact(opts, binding().PackPublishResult(result, record))
}
