// Package abci is the CometBFT application that makes go-ethereum's
// blocks: it runs in the same process as an unmodified go-ethereum node and
// drives it through the Engine API (catalyst.ConsensusAPI) and the miner.
//
// One CometBFT block carries exactly one EVM block, as its only
// transaction, so the EVM block number equals the CometBFT height. The
// proposer builds the EVM block from its own transaction pool (PrepareProposal);
// every other validator accepts the proposal only if the header fields are
// the ones it computes itself and go-ethereum executes the block as valid
// (ProcessProposal). A decided block is executed by every node, validator or
// observer (FinalizeBlock), and becomes head, safe and finalized at once
// (Commit): CometBFT's finality is instant, so go-ethereum never reorgs.
// The application hash of a height is the hash of its EVM block, so the
// next CometBFT header commits every validator to the same EVM chain.
//
// The header fields a validator checks are derived from consensus data:
// the timestamp is the CometBFT block time in whole seconds, or the
// parent's plus the block interval if that is later (and the proposer
// waits for its clock to reach it, which paces the blocks); prevRandao
// and the parent beacon root hash the height and the block time. They are
// predictable: the EVM's PREVRANDAO is not a source of randomness on this
// chain, and the contracts do not use it.
//
// The tests are in package chain, over a real go-ethereum node, and with
// four real CometBFT validators one of which proposes invalid blocks.
package abci

import (
	"errors"
	"sync"
	"time"

	abcitypes "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
)

// Errors of the application.
var (
	ErrProposal = errors.New("abci: invalid proposal")
	ErrHeight   = errors.New("abci: height does not follow the execution head")
	ErrExecute  = errors.New("abci: go-ethereum rejected the block")
)

// Rules are what every node of the network agrees on besides the genesis.
type Rules struct {
	// Fees maps a CometBFT validator address to the EVM address that
	// receives the fees of the blocks it proposes; the others are not
	// validators.
	Fees func(validator []byte) (common.Address, bool)
	// GasLimit is the block gas limit every header must carry.
	GasLimit uint64
	// Interval is the least time between two blocks' timestamps, in whole
	// seconds. A proposer waits until its clock reaches the timestamp of
	// the block it builds, so EVM time never runs ahead of the clock.
	Interval time.Duration
}

// App is the CometBFT application of one node.
type App struct {
	abcitypes.BaseApplication

	eth    *eth.Ethereum
	engine *catalyst.ConsensusAPI
	rules  Rules

	mu      sync.Mutex
	built   common.Hash  // Keccak-256 of the proposal this node built last
	decided *types.Block // finalized, made head at Commit
}

// New returns the application over a started go-ethereum backend.
func New(backend *eth.Ethereum, rules Rules) *App {
	return &App{eth: backend, engine: catalyst.NewConsensusAPI(backend), rules: rules}
}

// head is the current execution head.
func (a *App) head() *types.Header { return a.eth.BlockChain().CurrentBlock() }
