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
	"github.com/evote-org/evote/ballotbox/chain"
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

func runNode(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("node", flag.ContinueOnError)
	var cfg chain.Config
	var fund addressList
	fs.StringVar(&cfg.DataDir, "datadir", "evote-data/chain", "chain data directory")
	fs.Uint64Var(&cfg.ChainID, "chain-id", chain.DefaultChainID, "chain id (fixed at genesis)")
	fs.DurationVar(&cfg.BlockPeriod, "block-period", chain.DefaultBlockPeriod, "time between blocks (whole seconds)")
	fs.Uint64Var(&cfg.GasLimit, "gas-limit", chain.DefaultGasLimit, "block gas limit (fixed at genesis)")
	fs.StringVar(&cfg.Host, "host", "127.0.0.1", "interface for JSON-RPC")
	fs.IntVar(&cfg.HTTPPort, "http-port", 8545, "JSON-RPC over HTTP port (0: off)")
	fs.IntVar(&cfg.WSPort, "ws-port", 8546, "JSON-RPC over WebSocket port (0: off)")
	fs.Var(&fund, "fund", "address funded at genesis (repeatable, comma-separated)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg.Alloc = make(map[common.Address]*big.Int, len(fund))
	for _, a := range fund {
		cfg.Alloc[a] = defaultFunds
	}
	n, err := chain.Start(cfg)
	if err != nil {
		return err
	}
	slog.Info("chain node running", "chain_id", n.ChainID(), "http", n.HTTPEndpoint(), "ws", n.WSEndpoint(), "datadir", cfg.DataDir)
	<-ctx.Done()
	slog.Info("stopping chain node")
	done := make(chan error, 1)
	go func() { done <- n.Close() }()
	select {
	case err := <-done:
		return err
	case <-time.After(30 * time.Second):
		return fmt.Errorf("node did not stop within 30 s")
	}
}
