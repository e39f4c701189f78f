package chain

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"
)

// ErrConfig is returned for an unusable configuration.
var ErrConfig = errors.New("chain: bad configuration")

// Node is a running embedded chain node.
type Node struct {
	stack  *node.Node
	eth    *eth.Ethereum
	beacon *catalyst.SimulatedBeacon
	client *ethclient.Client
	cfg    Config
	synced chan struct{} // closed when syncLoop ends
	sub    event.Subscription
}

// Start opens (or creates) the chain in cfg.DataDir and starts making
// blocks.
func Start(cfg Config) (*Node, error) {
	cfg.setDefaults()
	if cfg.DataDir == "" {
		return nil, fmt.Errorf("%w: no data directory", ErrConfig)
	}
	if cfg.BlockPeriod%1e9 != 0 {
		return nil, fmt.Errorf("%w: block period %v is not whole seconds (EVM time is)", ErrConfig, cfg.BlockPeriod)
	}
	stack, err := node.New(nodeConfig(cfg))
	if err != nil {
		return nil, fmt.Errorf("chain: %w", err)
	}
	n := &Node{stack: stack, cfg: cfg}
	if err := n.start(); err != nil {
		stack.Close()
		return nil, err
	}
	return n, nil
}

func nodeConfig(cfg Config) *node.Config {
	nc := node.DefaultConfig
	nc.Name = "evote-chain"
	nc.DataDir = cfg.DataDir
	nc.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0, ListenAddr: ""}
	nc.HTTPHost, nc.HTTPPort, nc.WSHost, nc.WSPort = "", 0, "", 0
	modules := []string{"eth", "net", "web3"}
	if cfg.HTTPPort != 0 {
		nc.HTTPHost, nc.HTTPPort, nc.HTTPModules = cfg.Host, cfg.HTTPPort, modules
	}
	if cfg.WSPort != 0 {
		nc.WSHost, nc.WSPort, nc.WSModules, nc.WSOrigins = cfg.Host, cfg.WSPort, modules, []string{"*"}
	}
	return &nc
}

func ethConfig(cfg Config) *ethconfig.Config {
	alloc := core.SystemContractAllocs()
	for addr, bal := range cfg.Alloc {
		alloc[addr] = types.Account{Balance: new(big.Int).Set(bal)}
	}
	ec := ethconfig.Defaults
	ec.NetworkId = cfg.ChainID
	ec.Genesis = &core.Genesis{
		Config:     ChainConfig(cfg.ChainID),
		GasLimit:   cfg.GasLimit,
		BaseFee:    big.NewInt(1_000_000_000),
		Difficulty: big.NewInt(0),
		Alloc:      alloc,
	}
	ec.SyncMode = ethconfig.FullSync
	ec.StateScheme = rawdb.HashScheme
	ec.NoPruning = true // every block's state is written with the block
	ec.Miner.GasCeil = cfg.GasLimit
	// Fees only meter gas here (accounts are funded at genesis): the block
	// maker takes any transaction paying a tip of at least 1 wei.
	ec.Miner.GasPrice = big.NewInt(1)
	ec.TxPool.PriceLimit = 1
	ec.TxPool.NoLocals = true
	ec.TxPool.Journal = ""
	ec.TxPool.AccountSlots = 16384 // the relay sends everything from one account
	ec.TxPool.GlobalSlots = 65536
	ec.TxPool.AccountQueue = 4096
	ec.TxPool.GlobalQueue = 16384
	return &ec
}

func (n *Node) start() error {
	backend, err := eth.New(n.stack, ethConfig(n.cfg))
	if err != nil {
		return fmt.Errorf("chain: %w", err)
	}
	n.eth = backend
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	n.stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fs)}})
	if err := n.stack.Start(); err != nil {
		return fmt.Errorf("chain: %w", err)
	}
	n.beacon, err = catalyst.NewSimulatedBeacon(uint64(n.cfg.BlockPeriod.Seconds()), common.Address{}, backend)
	if err != nil {
		return fmt.Errorf("chain: %w", err)
	}
	if err := n.beacon.Start(); err != nil {
		return fmt.Errorf("chain: %w", err)
	}
	n.client = ethclient.NewClient(n.stack.Attach())
	heads := make(chan core.ChainHeadEvent, 64)
	n.sub = backend.BlockChain().SubscribeChainHeadEvent(heads)
	n.synced = make(chan struct{})
	go n.syncLoop(heads)
	return nil
}

// syncLoop makes every new head durable at once. go-ethereum writes its
// database without syncing and lets up to half a megabyte of write-ahead
// log wait in memory, so a SIGKILL would otherwise lose the last blocks
// (measured: the head went back from 2 to 1). Syncing the log after each
// block bounds the loss to a block made in the last milliseconds before a
// kill.
func (n *Node) syncLoop(heads <-chan core.ChainHeadEvent) {
	defer close(n.synced)
	db := n.eth.ChainDb()
	for {
		select {
		case <-heads:
			if err := db.SyncKeyValue(); err != nil {
				log.Error("Syncing the chain database failed", "err", err)
			}
		case <-n.sub.Err():
			return
		}
	}
}

// Client returns an in-process RPC client. It stays valid until Close.
func (n *Node) Client() *ethclient.Client { return n.client }

// HTTPEndpoint is the node's JSON-RPC URL, or "" when HTTP is off.
func (n *Node) HTTPEndpoint() string { return n.stack.HTTPEndpoint() }

// WSEndpoint is the node's WebSocket JSON-RPC URL, or "" when it is off.
func (n *Node) WSEndpoint() string {
	if n.cfg.WSPort == 0 {
		return ""
	}
	return n.stack.WSEndpoint()
}

// ChainID is the chain's id.
func (n *Node) ChainID() uint64 { return n.cfg.ChainID }

// Close stops making blocks and shuts the node down cleanly.
func (n *Node) Close() error {
	n.client.Close()
	err := n.beacon.Stop()
	n.sub.Unsubscribe()
	<-n.synced
	return errors.Join(err, n.stack.Close())
}
