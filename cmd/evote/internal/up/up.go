// Package up runs a whole demo election in one process ("evote up"): a
// single-authority chain, the registrar with an embedded store, a relay,
// five local trustees (3 of 5), the booth site with the observer page and
// the commission's console (the site, the registrar and the relay on
// three addresses, three origins, as in a real deployment), with a sample election, a sample voter roll
// and its voting codes made on first start. From the console the
// commission closes the polls, tallies and publishes; the trustees
// post their decryption shares by themselves.
//
// It is a demo: the trustees' secrets, their passphrase and every voter's
// code are kept in the data directory.
package up

import (
	"context"
	"crypto/ecdsa"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/chain"
	"github.com/evote-org/evote/crypto/blind/signer"
	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/store/pebblestore"
	"github.com/evote-org/evote/web/site"
)

// Config configures Run.
type Config struct {
	DataDir string // default "evote-data"
	Listen  string // the site's HTTP address; default 127.0.0.1:8080
	// RegistrarListen and RelayListen are the registrar's and the relay's
	// HTTP addresses, other origins than the site's; default
	// 127.0.0.1:8082 and 127.0.0.1:8081.
	RegistrarListen string
	RelayListen     string
	// ConsoleListen is the commission console's address; default
	// 127.0.0.1:8090 (a free port if it is busy).
	ConsoleListen string
	// MetricsListen serves the registrar's and the relay's health and
	// metrics (/registrar/healthz, /registrar/metrics, /relay/…), apart
	// from their APIs; default 127.0.0.1:9090.
	MetricsListen string
	RPCPort       int       // the chain's JSON-RPC port on 127.0.0.1; 0: off
	Voters        int       // the sample roll's size on first start; default 1000
	Wasm          string    // the booth's WebAssembly file; "": build it (go build, source tree)
	Out           io.Writer // where the summary goes; default os.Stdout
	Logger        *slog.Logger
}

// Trustees and Threshold are the demo's key ceremony: 3 of 5.
const (
	Trustees  = 5
	Threshold = 3
)

// State is what the first start made, kept in DataDir/up.json.
type State struct {
	Contract   common.Address `json:"contract"`
	FromBlock  uint64         `json:"fromBlock"`
	Voters     int            `json:"voters"`
	Passphrase string         `json:"trusteePassphrase"`
}

// CodesFile is the voters' codes (CSV voter_id,code) under the data dir.
const CodesFile = "DEMO-voter-codes.csv"

const stateFile = "up.json"

// accounts are the demo's chain accounts.
type accounts struct {
	commission, registrar, relay *bind.TransactOpts
	trustees                     []*bind.TransactOpts
}

func (a *accounts) all() []*bind.TransactOpts {
	return append([]*bind.TransactOpts{a.commission, a.registrar, a.relay}, a.trustees...)
}

// Run starts everything, makes the election on first start and serves
// until ctx ends, then stops everything.
func Run(ctx context.Context, cfg Config) error {
	cfg.setDefaults()
	log, dir := cfg.Logger, cfg.DataDir
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	wasm, err := loadWasm(ctx, cfg.Wasm, log)
	if err != nil {
		return err
	}
	acc, err := loadAccounts(filepath.Join(dir, "accounts"))
	if err != nil {
		return err
	}
	servers, err := listen(cfg)
	if err != nil {
		return err
	}
	defer closeListeners(servers) // at once on an error; after serve's shutdown, again, harmlessly
	node, err := startChain(cfg, acc, servers[0].url)
	if err != nil {
		return err
	}
	defer func() {
		if err := node.Close(); err != nil {
			log.Warn("closing the chain", "err", err)
		}
	}()
	regKey, err := registrar.LoadOrGenerateKey(filepath.Join(dir, "registrar-key.pem"), log)
	if err != nil {
		return err
	}
	st, first, err := loadElection(ctx, cfg, node.Client(), acc, regKey)
	if err != nil {
		return err
	}
	store, err := pebblestore.Open(filepath.Join(dir, "registrar"), pebblestore.Options{})
	if err != nil {
		return err
	}
	defer store.Close()
	rpc := ""
	if cfg.RPCPort != 0 {
		rpc = node.HTTPEndpoint()
	}
	sv, err := startServices(ctx, cfg, servers, node.Client(), rpc, acc, regKey, st, store, wasm)
	if err != nil {
		return err
	}
	if err := summary(cfg, sv, rpc, st, first); err != nil {
		log.Warn("printing the summary", "err", err)
	}
	return sv.serve(ctx, log)
}

func (cfg *Config) setDefaults() {
	if cfg.DataDir == "" {
		cfg.DataDir = "evote-data"
	}
	if cfg.Listen == "" {
		cfg.Listen = "127.0.0.1:8080"
	}
	if cfg.RegistrarListen == "" {
		cfg.RegistrarListen = "127.0.0.1:8082"
	}
	if cfg.RelayListen == "" {
		cfg.RelayListen = "127.0.0.1:8081"
	}
	if cfg.ConsoleListen == "" {
		cfg.ConsoleListen = "127.0.0.1:8090"
	}
	if cfg.MetricsListen == "" {
		cfg.MetricsListen = "127.0.0.1:9090"
	}
	if cfg.Voters <= 0 {
		cfg.Voters = 1000
	}
	if cfg.Out == nil {
		cfg.Out = os.Stdout
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
}

// startChain starts the demo's one-authority chain, funding every
// account; its JSON-RPC allows the site's origin, whose observer page
// verifies the election from it in the browser.
func startChain(cfg Config, acc *accounts, site string) (*chain.Node, error) {
	ccfg := chain.Config{DataDir: filepath.Join(cfg.DataDir, "chain"), HTTPPort: cfg.RPCPort, CORS: []string{site},
		Alloc: map[common.Address]*big.Int{}}
	funds := new(big.Int).Exp(big.NewInt(10), big.NewInt(27), nil)
	for _, o := range acc.all() {
		ccfg.Alloc[o.From] = funds
	}
	node, err := chain.Start(ccfg)
	if err != nil {
		return nil, fmt.Errorf("chain: %w", err)
	}
	return node, nil
}

// loadElection reads the election of the data directory, or sets up a
// new one (first is then true).
func loadElection(ctx context.Context, cfg Config, client ballotbox.Backend, acc *accounts, regKey *signer.Key) (st *State, first bool, err error) {
	if st, err = readState(filepath.Join(cfg.DataDir, stateFile)); err != nil || st != nil {
		if st != nil {
			cfg.Logger.Info("reusing the election of the data directory", "contract", st.Contract)
		}
		return st, false, err
	}
	if st, err = setup(ctx, cfg, client, acc, regKey); err != nil {
		return nil, false, fmt.Errorf("setting up the election: %w", err)
	}
	return st, true, nil
}

// loadWasm reads the booth's WebAssembly from path, or builds it.
func loadWasm(ctx context.Context, path string, log *slog.Logger) ([]byte, error) {
	if path != "" {
		return os.ReadFile(path)
	}
	log.Info("building the booth's WebAssembly (go build)")
	wasm, err := site.BuildWasm(ctx)
	if err != nil {
		return nil, fmt.Errorf("cannot build the booth's WebAssembly: evote up must be run from the evote source tree (go run ./cmd/evote up), or given --wasm FILE: %w", err)
	}
	return wasm, nil
}

// loadAccounts loads the demo's account keys from dir, making the missing
// ones (hex files, 0600).
func loadAccounts(dir string) (*accounts, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	load := func(name string) (*bind.TransactOpts, error) {
		path := filepath.Join(dir, name+".key")
		key, err := crypto.LoadECDSA(path)
		if errors.Is(err, os.ErrNotExist) {
			if key, err = crypto.GenerateKey(); err == nil {
				err = crypto.SaveECDSA(path, key) // 0600
			}
		}
		if err != nil {
			return nil, fmt.Errorf("account %s: %w", name, err)
		}
		return transactor(key), nil
	}
	var a accounts
	var err error
	if a.commission, err = load("commission"); err != nil {
		return nil, err
	}
	if a.registrar, err = load("registrar"); err != nil {
		return nil, err
	}
	if a.relay, err = load("relay"); err != nil {
		return nil, err
	}
	for i := range Trustees {
		o, err := load(fmt.Sprintf("trustee%d", i+1))
		if err != nil {
			return nil, err
		}
		a.trustees = append(a.trustees, o)
	}
	return &a, nil
}

func transactor(key *ecdsa.PrivateKey) *bind.TransactOpts {
	return bind.NewKeyedTransactor(key, big.NewInt(chain.DefaultChainID))
}

// readState reads the state file; nil if there is none.
func readState(path string) (*State, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var st State
	if err := json.Unmarshal(data, &st); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &st, nil
}

// writeFile writes data to path atomically, 0600.
func writeFile(path string, data []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// summary prints the URLs and a few voters' codes.
func summary(cfg Config, sv *services, rpc string, st *State, first bool) error {
	w, con := cfg.Out, sv.console
	site, reg, rel := sv.urls()
	codesPath := filepath.Join(cfg.DataDir, CodesFile)
	if first {
		fmt.Fprintln(w, "evote up: a new sample election was set up (3-of-5 key ceremony done, test decryption checked, polls open)")
	} else {
		fmt.Fprintln(w, "evote up: resuming the election of", cfg.DataDir)
	}
	if rpc == "" {
		rpc = "(off)"
	}
	fmt.Fprintf(w, "  booth:      %s/\n", site)
	fmt.Fprintf(w, "  registrar:  %s/ (another origin: the booth calls it from the browser)\n", reg)
	fmt.Fprintf(w, "  relay:      %s/ (a third origin)\n", rel)
	fmt.Fprintf(w, "  observer:   %s/observer\n", site)
	fmt.Fprintf(w, "  metrics:    %s/registrar/metrics, %s/relay/metrics (and /healthz; private: not on the public origins)\n", sv.servers[3].url, sv.servers[3].url)
	fmt.Fprintf(w, "  console:    %s (commission only)\n", con.url)
	fmt.Fprintf(w, "  console credential (new at every start, shown once): %s\n", con.cred)
	fmt.Fprintf(w, "  chain RPC:  %s\n", rpc)
	fmt.Fprintf(w, "  contract:   %s (from block %d)\n", st.Contract.Hex(), st.FromBlock)
	fmt.Fprintln(w)
	fmt.Fprintln(w, "  !!! DEMO ONLY: every voter's code, the trustees' secrets and their passphrase")
	fmt.Fprintf(w, "  !!! are stored in %s. Never run a real election this way.\n", cfg.DataDir)
	fmt.Fprintf(w, "  voter codes (all %d): %s\n", st.Voters, codesPath)
	f, err := os.Open(codesPath)
	if err != nil {
		return err
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return err
	}
	for _, row := range rows[1:min(len(rows), 11)] {
		fmt.Fprintf(w, "    %s  %s\n", row[0], row[1])
	}
	fmt.Fprintln(w, "Press Ctrl-C to stop; run again with the same --datadir to resume.")
	return nil
}
