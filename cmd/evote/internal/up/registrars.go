package up

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/crypto/blind/signer"
	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/store"
	"github.com/evote-org/evote/registrar/store/pebblestore"
	"github.com/evote-org/evote/tally"
)

// registrars is the demo's registrar for every election of the console
// (console.Registrar), on the one registrar origin: election 1, the
// sample, keeps its key and store (registrar-key.pem, registrar/ in the
// data directory); election n gets a fresh key and a store of its own
// (elections/N/registrar-key.pem and elections/N/registrar/), and once
// deployed a registrar.Service, served at once beside the others (the
// API's paths name the election: the router picks its service) and
// stops issuing and posts its final count when its polls close
// (registrar.Service.Run). Nothing is stopped or restarted to add
// an election or import its roll.
type registrars struct {
	dir    string // the data directory
	client ballotbox.Backend
	acc    *accounts
	origin string // the site's, for CORS
	url    string // the registrars' own origin, which serves every election's log
	log    *slog.Logger

	mu     sync.Mutex
	keys   map[int]*signer.Key
	stores map[int]store.Store
	byID   map[string]http.Handler // by election id, 0x and lower-case hex
	served []*registrar.Service
	run    func(func()) // runs background work until the demo stops
	ctx    context.Context
}

func newRegistrars(cfg Config, client ballotbox.Backend, acc *accounts, sample *signer.Key, roll store.Store) *registrars {
	return &registrars{dir: cfg.DataDir, client: client, acc: acc, log: cfg.Logger,
		keys: map[int]*signer.Key{1: sample}, stores: map[int]store.Store{1: roll}, byID: map[string]http.Handler{}}
}

func (r *registrars) Account() common.Address { return r.acc.registrar.From }

// Log reads an election's registration log from the registrars' origin
// (the path names the election).
func (r *registrars) Log(int) tally.LogSource {
	return tally.RegistrarLog(r.url, &http.Client{Timeout: 10 * time.Minute})
}

// electionDir is where election n's registrar key and store are.
func (r *registrars) electionDir(n int) string {
	return filepath.Join(r.dir, "elections", strconv.Itoa(n))
}

// key is election n's token key, made on first use.
func (r *registrars) key(n int) (*signer.Key, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if k := r.keys[n]; k != nil {
		return k, nil
	}
	if err := os.MkdirAll(r.electionDir(n), 0o700); err != nil {
		return nil, err
	}
	k, err := registrar.LoadOrGenerateKey(filepath.Join(r.electionDir(n), "registrar-key.pem"), r.log)
	if err != nil {
		return nil, err
	}
	r.keys[n] = k
	return k, nil
}

func (r *registrars) Key(_ context.Context, n int) ([]byte, error) {
	k, err := r.key(n)
	if err != nil {
		return nil, err
	}
	return k.Public().Bytes(), nil
}

func (r *registrars) Roll(_ context.Context, n int) (store.Store, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if s := r.stores[n]; s != nil {
		return s, nil
	}
	s, err := pebblestore.Open(filepath.Join(r.electionDir(n), "registrar"), pebblestore.Options{Logger: r.log})
	if err != nil {
		return nil, err
	}
	r.stores[n] = s
	return s, nil
}

// Serve starts the registrar of election n (not the sample's, which
// the demo serves itself) on the registrar's origin, unless it serves it
// already or its result is published.
func (r *registrars) Serve(ctx context.Context, n int, contract common.Address, from uint64) error {
	if n == 1 || r.run == nil {
		return nil
	}
	box := ballotbox.New(r.client, contract)
	tctx, err := box.Context(ctx)
	if err != nil {
		return err
	}
	id := fmt.Sprintf("0x%x", tctx.ElectionID)
	r.mu.Lock()
	_, serving := r.byID[id]
	r.mu.Unlock()
	if state, err := box.State(ctx); err != nil || serving || state >= ballotbox.Tallied {
		return err
	}
	k, err := r.key(n)
	if err != nil {
		return err
	}
	st, err := r.Roll(ctx, n)
	if err != nil {
		return err
	}
	svc, err := registrar.New(registrar.Config{Context: tctx, Key: k, Store: st, AllowedOrigins: []string{r.origin},
		Publisher: &ballotbox.TokenCounter{Client: box, Opts: r.acc.registrar}, Logger: r.log})
	if err != nil {
		return err
	}
	r.mu.Lock()
	r.byID[id] = svc.Handler()
	r.served = append(r.served, svc)
	r.mu.Unlock()
	r.run(func() { svc.Run(r.ctx) })
	r.run(func() { awaitElectionKey(r.ctx, svc, box, from, r.log) })
	r.log.Info("the registrar serves another election", "election", n, "contract", contract)
	return nil
}

// handler routes the registrar's API to the service of the election the
// path names; anything else goes to the sample's, which answers it
// (an unknown election: its JSON error).
func (r *registrars) handler(sample http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		rest, ok := strings.CutPrefix(req.URL.Path, "/v1/elections/")
		id, _, _ := strings.Cut(rest, "/")
		id = strings.ToLower(id)
		if !strings.HasPrefix(id, "0x") {
			id = "0x" + id
		}
		r.mu.Lock()
		h := r.byID[id]
		r.mu.Unlock()
		if !ok || h == nil {
			h = sample
		}
		h.ServeHTTP(w, req)
	})
}

// close closes the other elections' registrars (each posts the count
// its polls' state calls for: registrar.Service.Close) and stores (the
// sample's are the demo's to close).
func (r *registrars) close(ctx context.Context) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	var err error
	for _, svc := range r.served {
		err = errors.Join(err, svc.Close(ctx))
	}
	for n, s := range r.stores {
		if n != 1 {
			err = errors.Join(err, s.Close())
		}
	}
	return err
}

// awaitElectionKey serves the election key once the key ceremony has
// settled it, for the booth's cross-check.
func awaitElectionKey(ctx context.Context, svc *registrar.Service, box *ballotbox.Client, from uint64, log *slog.Logger) {
	e, err := tally.AwaitElection(ctx, box, from, trusteeEvery)
	if err == nil {
		err = svc.SetElectionKey(e.Key.Bytes())
	}
	if err != nil && ctx.Err() == nil {
		log.Warn("the registrar's election key", "err", err)
	}
}
