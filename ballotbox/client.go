package ballotbox

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/evote-org/evote/contracts"
	"github.com/evote-org/evote/election"
)

// Backend is what the client needs from a node: the ordinary Ethereum RPC
// interface, as *ethclient.Client and the simulated backend's client have.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ethereum.ChainIDReader
}

// binding is the parsed ABI of the contract, shared by all clients.
var binding = sync.OnceValue(contracts.NewBallotBox)

// Client is a typed client of one deployed ballot-box contract. Its zero
// configuration works; it is safe for concurrent use if not modified.
type Client struct {
	// PollInterval is how often WaitMined asks for a receipt; zero means
	// 250 ms.
	PollInterval time.Duration
	// LogSpan is the first block span of a log query (at most 64); later
	// queries adapt it to the number of logs returned. Zero means 16.
	LogSpan uint64

	backend Backend
	bound   *bind.BoundContract
	block   *big.Int // block of reads; nil: latest
}

// New returns a client of the contract at address.
func New(backend Backend, address common.Address) *Client {
	return &Client{backend: backend, bound: binding().Instance(backend, address)}
}

// Address is the contract's address.
func (c *Client) Address() common.Address { return c.bound.Address() }

// At returns a copy of the client whose reads see the state after block
// (nil: the latest block), so that several reads are consistent.
func (c *Client) At(block *big.Int) *Client {
	at := *c
	at.block = block
	return &at
}

// Params are the constructor's arguments.
type Params struct {
	Commission common.Address   // the only account that moves the state
	Manifest   []byte           // emitted in ElectionCreated; 1 to MaxManifestSize bytes
	ElectionID [32]byte         // zero: ElectionID(Manifest), as the protocol requires
	Trustees   []common.Address // 1 to MaxTrustees distinct non-zero accounts
	Threshold  int              // t, 1 <= t <= len(Trustees)
}

// ElectionID is the election id of a manifest: its Keccak-256 hash
// (docs/protocol.md, section 2).
func ElectionID(manifest []byte) [32]byte {
	return election.ID(manifest)
}

// Deploy sends the creation transaction of a ballot box for p and returns
// a client of the address it will have once mined.
func Deploy(opts *bind.TransactOpts, backend Backend, p Params) (*Client, *types.Transaction, error) {
	if p.Threshold < 0 || p.Threshold > 255 {
		return nil, nil, fmt.Errorf("%w: %d", ErrBadThreshold, p.Threshold)
	}
	id := p.ElectionID
	if id == ([32]byte{}) {
		id = ElectionID(p.Manifest)
	}
	input := binding().PackConstructor(p.Commission, id, p.Manifest, p.Trustees, uint8(p.Threshold))
	code := common.FromHex(contracts.BallotBoxMetaData.Bin)
	addr, tx, err := bind.DeployContract(opts, code, backend, input)
	if err != nil {
		return nil, nil, mapError(err)
	}
	return New(backend, addr), tx, nil
}

// transact sends a transaction calling the contract with data.
func (c *Client) transact(opts *bind.TransactOpts, data []byte) (*types.Transaction, error) {
	tx, err := c.bound.RawTransact(opts, data)
	return tx, mapError(err)
}

// call reads a view with data and decodes the answer with unpack.
func call[T any](ctx context.Context, c *Client, data []byte, unpack func([]byte) (T, error)) (T, error) {
	v, err := bind.Call(c.bound, &bind.CallOpts{Context: ctx, BlockNumber: c.block}, data, unpack)
	return v, mapError(err)
}
