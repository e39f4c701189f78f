package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/chain"
)

// defaultFunds is what each --fund account gets at genesis: enough gas for
// any election (fees only meter gas on this chain).
var defaultFunds = new(big.Int).Exp(big.NewInt(10), big.NewInt(27), nil)

// addressList is a repeatable flag of Ethereum addresses.
type addressList []common.Address

func (l *addressList) String() string { return fmt.Sprint([]common.Address(*l)) }

func (l *addressList) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		if !common.IsHexAddress(s) {
			return fmt.Errorf("%q is not an address", s)
		}
		*l = append(*l, common.HexToAddress(s))
	}
	return nil
}

// alloc funds each address with defaultFunds.
func (l addressList) alloc() map[common.Address]*big.Int {
	m := make(map[common.Address]*big.Int, len(l))
	for _, a := range l {
		m[a] = defaultFunds
	}
	return m
}

func runNode(ctx context.Context, args []string) error {
	if len(args) > 0 {
		switch args[0] {
		case "init":
			return runNodeInit(args[1:])
		case "key":
			return runNodeKey(args[1:])
		}
	}
	fs := flag.NewFlagSet("node", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: evote node [flags]            run a chain node (one validator alone, or --network)")
		fmt.Fprintln(fs.Output(), "       evote node init [flags]       make a network configuration (and keys) for N authorities")
		fmt.Fprintln(fs.Output(), "       evote node key [flags]        make an authority's keys and print its entry")
		fs.PrintDefaults()
	}
	var cfg chain.Config
	var fund addressList
	var network, metrics string
	fs.StringVar(&cfg.DataDir, "datadir", "evote-data/chain", "chain data directory")
	fs.Uint64Var(&cfg.ChainID, "chain-id", chain.DefaultChainID, "chain id (fixed at genesis; without --network)")
	fs.DurationVar(&cfg.BlockPeriod, "block-period", chain.DefaultBlockPeriod, "time between blocks (whole seconds; without --network)")
	fs.Uint64Var(&cfg.GasLimit, "gas-limit", chain.DefaultGasLimit, "block gas limit (fixed at genesis; without --network)")
	fs.StringVar(&cfg.Host, "host", "127.0.0.1", "interface for JSON-RPC")
	fs.IntVar(&cfg.HTTPPort, "http-port", 8545, "JSON-RPC over HTTP port (0: off)")
	fs.IntVar(&cfg.WSPort, "ws-port", 8546, "JSON-RPC over WebSocket port (0: off)")
	fs.Var((*stringList)(&cfg.CORS), "http-cors", "web origins whose pages may call the HTTP JSON-RPC from a browser (repeatable, comma-separated; * for any): the observer page's verifier (default none)")
	fs.Var((*stringList)(&cfg.VirtualHosts), "http-vhosts", "host names the HTTP JSON-RPC answers to (repeatable, comma-separated; * for any; default localhost; IP addresses always)")
	fs.Var(&fund, "fund", "address funded at genesis (repeatable, comma-separated; without --network)")
	fs.StringVar(&network, "network", "", "network configuration file (from evote node init); the node is the authority whose key is in --datadir, or an observer")
	fs.StringVar(&cfg.ConsensusAddr, "consensus-addr", "127.0.0.1:0", "observer: where CometBFT listens (host:port)")
	fs.StringVar(&cfg.PeerAddr, "peer-addr", "127.0.0.1:0", "observer: where go-ethereum's devp2p listens (host:port)")
	fs.StringVar(&metrics, "metrics-listen", "", "private HTTP address of /healthz and the Prometheus /metrics of CometBFT, go-ethereum and the process (empty: off)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg.Alloc = fund.alloc()
	if network != "" {
		n, err := chain.LoadNetwork(network)
		if err != nil {
			return err
		}
		cfg.Network = n
	}
	return serveNode(ctx, cfg, metrics)
}

func serveNode(ctx context.Context, cfg chain.Config, metrics string) error {
	cfg.Metrics = metrics != ""
	n, err := chain.Start(cfg)
	if err != nil {
		return err
	}
	slog.Info("chain node running", "role", n.Role(), "chain_id", n.ChainID(), "http", n.HTTPEndpoint(), "ws", n.WSEndpoint(), "datadir", cfg.DataDir, "replayed_blocks", n.Replayed())
	stopMetrics, err := serveMetrics(metrics, n)
	if err != nil {
		n.Close()
		return err
	}
	<-ctx.Done()
	slog.Info("stopping chain node")
	stopMetrics()
	done := make(chan error, 1)
	go func() { done <- n.Close() }()
	select {
	case err := <-done:
		return err
	case <-time.After(30 * time.Second):
		return fmt.Errorf("node did not stop within 30 s")
	}
}
