// Package chain runs a node of the election's bulletin board: an
// unmodified go-ethereum, used as a library with a pinned chain config,
// whose blocks are decided by CometBFT among the election's authorities
// (package abci drives go-ethereum's Engine API from CometBFT), with its
// data on disk and the ordinary Ethereum RPC interface over HTTP and
// WebSocket.
//
// There is one code path: the embedded one-machine default (Config without
// a Network) is a network of one validator whose configuration is made on
// the first start and kept in the data directory. With a Network, the node
// is one authority's validator, or an observer that re-executes every
// block. docs/consensus.md says what the authorities can and cannot do.
//
// Everything above this package talks to the chain through an
// ethclient-compatible client and never learns whether the node is this
// one or a city's own Ethereum-compatible network.
//
// Durability: go-ethereum keeps the hash-based state scheme without
// pruning (an archive node), so the state of every block is written with
// the block, and the database is synced when CometBFT commits a block.
// CometBFT keeps its own blocks, and on a restart replays into go-ethereum
// the decided blocks it lacks (at most the last one after a SIGKILL). What
// a kill can lose: transactions still in the node's pool (the pool is not
// journaled). The relay keeps every acknowledged ballot in its own outbox
// and resubmits it until it sees it included, so no acknowledged ballot is
// lost.
package chain

import (
	"math/big"
	"time"

	abcitypes "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
)

// Defaults of Config.
const (
	DefaultChainID     = 31337
	DefaultBlockPeriod = time.Second
	// DefaultGasLimit is the block gas limit: about 2,300 casts of ~109k
	// gas, 5.5 MB, a block every validator receives, executes and votes on
	// well within CometBFT's propose timeout (3 s) on a small machine.
	// Half of it, the EIP-1559 target, is ~1,150 casts a second: above that
	// sustained rate the base fee rises.
	DefaultGasLimit = 250_000_000
)

// Config configures a node. The zero value with a DataDir is a working
// one-machine chain.
type Config struct {
	DataDir     string        // where the chain lives; required
	ChainID     uint64        // default DefaultChainID
	BlockPeriod time.Duration // whole seconds; default 1 s
	GasLimit    uint64        // default DefaultGasLimit

	// Alloc funds accounts at genesis (commission, relay, trustees,
	// registrar). It only matters when the data directory is new; a
	// different genesis over an existing chain is refused.
	Alloc map[common.Address]*big.Int

	// HTTPPort and WSPort serve JSON-RPC on 127.0.0.1 (or Host); 0 turns
	// the listener off (the in-process client always works).
	Host     string
	HTTPPort int
	WSPort   int
	// CORS lists the web origins (e.g. https://vybory.example, or "*"
	// for any) whose pages may call the HTTP JSON-RPC from a browser, as
	// the observer page's verifier does; nil: none (a browser refuses
	// the answers). VirtualHosts lists the host names the HTTP JSON-RPC
	// answers to besides IP addresses (go-ethereum's guard against DNS
	// rebinding); nil: localhost only, "*": any.
	CORS         []string
	VirtualHosts []string

	// Network, when set, joins a network of authorities: the chain id,
	// block interval, gas limit and funded accounts above are then the
	// network's. The node is the authority whose validator key is in
	// DataDir, or an observer that re-executes every block.
	Network *Network
	// ConsensusAddr and PeerAddr are where an observer's CometBFT and
	// go-ethereum listen (host:port); an authority listens where the
	// network configuration says.
	ConsensusAddr string
	PeerAddr      string

	// Metrics turns on go-ethereum's and CometBFT's metrics, which
	// Node.Metrics gathers. Both are process-wide: one node of a process
	// may have them (Start refuses a second with ErrMetricsTaken).
	Metrics bool

	// wrap, set by tests only, wraps the application CometBFT runs (a
	// validator that proposes bad blocks).
	wrap func(abcitypes.Application) abcitypes.Application
}

func (c *Config) setDefaults() {
	if c.ChainID == 0 {
		c.ChainID = DefaultChainID
	}
	if c.BlockPeriod == 0 {
		c.BlockPeriod = DefaultBlockPeriod
	}
	if c.GasLimit == 0 {
		c.GasLimit = DefaultGasLimit
	}
	if c.Host == "" {
		c.Host = "127.0.0.1"
	}
	if c.ConsensusAddr == "" {
		c.ConsensusAddr = "127.0.0.1:0"
	}
	if c.PeerAddr == "" {
		c.PeerAddr = "127.0.0.1:0"
	}
}

// ChainConfig is the pinned protocol: every fork up to and including Prague
// active from genesis, and nothing later. Forks that are not in production
// on Ethereum mainnet are never enabled (a measured cast cost ~20% more gas
// under the dev preset's unreleased fork).
func ChainConfig(chainID uint64) *params.ChainConfig {
	zero := uint64(0)
	return &params.ChainConfig{
		ChainID:                 new(big.Int).SetUint64(chainID),
		HomesteadBlock:          big.NewInt(0),
		EIP150Block:             big.NewInt(0),
		EIP155Block:             big.NewInt(0),
		EIP158Block:             big.NewInt(0),
		ByzantiumBlock:          big.NewInt(0),
		ConstantinopleBlock:     big.NewInt(0),
		PetersburgBlock:         big.NewInt(0),
		IstanbulBlock:           big.NewInt(0),
		MuirGlacierBlock:        big.NewInt(0),
		BerlinBlock:             big.NewInt(0),
		LondonBlock:             big.NewInt(0),
		ArrowGlacierBlock:       big.NewInt(0),
		GrayGlacierBlock:        big.NewInt(0),
		TerminalTotalDifficulty: big.NewInt(0),
		ShanghaiTime:            &zero,
		CancunTime:              &zero,
		PragueTime:              &zero,
		BlobScheduleConfig: &params.BlobScheduleConfig{
			Cancun: params.DefaultCancunBlobConfig,
			Prague: params.DefaultPragueBlobConfig,
		},
	}
}
