package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"strings"

	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/internal/httpserver"
	"github.com/evote-org/evote/internal/progress"
	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/roll"
	"github.com/evote-org/evote/registrar/store"
	"github.com/evote-org/evote/registrar/store/pebblestore"
	"github.com/evote-org/evote/registrar/store/redisstore"
)

// runRegistrar dispatches the registrar's subcommands.
func runRegistrar(ctx context.Context, args []string) error {
	sub := map[string]func(context.Context, []string) error{
		"key":     registrarKey,
		"codes":   registrarCodes,
		"letters": registrarLetters,
		"serve":   registrarServe,
	}
	if len(args) == 0 || sub[args[0]] == nil {
		return errors.New("usage: evote registrar key|codes|letters|serve [flags]")
	}
	return sub[args[0]](ctx, args[1:])
}

// registrarKey makes (or loads) the election's registrar key and writes
// its public part for the commission to post on the contract.
func registrarKey(_ context.Context, args []string) error {
	fs := flag.NewFlagSet("registrar key", flag.ContinueOnError)
	keyPath := fs.String("key", "registrar-key.pem", "the registrar's private key file (created 0600 if missing)")
	pubPath := fs.String("public", "registrar-key.pub.der", "where to write the public key (PKIX DER) for the commission")
	if err := fs.Parse(args); err != nil {
		return err
	}
	k, err := registrar.LoadOrGenerateKey(*keyPath, slog.Default())
	if err != nil {
		return err
	}
	if err := os.WriteFile(*pubPath, k.Public().Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("public key written to %s (%d bytes); the commission posts it with setRegistrar before registration opens\n",
		*pubPath, len(k.Public().Bytes()))
	return nil
}

// registrarCodes imports a roll and generates one-time voting codes.
func registrarCodes(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("registrar codes", flag.ContinueOnError)
	rollPath := fs.String("roll", "roll.csv", "voter roll (CSV: voter_id,name[,district])")
	storeSpec := fs.String("store", "pebble:evote-data/registrar", "store: pebble:DIR or redis://host:port/db")
	district := fs.String("district", "", "only voters of this district (empty: all)")
	out := fs.String("out", "codes.csv", "where to write the codes (the only copy: evote registrar letters prints them; then destroy)")
	replace := fs.Bool("replace", false, "replace codes already in the store")
	namespace := fs.String("namespace", "evote", namespaceUsage)
	manifestPath := fs.String("manifest", "manifest.json", "the election manifest: its hash, the election id, goes into every voter's registration-log entry")
	if err := fs.Parse(args); err != nil {
		return err
	}
	manifest, err := readManifest(*manifestPath)
	if err != nil {
		return err
	}
	r, err := readRoll(*rollPath)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, *storeSpec, *namespace)
	if err != nil {
		return err
	}
	defer st.Close()
	w, err := os.OpenFile(*out, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	var voters []roll.Voter
	if *district == "" {
		voters = r.Eligible()
	} else {
		voters = r.Eligible(*district)
	}
	if err := registrar.GenerateCodes(ctx, election.ID(manifest), voters, st, w, registrar.CodeConfig{Replace: *replace, Progress: os.Stderr}); err != nil {
		w.Close()
		os.Remove(*out) // a partial file holds codes that may not work
		return err
	}
	slog.Info("voting codes generated", "voters", len(voters), "out", *out)
	return w.Close()
}

// namespaceUsage documents the --namespace flag of codes and serve, which
// must be the same for one election.
const namespaceUsage = "Redis store: prefix of this election's keys (one per election sharing a Redis; the same for codes and serve)"

// openStore opens "pebble:DIR" or a redis:// URL; namespace separates
// elections sharing a Redis.
func openStore(ctx context.Context, spec, namespace string) (store.Store, error) {
	if dir, ok := strings.CutPrefix(spec, "pebble:"); ok {
		return pebblestore.Open(dir, pebblestore.Options{})
	}
	if strings.HasPrefix(spec, "redis://") || strings.HasPrefix(spec, "rediss://") {
		return redisstore.Open(ctx, spec, redisstore.Options{Namespace: namespace})
	}
	return nil, fmt.Errorf("store %q: want pebble:DIR or redis://...", spec)
}

// serve runs an HTTP server with the project's timeouts and limits
// (internal/httpserver) until ctx ends, then shuts it down.
func serve(ctx context.Context, addr string, h http.Handler) error {
	return httpserver.ListenAndRun(ctx, httpserver.New(h, httpserver.Limits{}, nil), addr)
}

// readRoll imports the roll at path, reporting its progress on stderr.
func readRoll(path string) (*roll.Roll, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var size uint64
	if st, err := f.Stat(); err == nil {
		size = uint64(st.Size())
	}
	p := progress.New(os.Stderr, "roll bytes read", size)
	r, err := roll.Read(p.Reader(f))
	if err == nil {
		p.Done()
	}
	return r, err
}
