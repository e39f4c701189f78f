package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/ballotbox/relay"
	"github.com/evote-org/evote/ballotbox/validity"
)

// relayFlags are the flags of "evote relay".
type relayFlags struct {
	rpc, contract, key, outbox, listen, origins string
	metrics                                     *string
	maxDelay, batch                             time.Duration
	fromBlock, confirmations, feeCap, tip       uint64
}

func (f *relayFlags) parse(args []string) error {
	fs := flag.NewFlagSet("relay", flag.ContinueOnError)
	fs.StringVar(&f.rpc, "rpc", "http://127.0.0.1:8545", "JSON-RPC URL of a chain node")
	fs.StringVar(&f.contract, "contract", "", "address of the election's ballot box (required)")
	fs.StringVar(&f.key, "key", "", "file holding the relay account's secp256k1 private key in hex (required)")
	fs.StringVar(&f.outbox, "outbox", "evote-data/relay", "outbox directory (durable; one relay per directory)")
	fs.StringVar(&f.listen, "listen", "127.0.0.1:8081", "HTTP address of the booth API")
	f.metrics = metricsListen(fs, "127.0.0.1:9081")
	fs.StringVar(&f.origins, "allowed-origins", "", "comma-separated booth origins allowed from browsers (\"*\": any)")
	fs.DurationVar(&f.maxDelay, "max-delay", relay.DefaultMaxDelay, "longest random delay before a cast is sent, to decorrelate timing (0: off)")
	fs.DurationVar(&f.batch, "batch-interval", relay.DefaultBatchInterval, "send due casts together, shuffled, once per interval (0: off, each cast as it comes due)")
	fs.Uint64Var(&f.fromBlock, "from-block", 0, "block of the contract's creation (where events are read from)")
	fs.Uint64Var(&f.confirmations, "confirmations", 0, "blocks after a cast's block before it is reported included (0: the project's chain is final at once)")
	fs.Uint64Var(&f.feeCap, "fee-cap-gwei", 100, "max fee per gas, in gwei")
	fs.Uint64Var(&f.tip, "tip-gwei", 1, "priority fee per gas, in gwei")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if !common.IsHexAddress(f.contract) || f.key == "" {
		return errors.New("-contract (an address) and -key are required")
	}
	return nil
}

func runRelay(ctx context.Context, args []string) error {
	var f relayFlags
	if err := f.parse(args); err != nil {
		return err
	}
	client, opts, err := dialRelay(ctx, f)
	if err != nil {
		return err
	}
	defer client.Close()
	box := ballotbox.New(client, common.HexToAddress(f.contract))
	params, err := awaitParams(ctx, box, f.fromBlock)
	if err != nil {
		return err
	}
	r, err := relay.Open(relayConfig(f, client, params, opts))
	if err != nil {
		return err
	}
	serveMonitor(ctx, *f.metrics, r.MonitorHandler())
	return serveRelay(ctx, r, f.listen)
}

// dialRelay connects to the node and loads the relay's account.
func dialRelay(ctx context.Context, f relayFlags) (*ethclient.Client, *bind.TransactOpts, error) {
	key, err := crypto.LoadECDSA(f.key)
	if err != nil {
		return nil, nil, fmt.Errorf("relay key: %w", err)
	}
	client, err := ballotbox.Dial(ctx, f.rpc)
	if err != nil {
		return nil, nil, err
	}
	chainID, err := client.ChainID(ctx)
	if err != nil {
		client.Close()
		return nil, nil, fmt.Errorf("chain id from %s: %w", f.rpc, err)
	}
	opts := bind.NewKeyedTransactor(key, chainID)
	balance, err := client.BalanceAt(ctx, opts.From, nil)
	slog.Info("relay account", "address", opts.From, "balance_wei", balance, "err", err, "chain_id", chainID)
	return client, opts, nil
}

// awaitParams loads the election's parameters, waiting for the polls to
// open.
func awaitParams(ctx context.Context, box *ballotbox.Client, from uint64) (*validity.Params, error) {
	for {
		p, err := relay.LoadParams(ctx, box, from)
		if err == nil {
			slog.Info("election loaded", "election_id", common.Hash(p.Election.Context.ElectionID), "open_block", p.OpenBlock, "close_block", p.CloseBlock)
			return p, nil
		}
		switch {
		case errors.Is(err, relay.ErrElectionKey):
			return nil, err // the ceremony does not change after Ready: refuse, do not retry
		case !errors.Is(err, relay.ErrNotOpened):
			slog.Warn("cannot load the election yet", "err", err)
		default:
			slog.Info("waiting for the polls to open")
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
}

// orOff is a duration flag as a relay.Config field: 0 (or less) is Off.
func orOff(d time.Duration) time.Duration {
	if d <= 0 {
		return relay.Off
	}
	return d
}

func relayConfig(f relayFlags, client *ethclient.Client, p *validity.Params, opts *bind.TransactOpts) relay.Config {
	gwei := func(v uint64) *big.Int { return new(big.Int).Mul(new(big.Int).SetUint64(v), big.NewInt(1e9)) }
	cfg := relay.Config{
		Backend:       client,
		Contract:      common.HexToAddress(f.contract),
		Params:        p,
		Opts:          opts,
		Dir:           f.outbox,
		Confirmations: f.confirmations,
		GasFeeCap:     gwei(f.feeCap),
		GasTipCap:     gwei(f.tip),
		MaxDelay:      orOff(f.maxDelay),
		BatchInterval: orOff(f.batch),
		Logger:        slog.Default(),
	}
	if f.origins != "" {
		cfg.AllowedOrigins = strings.Split(f.origins, ",")
	}
	return cfg
}

// serveRelay runs the relay and its HTTP server until ctx ends, then
// stops the server, the relay and its outbox, in that order.
func serveRelay(ctx context.Context, r *relay.Relay, addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		r.Close()
		return err
	}
	srv := r.Server(addr)
	runCtx, stop := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() { r.Run(runCtx) })
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	slog.Info("relay listening", "addr", ln.Addr().String())
	select {
	case <-ctx.Done():
	case err = <-served:
	}
	slog.Info("stopping the relay")
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	srv.Shutdown(shutdown)
	stop()
	wg.Wait()
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return errors.Join(err, r.Close())
}
