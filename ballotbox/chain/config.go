// Package chain runs the election's bulletin board on one machine: a
// go-ethereum node, used as a library and unmodified, whose blocks are made
// by catalyst.SimulatedBeacon at a fixed period, with a pinned chain config,
// its data on disk, and the ordinary Ethereum RPC interface over HTTP and
// WebSocket on 127.0.0.1.
//
// Everything above this package talks to the chain through an
// ethclient-compatible client and never learns whether the node is this
// embedded one or a city's own Ethereum-compatible network.
//
// Durability: the node keeps the hash-based state scheme without pruning
// (an archive node), so the state of every block is written with the block
// itself, and it syncs the database's write-ahead log as soon as a block
// becomes the head. A process killed with SIGKILL restarts at the last
// block it made, with nothing to replay. What a kill can lose: the
// transactions still in the pool (the pool is not journaled) and a block
// made in the few milliseconds before the kill, before its sync. The relay
// keeps every acknowledged ballot in its own outbox and resubmits it until
// it sees it included, so no acknowledged ballot is lost.
package chain

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
)

// Defaults of Config.
const (
	DefaultChainID     = 31337
	DefaultBlockPeriod = time.Second
	// DefaultGasLimit is the block gas limit: about 10,000 casts of ~100k
	// gas. Blocks stay under half full at the target rate, so the EIP-1559
	// base fee stays at its floor instead of growing without bound.
	DefaultGasLimit = 1_000_000_000
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
