package main

import (
	"context"
	"errors"
	"flag"
	"log/slog"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/web/site"
)

// runSite serves the voter booth for one election: the pages, the
// WebAssembly booth and a read-only API of the chain. The registrar and
// the relay are other origins, run by other organisations: the booth
// calls them from the voter's browser at --registrar and --relay, which
// must allow this site's origin (--allowed-origins of each), and the
// site sees no registration and no cast.
func runSite(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("site", flag.ContinueOnError)
	rpc := fs.String("rpc", "http://127.0.0.1:8545", "chain node JSON-RPC")
	contract := fs.String("contract", "", "the election's ballot-box contract address")
	from := fs.Uint64("from-block", 0, "the contract's deployment block (0: search from genesis)")
	registrarURL := fs.String("registrar", "http://127.0.0.1:8082", "the registrar's public URL, which the booth calls from the browser (another origin)")
	relayURL := fs.String("relay", "http://127.0.0.1:8081", "the relay's public URL, which the booth calls from the browser (another origin)")
	wasmPath := fs.String("wasm", "", "the booth's WebAssembly (empty: build it from this source tree with go)")
	listen := fs.String("listen", "127.0.0.1:8080", "HTTP listen address")
	metrics := metricsListen(fs, "127.0.0.1:9080")
	voters := fs.Uint64("voters", 0, "voters on the roll, shown to observers; the site's verification checks that the roll the registrar committed to has as many (0: unknown)")
	record := fs.String("record", "", "the election record file to offer at /record after the tally")
	files := fs.String("files", "", "the mix phase's files directory (as evote tally --files): the site's verification of ranked and graded counts reads it, and /record/files/NAME serves its files")
	nodeURL := fs.String("public-rpc", "", "a chain node's public JSON-RPC URL that the observer page offers for verifying in the browser (it must allow this site's origin: evote node --http-cors)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if !common.IsHexAddress(*contract) {
		return errors.New("--contract: an address is required")
	}
	wasm, err := loadWasm(ctx, *wasmPath)
	if err != nil {
		return err
	}
	c, err := ethclient.DialContext(ctx, *rpc)
	if err != nil {
		return err
	}
	defer c.Close()
	s, err := site.New(site.Config{Box: ballotbox.New(c, common.HexToAddress(*contract)), FromBlock: *from,
		Wasm: wasm, RegistrarURL: *registrarURL, RelayURL: *relayURL, Voters: *voters, RecordPath: *record, NodeURL: *nodeURL, Files: *files})
	if err != nil {
		return err
	}
	slog.Info("booth site serving", "listen", *listen, "contract", *contract, "registrar", *registrarURL, "relay", *relayURL)
	public, mon := siteHandlers(s.Handler(), c)
	serveMonitor(ctx, *metrics, mon)
	return serve(ctx, *listen, public)
}

func loadWasm(ctx context.Context, path string) ([]byte, error) {
	if path != "" {
		return os.ReadFile(path)
	}
	slog.Info("building the booth's WebAssembly from source")
	return site.BuildWasm(ctx)
}
