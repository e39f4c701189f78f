package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/evote-org/evote/internal/monitor"
	"github.com/evote-org/evote/tally/ceremony"
)

// trusteeFlags are the flags of a trustee's steps.
type trusteeFlags struct {
	*tallyFlags
	state  *string
	pass   *string
	every  *time.Duration
	listen *string
}

func newTrusteeFlags(name string) *trusteeFlags {
	f := &trusteeFlags{tallyFlags: newTallyFlags("trustee " + name)}
	*f.key = "trustee.key"
	f.fs.Lookup("key").DefValue = "trustee.key"
	f.fs.Lookup("key").Usage = "hex secp256k1 key of the trustee's chain account"
	f.state = f.fs.String("state", "trustee.secret", "the trustee's sealed secret (created 0600 by join)")
	f.pass = f.fs.String("passphrase-file", "", "file holding the passphrase (default: $EVOTE_TRUSTEE_PASSPHRASE)")
	f.every = f.fs.Duration("every", 5*time.Second, "run: time between steps")
	f.listen = metricsListen(f.fs, "")
	return f
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
//	evote trustee step   do what is due now (deal, complain, decrypt ...)
//	evote trustee run    repeat step until the result is published
func runTrustee(ctx context.Context, args []string) error {
	if len(args) == 0 || (args[0] != "join" && args[0] != "step" && args[0] != "run") {
		return errors.New("usage: evote trustee join|step|run [flags]")
	}
	f := newTrusteeFlags(args[0])
	if err := f.fs.Parse(args[1:]); err != nil {
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
	t := &ceremony.Trustee{Box: box, Opts: opts, From: *f.from}
	if args[0] != "run" { // a service's stderr is its structured log
		t.Progress = os.Stderr
	}
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
	m := &trusteeMetrics{every: *f.every}
	if args[0] == "run" {
		serveMonitor(ctx, *f.listen, monitor.Handler(m.health, m.write))
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
			m.failed.Add(1)
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
