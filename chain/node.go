package chain

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"

	cmtnode "github.com/cometbft/cometbft/node"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/evote-org/evote/chain/abci"
	"github.com/prometheus/client_golang/prometheus"
)

// ErrConfig is returned for an unusable configuration.
var ErrConfig = errors.New("chain: bad configuration")

// Node is a running node: go-ethereum and CometBFT in one process.
type Node struct {
	stack    *node.Node
	eth      *eth.Ethereum
	comet    *cmtnode.Node
	cometLog cometLogger
	client   *ethclient.Client
	cfg      Config
	net      *Network
	self     *Authority
	replayed uint64
	metrics  prometheus.Gatherers // nil unless Config.Metrics
}

// Start opens (or creates) the chain in cfg.DataDir and joins consensus:
// as the validator of cfg.Network whose key is in the data directory, as
// an observer when none is, or as the one validator of a local network
// when cfg.Network is nil.
func Start(cfg Config) (*Node, error) {
	cfg.setDefaults()
	net, err := cfg.network()
	if err != nil {
		return nil, err
	}
	k, err := loadKeys(cfg.DataDir)
	if err != nil {
		return nil, err
	}
	self, err := net.authority(k)
	if err != nil {
		return nil, err
	}
	if self == nil && cfg.Network == nil {
		return nil, fmt.Errorf("%w: the validator key in %s is not the local network's", ErrConfig, cfg.DataDir)
	}
	metrics, err := metricsProvider(cfg)
	if err != nil {
		return nil, err
	}
	stack, backend, err := startGeth(cfg, net, k, self)
	if err != nil {
		return nil, err
	}
	n := &Node{stack: stack, eth: backend, cfg: cfg, net: net, self: self}
	if err := n.startComet(k, metrics); err != nil {
		stack.Close()
		return nil, err
	}
	n.client = ethclient.NewClient(stack.Attach())
	if cfg.Metrics {
		n.metrics = n.gatherMetrics()
	}
	return n, nil
}

func (c *Config) network() (*Network, error) {
	if c.DataDir == "" {
		return nil, fmt.Errorf("%w: no data directory", ErrConfig)
	}
	if c.Network == nil {
		if c.BlockPeriod%1e9 != 0 {
			return nil, fmt.Errorf("%w: block period %v is not whole seconds (EVM time is)", ErrConfig, c.BlockPeriod)
		}
		return localNetwork(*c)
	}
	if err := c.Network.Check(); err != nil {
		return nil, err
	}
	c.ChainID = c.Network.ChainID
	return c.Network, nil
}

// authority is the entry of the validator whose key k holds, or nil for
// an observer.
func (n *Network) authority(k *keys) (*Authority, error) {
	pub, err := k.validator.GetPubKey()
	if err != nil {
		return nil, fmt.Errorf("chain: %w", err)
	}
	for i, a := range n.Authorities {
		if bytes.Equal(a.ValidatorKey, pub.Bytes()) {
			return &n.Authorities[i], nil
		}
	}
	return nil, nil
}

// startComet runs CometBFT over the application, counting the blocks its
// handshake replays into go-ethereum after a crash.
func (n *Node) startComet(k *keys, metrics cmtnode.MetricsProvider) error {
	app := abci.New(n.eth, n.net.rules())
	before := n.eth.BlockChain().CurrentBlock().Number.Uint64()
	n.cometLog = newCometLogger(k.validator.LastSignState.Height)
	comet, err := newComet(n.cfg, n.net, k, n.self, app, metrics, n.cometLog)
	if err != nil {
		return err
	}
	n.replayed = n.eth.BlockChain().CurrentBlock().Number.Uint64() - before
	if err := comet.Start(); err != nil {
		return fmt.Errorf("chain: consensus: %w", err)
	}
	n.comet = comet
	slog.Info("chain: consensus started", "role", n.Role(), "head", before, "replayed_blocks", n.replayed)
	return nil
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
func (n *Node) ChainID() uint64 { return n.net.ChainID }

// Role is the authority's name, or "observer".
func (n *Node) Role() string {
	if n.self == nil {
		return "observer"
	}
	return n.self.Name
}

// Replayed is how many blocks CometBFT replayed into go-ethereum at start
// (blocks decided before a crash that go-ethereum had not kept).
func (n *Node) Replayed() uint64 { return n.replayed }

// Close stops consensus, then go-ethereum, cleanly.
func (n *Node) Close() error {
	n.client.Close()
	n.cometLog.stopping.Store(true)
	err := stopComet(n.comet)
	return errors.Join(err, n.stack.Close())
}
