package chain

import (
	"fmt"
	"math/big"
	"net"
	"strconv"

	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/p2p/enode"
	"github.com/ethereum/go-ethereum/rpc"
)

// startGeth starts go-ethereum with its RPC servers and, on a network of
// more than one node, its devp2p server connected to every authority's
// go-ethereum, which is how transactions sent to any node reach every
// proposer's pool (go-ethereum gossips no blocks after the merge: blocks
// travel through CometBFT).
func startGeth(cfg Config, n *Network, k *keys, self *Authority) (*node.Node, *eth.Ethereum, error) {
	nc, err := nodeConfig(cfg, n, k, self)
	if err != nil {
		return nil, nil, err
	}
	stack, err := node.New(nc)
	if err != nil {
		return nil, nil, fmt.Errorf("chain: %w", err)
	}
	backend, err := eth.New(stack, ethConfig(n))
	if err != nil {
		stack.Close()
		return nil, nil, fmt.Errorf("chain: %w", err)
	}
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fs)}})
	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, nil, fmt.Errorf("chain: %w", err)
	}
	// Blocks arrive through consensus, never through go-ethereum's sync,
	// so the pool takes gossiped transactions from the start.
	backend.SetSynced()
	return stack, backend, nil
}

func nodeConfig(cfg Config, n *Network, k *keys, self *Authority) (*node.Config, error) {
	nc := node.DefaultConfig
	nc.Name = gethName
	nc.DataDir = cfg.DataDir
	nc.P2P = p2p.Config{PrivateKey: k.peer, NoDiscovery: true, MaxPeers: 0}
	if cfg.Network != nil {
		listen, err := peerListen(cfg, self)
		if err != nil {
			return nil, err
		}
		nc.P2P.ListenAddr, nc.P2P.MaxPeers = listen, 64
		for _, a := range n.Authorities {
			if self != nil && a.Name == self.Name {
				continue
			}
			en, err := enode.ParseV4(a.Peer)
			if err != nil {
				return nil, fmt.Errorf("%w: authority %s: %v", ErrNetwork, a.Name, err)
			}
			nc.P2P.StaticNodes = append(nc.P2P.StaticNodes, en)
			nc.P2P.TrustedNodes = append(nc.P2P.TrustedNodes, en)
		}
	}
	nc.HTTPHost, nc.HTTPPort, nc.WSHost, nc.WSPort = "", 0, "", 0
	modules := []string{"eth", "net", "web3"}
	if cfg.HTTPPort != 0 {
		nc.HTTPHost, nc.HTTPPort, nc.HTTPModules, nc.HTTPCors = cfg.Host, cfg.HTTPPort, modules, cfg.CORS
		if cfg.VirtualHosts != nil {
			nc.HTTPVirtualHosts = cfg.VirtualHosts
		}
	}
	if cfg.WSPort != 0 {
		nc.WSHost, nc.WSPort, nc.WSModules, nc.WSOrigins = cfg.Host, cfg.WSPort, modules, []string{"*"}
	}
	return &nc, nil
}

// peerListen is where go-ethereum's devp2p listens: an authority's own
// entry, or Config.PeerAddr for an observer.
func peerListen(cfg Config, self *Authority) (string, error) {
	if self == nil {
		return cfg.PeerAddr, nil
	}
	en, err := enode.ParseV4(self.Peer)
	if err != nil {
		return "", fmt.Errorf("%w: authority %s: %v", ErrNetwork, self.Name, err)
	}
	return net.JoinHostPort(en.IP().String(), strconv.Itoa(en.TCP())), nil
}

func ethConfig(n *Network) *ethconfig.Config {
	ec := ethconfig.Defaults
	ec.NetworkId = n.ChainID
	ec.Genesis = n.ethGenesis()
	ec.SyncMode = ethconfig.FullSync
	// Durability: the hash-based state scheme without pruning (an archive
	// node) writes every block's state with the block, and Commit syncs
	// the database, so a killed node restarts at its last committed block.
	ec.StateScheme = rawdb.HashScheme
	ec.NoPruning = true
	ec.Miner.GasCeil = n.GasLimit
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
