package ballotbox

import (
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Cast is a ballot as it is submitted: the pseudonym, the registrar's
// token naming it, the encrypted ballot and the pseudonym's signature
// (r || s || v over the cast digest, see package crypto/pseudonym).
type Cast struct {
	Pseudonym common.Address
	Token     []byte
	Ballot    []byte
	Signature []byte
}

// Cast submits v; anyone may send it (the relay does). The contract
// checks the state (Open), the sizes, that the pseudonym has not voted,
// and the signature; it checks nothing else about the token or ballot.
func (c *Client) Cast(opts *bind.TransactOpts, v Cast) (*types.Transaction, error) {
	return c.transact(opts, binding().PackCastBallot(v.Pseudonym, v.Token, v.Ballot, v.Signature))
}
