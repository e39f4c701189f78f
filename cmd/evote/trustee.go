package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/evote-org/evote/internal/invite"
	"github.com/evote-org/evote/tally/ceremony"
)

// trusteeFlags are the flags of a trustee's steps.
type trusteeFlags struct {
	*tallyFlags
	state  *string
	pass   *string
	every  *time.Duration
	listen *string
	invite *string
	files  *string
	wait   *time.Duration
}

func newTrusteeFlags(name string) *trusteeFlags {
	f := &trusteeFlags{tallyFlags: newTallyFlags("trustee " + name)}
	*f.key = "trustee.key"
	f.fs.Lookup("key").DefValue = "trustee.key"
	f.fs.Lookup("key").Usage = "hex secp256k1 key of the trustee's chain account"
	f.state = f.fs.String("state", "trustee.secret", "the trustee's sealed secret (created 0600 by join)")
	f.pass = f.fs.String("passphrase-file", "", "file holding the passphrase (default: $EVOTE_TRUSTEE_PASSPHRASE)")
	f.every = f.fs.Duration("every", 5*time.Second, "run: time between steps")
	f.files = f.fs.String("files", "files", "the election's files directory (mix files and mix shares, named by their SHA-256): this trustee's are written there before they are posted, the other mixers' are read from there")
	f.wait = f.fs.Duration("mix-wait", ceremony.DefaultMixWait, "mix when every qualified trustee before this one has mixed, or when this long (block time) has passed since the close or the last mix")
	f.listen = metricsListen(f.fs, "")
	f.invite = f.fs.String("invite", "", "the invitation file from the commission's console: sets --rpc (unless given), --contract and --from, and checks --key is the invited account")
	return f
}

// applyInvite reads the invitation, if any: the election's contract and
// deployment block, and its endpoint unless --rpc is given; the key must
// be the account the commission invited.
func (f *trusteeFlags) applyInvite() error {
	if *f.invite == "" {
		return nil
	}
	file, err := os.Open(*f.invite)
	if err != nil {
		return err
	}
	defer file.Close()
	inv, err := invite.Read(file)
	if err != nil {
		return fmt.Errorf("%s: %w", *f.invite, err)
	}
	key, err := crypto.LoadECDSA(*f.key)
	if err != nil {
		return fmt.Errorf("--key: %w", err)
	}
	if a := crypto.PubkeyToAddress(key.PublicKey); a != inv.Address {
		return fmt.Errorf("%s invites trustee %d (%q, account %s); --key %s is account %s", *f.invite, inv.Trustee, inv.Name, inv.Address.Hex(), *f.key, a.Hex())
	}
	rpcGiven := false
	f.fs.Visit(func(fl *flag.Flag) { rpcGiven = rpcGiven || fl.Name == "rpc" })
	if inv.RPC != "" && !rpcGiven {
		*f.rpc = inv.RPC
	}
	*f.contract, *f.from = inv.Contract.Hex(), inv.FromBlock
	slog.Info("invited", "trustee", inv.Trustee, "name", inv.Name, "contract", *f.contract, "rpc", *f.rpc)
	return nil
}

func (f *trusteeFlags) passphrase() ([]byte, error) {
	if *f.pass != "" {
		b, err := os.ReadFile(*f.pass)
		return bytes.TrimRight(b, "\r\n"), err
	}
	if p := os.Getenv("EVOTE_TRUSTEE_PASSPHRASE"); p != "" {
		return []byte(p), nil
	}
	return nil, errors.New("no passphrase: give --passphrase-file or set EVOTE_TRUSTEE_PASSPHRASE")
}

// runTrustee is a trustee's command line:
//
//	evote trustee join   make the transport key, seal it to --state, post it
//	evote trustee step   do what is due now (deal, complain, decrypt, mix ...)
//	evote trustee run    repeat step until the result is published
func runTrustee(ctx context.Context, args []string) error {
	if len(args) == 0 || (args[0] != "join" && args[0] != "step" && args[0] != "run") {
		return errors.New("usage: evote trustee join|step|run [flags]")
	}
	f := newTrusteeFlags(args[0])
	if err := f.fs.Parse(args[1:]); err != nil {
		return err
	}
	if err := f.applyInvite(); err != nil {
		return err
	}
	pass, err := f.passphrase()
	if err != nil {
		return err
	}
	box, opts, done, err := f.dial(ctx, true)
	if err != nil {
		return err
	}
	defer done()
	// On a terminal a bar; a service's stderr is its structured log,
	// where the count's progress goes as log lines.
	t := &ceremony.Trustee{Box: box, Opts: opts, From: *f.from, Files: *f.files, MixWait: *f.wait, Progress: os.Stderr}
	if args[0] == "join" {
		s, err := t.Join(ctx, *f.state, pass, ceremony.KDF{})
		if err == nil {
			fmt.Printf("trustee %d joined; secret sealed in %s\n", s.Key.Trustee, *f.state)
		}
		return err
	}
	s, err := ceremony.LoadSecret(*f.state, pass)
	if err != nil {
		return err
	}
	m := newTrusteeMetrics(*f.every)
	if args[0] == "run" {
		serveMonitor(ctx, *f.listen, m.handler())
	}
	return trusteeSteps(ctx, t, s, args[0] == "run", m)
}

// trusteeSteps runs the due step once, or until the result is out.
func trusteeSteps(ctx context.Context, t *ceremony.Trustee, s *ceremony.Secret, repeat bool, m *trusteeMetrics) error {
	for {
		did, err := t.Step(ctx, s)
		switch {
		case errors.Is(err, ceremony.ErrWaiting):
			m.done("waiting")
			slog.Info("waiting", "why", err)
		case err != nil && (!repeat || errors.Is(err, ceremony.ErrMismatch)):
			// A mismatch does not heal: the ceremony is fixed once
			// Ready. The trustee stops and says why.
			return fmt.Errorf("%s: %w", did, err)
		case err != nil:
			// The node may be restarting: the step is tried again, and a
			// trustee stays up for the whole election.
			m.failed.Inc()
			slog.Warn("trustee step failed; trying again", "did", did, "err", err)
		default:
			m.done(did)
			slog.Info("trustee step", "did", did)
		}
		if !repeat || did == "done: the result is published" {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(m.every):
		}
	}
}
