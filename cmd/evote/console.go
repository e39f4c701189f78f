package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/registrar/store"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/web/console"
)

// commissionConsole serves the commission's web console (package
// web/console) on 127.0.0.1 by default: it holds the commission's key.
func commissionConsole(ctx context.Context, args []string) error {
	f := newCommissionFlags("console")
	from := f.fs.Uint64("from-block", 0, "with --contract: the contract's deployment block")
	dir := f.fs.String("datadir", "evote-console", "the console's directory: credential hash, state, audit log, record")
	listen := f.fs.String("listen", "127.0.0.1:8090", "HTTP(S) listen address (keep it on loopback or a commission-only network)")
	regAccount := f.fs.String("registrar", "", "the registrar's chain account, posted on each election the console creates")
	regPublic := f.fs.String("registrar-public", "registrar-key.pub.der", "the registrar's public key for election 1 (PKIX DER, from evote registrar key); election N's: the same name with -N before .pub.der")
	regURL := f.fs.String("registrar-url", "http://127.0.0.1:8082", "the registrar's URL, where the tally reads each election's registration log")
	storeSpec := f.fs.String("registrar-store", "", "the registrar's stores for roll import: pebble:DIR (DIR-N for election N; held by the console while it runs) or redis://... (namespace evote, evote-N for election N); empty: import off")
	booth := f.fs.String("booth-url", "", "with --registrar-store: the voting booth's address, printed on the code letters (https://...)")
	behindTLS := f.fs.Bool("behind-tls", false, "reached through a TLS proxy or tunnel: cookies are Secure")
	hosts := f.fs.String("hosts", "localhost,127.0.0.1,::1", "comma-separated host names the console answers to (others get 421: no DNS rebinding)")
	inviteRPC := f.fs.String("invite-rpc", "", "the chain's JSON-RPC URL as the trustees reach it, written in their invitations (default: --rpc)")
	files := f.fs.String("files", "", "the mix phase's files directory, where the trustees' mix files arrive (as evote trustee --files): the console checks each mix and the tally reads them (default: DATADIR/files)")
	fresh := f.fs.Bool("new-credential", false, "make a new access credential (the old one stops working) and print it")
	if err := f.fs.Parse(args); err != nil {
		return err
	}
	if *storeSpec != "" && *booth == "" {
		return errors.New("--booth-url is required with --registrar-store: the code letters print it")
	}
	cfg := console.Config{Dir: *dir, FromBlock: *from, Secure: *behindTLS, Hosts: strings.Split(*hosts, ","), BoothURL: *booth, RPC: *inviteRPC,
		Files: *files}
	if cfg.RPC == "" {
		cfg.RPC = *f.rpc
	}
	cfg.Codes.Progress = os.Stderr // a roll import's codes, in the console's log (1.5 M voters: about 24 minutes)
	if *f.contract != "" {
		if !common.IsHexAddress(*f.contract) {
			return errors.New("--contract: not an address")
		}
		cfg.Contract = common.HexToAddress(*f.contract)
	}
	c, opts, err := f.connect(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	cfg.Backend, cfg.Commission = c, opts
	if *regAccount != "" || *storeSpec != "" {
		if *regAccount != "" && !common.IsHexAddress(*regAccount) {
			return errors.New("--registrar: not an address")
		}
		r := &fileRegistrar{account: common.HexToAddress(*regAccount), public: *regPublic, spec: *storeSpec, url: *regURL, stores: map[int]store.Store{}}
		defer r.close()
		cfg.Registrar = r
	}
	return runConsole(ctx, cfg, *fresh, *listen)
}

// fileRegistrar is the registrar of a console run on its own, for each
// of the console's elections: the public key the registrar made for it
// (election 1: --registrar-public; election N: the same name with -N
// before .pub.der, as evote registrar key --public writes it) and its
// store (--registrar-store: pebble:DIR for election 1, DIR-N for
// election N; redis://... with the namespace "evote" for election 1,
// "evote-N" for election N, as evote registrar serve --namespace
// takes it). The registrar serves each election itself (evote registrar
// serve): Serve does nothing; the tally reads the registration log from
// its URL.
type fileRegistrar struct {
	account common.Address
	public  string
	spec    string
	url     string

	mu     sync.Mutex
	stores map[int]store.Store
}

func (r *fileRegistrar) Account() common.Address { return r.account }

func (r *fileRegistrar) Log(int) tally.LogSource {
	return tally.RegistrarLog(r.url, &http.Client{Timeout: 10 * time.Minute})
}

// keyFile is the file of election n's public key.
func (r *fileRegistrar) keyFile(n int) string {
	if n == 1 {
		return r.public
	}
	return fmt.Sprintf("%s-%d.pub.der", strings.TrimSuffix(r.public, ".pub.der"), n)
}

func (r *fileRegistrar) Key(_ context.Context, n int) ([]byte, error) {
	if r.account == (common.Address{}) {
		return nil, errors.New("no registrar account: start the console with --registrar")
	}
	key, err := os.ReadFile(r.keyFile(n))
	if err != nil {
		return nil, fmt.Errorf("the registrar's public key for election %d: %w (evote registrar key --key registrar-key-%d.pem --public %s)", n, err, n, r.keyFile(n))
	}
	return key, nil
}

// Roll opens election n's store once and keeps it open.
func (r *fileRegistrar) Roll(ctx context.Context, n int) (store.Store, error) {
	if r.spec == "" {
		return nil, nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if s := r.stores[n]; s != nil {
		return s, nil
	}
	spec, namespace := r.spec, "evote"
	if n > 1 {
		namespace = fmt.Sprintf("evote-%d", n)
		if strings.HasPrefix(spec, "pebble:") {
			spec = fmt.Sprintf("%s-%d", spec, n)
		}
	}
	s, err := openStore(ctx, spec, namespace)
	if err != nil {
		return nil, err
	}
	r.stores[n] = s
	return s, nil
}

func (r *fileRegistrar) Serve(context.Context, int, common.Address, uint64) error { return nil }

func (r *fileRegistrar) close() {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, s := range r.stores {
		s.Close()
	}
}

// runConsole makes the credential when asked or missing, then serves
// until ctx ends.
func runConsole(ctx context.Context, cfg console.Config, fresh bool, listen string) error {
	con, err := console.New(cfg)
	if errors.Is(err, console.ErrNoCredential) || (err == nil && fresh) {
		if con != nil {
			con.Close()
		}
		var cred string
		if cred, err = console.NewCredential(cfg.Dir); err != nil {
			return err
		}
		fmt.Printf("console access credential (shown once, only its hash is kept): %s\n", cred)
		con, err = console.New(cfg)
	}
	if err != nil {
		return err
	}
	defer con.Close()
	slog.Info("commission console serving", "url", "http://"+listen+"/")
	return serve(ctx, listen, con.Handler())
}
