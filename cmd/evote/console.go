package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/web/console"
)

// commissionConsole serves the commission's web console (package
// web/console) on 127.0.0.1 by default: it holds the commission's key.
func commissionConsole(ctx context.Context, args []string) error {
	f := newCommissionFlags("console")
	from := f.fs.Uint64("from-block", 0, "with --contract: the contract's deployment block")
	dir := f.fs.String("datadir", "evote-console", "the console's directory: credential hash, state, audit log, record")
	listen := f.fs.String("listen", "127.0.0.1:8090", "HTTP(S) listen address (keep it on loopback or a commission-only network)")
	regAccount := f.fs.String("registrar", "", "the registrar's chain account, posted when the console creates an election")
	regPublic := f.fs.String("registrar-public", "registrar-key.pub.der", "the registrar's public key (PKIX DER, from evote registrar key)")
	storeSpec := f.fs.String("registrar-store", "", "the registrar's store for roll import: pebble:DIR (while the registrar is stopped) or redis://...; empty: import off")
	booth := f.fs.String("booth-url", "", "with --registrar-store: the voting booth's address, printed on the code letters (https://...)")
	behindTLS := f.fs.Bool("behind-tls", false, "reached through a TLS proxy or tunnel: cookies are Secure")
	hosts := f.fs.String("hosts", "localhost,127.0.0.1,::1", "comma-separated host names the console answers to (others get 421: no DNS rebinding)")
	fresh := f.fs.Bool("new-credential", false, "make a new access credential (the old one stops working) and print it")
	if err := f.fs.Parse(args); err != nil {
		return err
	}
	if *storeSpec != "" && *booth == "" {
		return errors.New("--booth-url is required with --registrar-store: the code letters print it")
	}
	cfg := console.Config{Dir: *dir, FromBlock: *from, Secure: *behindTLS, Hosts: strings.Split(*hosts, ","), BoothURL: *booth}
	if err := consoleRegistrar(&cfg, *regAccount, *regPublic); err != nil {
		return err
	}
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
	if *storeSpec != "" {
		st, err := openStore(ctx, *storeSpec, "")
		if err != nil {
			return err
		}
		defer st.Close()
		cfg.Roll = st
	}
	return runConsole(ctx, cfg, *fresh, *listen)
}

// consoleRegistrar reads the registrar's account and key, if given.
func consoleRegistrar(cfg *console.Config, account, public string) error {
	if account == "" {
		return nil
	}
	if !common.IsHexAddress(account) {
		return errors.New("--registrar: not an address")
	}
	key, err := os.ReadFile(public)
	if err != nil {
		return err
	}
	cfg.Registrar, cfg.RegistrarKey = common.HexToAddress(account), key
	return nil
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
