package main

import (
	"context"
	"flag"

	"github.com/evote-org/evote/cmd/evote/internal/up"
)

// runUp runs a whole demo election in one process: see package up.
func runUp(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("up", flag.ContinueOnError)
	var cfg up.Config
	fs.StringVar(&cfg.DataDir, "datadir", "evote-data", "data directory (chain, registrar store, relay outbox, keys, codes)")
	fs.StringVar(&cfg.Listen, "listen", "127.0.0.1:8080", "HTTP address of the booth site")
	fs.StringVar(&cfg.RegistrarListen, "registrar-listen", "127.0.0.1:8082", "HTTP address of the registrar (another origin; the booth calls it from the browser)")
	fs.StringVar(&cfg.RelayListen, "relay-listen", "127.0.0.1:8081", "HTTP address of the relay (a third origin)")
	fs.StringVar(&cfg.ConsoleListen, "console-listen", "127.0.0.1:8090", "HTTP address of the commission's console (a free port if busy)")
	fs.StringVar(&cfg.MetricsListen, "metrics-listen", "127.0.0.1:9090", "private HTTP address of the registrar's and the relay's /healthz and /metrics (under /registrar/ and /relay/)")
	fs.IntVar(&cfg.RPCPort, "rpc-port", 8545, "chain JSON-RPC over HTTP port on 127.0.0.1 (0: off)")
	fs.IntVar(&cfg.Voters, "voters", 1000, "size of the sample voter roll (first start only)")
	fs.StringVar(&cfg.Wasm, "wasm", "", "the booth's WebAssembly (empty: build it from this source tree with go)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	return up.Run(ctx, cfg)
}
