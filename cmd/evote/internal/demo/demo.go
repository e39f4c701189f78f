// Package demo runs a scripted whole election in one process ("evote
// demo"): a single-authority chain, a 3-of-5 key ceremony with a test
// decryption, N voters registering through the registrar's HTTP API and
// casting through the relay's HTTP API on a local listener, the close,
// the trustees' decryption, the tally and its verification from the
// chain. It checks the published counts equal what it cast and reports
// the time and throughput of each stage.
//
// It is a demo and a load test: every secret is made and kept in process
// or in the data directory.
package demo

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	mrand "math/rand/v2"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/ballotbox/relay"
	"github.com/evote-org/evote/chain"
	"github.com/evote-org/evote/crypto/blind/signer"
	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/internal/httpserver"
	"github.com/evote-org/evote/internal/localtrustees"
	"github.com/evote-org/evote/internal/progress"
	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/roll"
	"github.com/evote-org/evote/registrar/store/pebblestore"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/ceremony"
	"github.com/evote-org/evote/tally/verify"
	"github.com/evote-org/evote/web/booth"
)

// Trustees and Threshold are the demo's key ceremony: 3 of 5.
const (
	Trustees  = 5
	Threshold = 3
)

// ErrMismatch is returned when the published counts differ from the
// votes the demo cast.
var ErrMismatch = errors.New("demo: the published counts differ from the votes cast")

// Config configures Run.
type Config struct {
	Voters   int       // voters on the roll, each casting once; default 100
	Options  int       // options of the one question (2 to 10); default 3
	DataDir  string    // must be new or empty; "": a temporary directory, removed after
	Workers  int       // voters in parallel; default 2 * GOMAXPROCS
	Seed     uint64    // the voters' pseudo-random choices; 0: random
	Progress io.Writer // progress bars; nil: none
	Logger   *slog.Logger
}

// Stage is one timed stage.
type Stage struct {
	Name     string
	Count    int // items done (voters, ballots, trustees...)
	Duration time.Duration
}

// Result is what Run did.
type Result struct {
	Stages  []Stage
	Cast    []uint64 // votes cast per option
	Counts  []uint64 // published counts per option
	DataDir string
	Record  string // the election record's path (gone if DataDir was temporary)
}

// Total is the time of all stages.
func (r *Result) Total() time.Duration {
	var d time.Duration
	for _, s := range r.Stages {
		d += s.Duration
	}
	return d
}

// Manifest returns the demo's election: one question of k options,
// select at most one.
func Manifest(k int) ([]byte, error) {
	if k < 2 || k > 10 {
		return nil, fmt.Errorf("demo: %d options, want 2 to 10", k)
	}
	q := election.Question{Title: election.Text{RU: "Какой вариант вы выбираете?", EN: "Which option do you choose?"}, Min: 0, Max: 1}
	for i := range k {
		q.Options = append(q.Options, election.Option{Title: election.Text{
			RU: fmt.Sprintf("Вариант %d", i+1), EN: fmt.Sprintf("Option %d", i+1)}})
	}
	m := election.Manifest{Version: election.Version,
		Title:     election.Text{RU: "Демонстрационное голосование", EN: "Demo election"},
		Questions: []election.Question{q}}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	return m.Bytes(), nil
}

type runner struct {
	cfg    Config
	ctx    context.Context
	log    *slog.Logger
	dir    string
	res    *Result
	box    *ballotbox.Client
	client ballotbox.Backend
}

// stage times f, which reports the count of items it did.
func (r *runner) stage(name string, f func() (int, error)) error {
	start := time.Now()
	n, err := f()
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	r.res.Stages = append(r.res.Stages, Stage{Name: name, Count: n, Duration: time.Since(start)})
	return nil
}

func (r *runner) progress(what string, total int) *progress.Meter {
	return progress.New(r.cfg.Progress, what, uint64(total))
}

func (r *runner) mined(tx *types.Transaction, err error) error {
	if err != nil {
		return err
	}
	_, err = r.box.WaitMined(r.ctx, tx)
	return err
}

// Transactor is a fresh chain account's transaction signer.
func Transactor() (*bind.TransactOpts, error) {
	key, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	return Keyed(key), nil
}

// Keyed is key's transaction signer on the demo's chain.
func Keyed(key *ecdsa.PrivateKey) *bind.TransactOpts {
	return bind.NewKeyedTransactor(key, big.NewInt(chain.DefaultChainID))
}

// Parallel runs f for 0..n-1 on workers goroutines, stopping at the first
// error.
func Parallel(ctx context.Context, n, workers int, p *progress.Meter, f func(i int) error) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				if err := f(i); err != nil {
					cancel(err)
					return
				}
				p.Add(1)
			}
		})
	}
	wg.Wait()
	p.Done()
	return context.Cause(ctx)
}

// Run runs the whole election and returns its stages. A count that
// differs from the votes cast is ErrMismatch (with the Result).
func Run(ctx context.Context, cfg Config) (*Result, error) {
	if cfg.Voters <= 0 {
		cfg.Voters = 100
	}
	if cfg.Options == 0 {
		cfg.Options = 3
	}
	if cfg.Workers <= 0 {
		cfg.Workers = 2 * runtime.GOMAXPROCS(0)
	}
	if cfg.Seed == 0 {
		cfg.Seed = mrand.Uint64()
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	manifest, err := Manifest(cfg.Options)
	if err != nil {
		return nil, err
	}
	dir := cfg.DataDir
	if dir == "" {
		if dir, err = os.MkdirTemp("", "evote-demo-"); err != nil {
			return nil, err
		}
		defer os.RemoveAll(dir)
	} else {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, err
		}
		if ents, err := os.ReadDir(dir); err != nil {
			return nil, err
		} else if len(ents) > 0 {
			return nil, fmt.Errorf("demo: data directory %s is not empty", dir)
		}
	}
	r := &runner{cfg: cfg, ctx: ctx, log: cfg.Logger, dir: dir,
		res: &Result{DataDir: dir, Record: filepath.Join(dir, "record.jsonl")}}
	err = r.run(manifest)
	return r.res, err
}

func (r *runner) run(manifest []byte) error {
	ctx, cfg, dir := r.ctx, r.cfg, r.dir
	n := cfg.Voters

	// Accounts, chain, registrar key, contract.
	var commission, regAcc, relayAcc *bind.TransactOpts
	trustees := make([]*ceremony.Trustee, Trustees)
	var node *chain.Node
	var from uint64
	var key *signer.Key
	if err := r.stage("setup: chain, contract, registrar key", func() (int, error) {
		var err error
		if key, err = registrar.LoadOrGenerateKey(filepath.Join(dir, "registrar-key.pem"), r.log); err != nil {
			return 0, err
		}
		ccfg := chain.Config{DataDir: filepath.Join(dir, "chain"), Alloc: map[common.Address]*big.Int{}}
		funds := new(big.Int).Exp(big.NewInt(10), big.NewInt(27), nil)
		accs := []**bind.TransactOpts{&commission, &regAcc, &relayAcc}
		for _, a := range accs {
			if *a, err = Transactor(); err != nil {
				return 0, err
			}
			ccfg.Alloc[(*a).From] = funds
		}
		var addrs []common.Address
		for i := range trustees {
			o, err := Transactor()
			if err != nil {
				return 0, err
			}
			trustees[i] = &ceremony.Trustee{Opts: o}
			ccfg.Alloc[o.From] = funds
			addrs = append(addrs, o.From)
		}
		if node, err = chain.Start(ccfg); err != nil {
			return 0, err
		}
		r.client = node.Client()
		box, tx, err := ballotbox.Deploy(commission, r.client, ballotbox.Params{
			Commission: commission.From, Manifest: manifest, Trustees: addrs, Threshold: Threshold})
		if err != nil {
			return 0, err
		}
		r.box = box
		rcpt, err := box.WaitMined(ctx, tx)
		if err != nil {
			return 0, err
		}
		from = rcpt.BlockNumber.Uint64()
		for _, t := range trustees {
			t.Box = box
		}
		return 1, nil
	}); err != nil {
		if node != nil {
			node.Close()
		}
		return err
	}
	defer func() {
		if err := node.Close(); err != nil {
			r.log.Warn("closing the chain", "err", err)
		}
	}()
	box := r.box

	// Key ceremony and test decryption.
	var secrets []*ceremony.Secret
	if err := r.stage("key ceremony (3 of 5) and test decryption", func() (int, error) {
		if err := r.mined(box.SetRegistrar(commission, regAcc.From, key.Public().Bytes())); err != nil {
			return 0, fmt.Errorf("set registrar: %w", err)
		}
		if err := r.mined(box.StartKeyCeremony(commission)); err != nil {
			return 0, fmt.Errorf("start ceremony: %w", err)
		}
		tdir := filepath.Join(dir, "trustees")
		if err := os.MkdirAll(tdir, 0o700); err != nil {
			return 0, err
		}
		var err error
		secrets, err = localtrustees.Ceremony(ctx, commission, from, trustees, Threshold, tdir, []byte("demo"), r.log)
		return Trustees, err
	}); err != nil {
		return err
	}

	// The roll and its codes.
	store, err := pebblestore.Open(filepath.Join(dir, "registrar"), pebblestore.Options{})
	if err != nil {
		return err
	}
	defer store.Close()
	ids := make([]string, n)
	codes := make([]string, n)
	if err := r.stage("voting codes", func() (int, error) {
		voters := make([]roll.Voter, n)
		for i := range voters {
			ids[i] = fmt.Sprintf("V%06d", i+1)
			voters[i] = roll.Voter{ID: ids[i], Name: fmt.Sprintf("Demo Voter %d", i+1)}
		}
		var out bytes.Buffer
		if err := registrar.GenerateCodes(ctx, election.ID(manifest), voters, store, &out, registrar.CodeConfig{Progress: r.cfg.Progress}); err != nil {
			return 0, err
		}
		rows, err := csv.NewReader(&out).ReadAll()
		if err != nil {
			return 0, err
		}
		if len(rows) != n+1 {
			return 0, fmt.Errorf("%d codes for %d voters", len(rows)-1, n)
		}
		for i, row := range rows[1:] {
			if row[0] != ids[i] {
				return 0, fmt.Errorf("codes out of order at %s", row[0])
			}
			codes[i] = row[1]
		}
		// The registrar's roll (its Run posts it too, but runs only later).
		if _, _, _, err := registrar.CommitRoll(ctx, store, &ballotbox.TokenCounter{Client: box, Opts: regAcc}); err != nil {
			return 0, err
		}
		if err := r.mined(box.OpenPolls(commission)); err != nil {
			return 0, fmt.Errorf("open polls: %w", err)
		}
		return n, nil
	}); err != nil {
		return err
	}

	// The registrar and the relay on local listeners.
	tctx, err := box.Context(ctx)
	if err != nil {
		return err
	}
	svc, err := registrar.New(registrar.Config{Context: tctx, Key: key, Store: store, Logger: r.log,
		Publisher: &ballotbox.TokenCounter{Client: box, Opts: regAcc}})
	if err != nil {
		return err
	}
	svcOpen := true
	defer func() {
		if svcOpen {
			svc.Close(context.Background())
		}
	}()
	params, err := relay.LoadParams(ctx, box, from)
	if err != nil {
		return err
	}
	rl, err := relay.Open(relay.Config{Backend: r.client, Contract: box.Address(), Params: params,
		Opts: relayAcc, Dir: filepath.Join(dir, "relay"), Logger: r.log, Limits: relay.Limits{Rate: -1}})
	if err != nil {
		return err
	}
	runCtx, stopRelay := context.WithCancel(context.Background())
	relayDone := make(chan error, 1)
	go func() { relayDone <- rl.Run(runCtx) }()
	defer func() {
		stopRelay()
		<-relayDone
		rl.Close()
	}()
	regURL, stopReg, err := Serve(svc.Handler())
	if err != nil {
		return err
	}
	defer stopReg()
	relayURL, stopRel, err := Serve(rl.Handler())
	if err != nil {
		return err
	}
	defer stopRel()

	hc := &http.Client{Timeout: time.Minute, Transport: &http.Transport{
		MaxIdleConns: 4 * cfg.Workers, MaxIdleConnsPerHost: 4 * cfg.Workers, IdleConnTimeout: time.Minute}}
	reg := &booth.Registrar{URL: regURL, ElectionID: fmt.Sprintf("0x%x", tctx.ElectionID), HTTP: hc}
	keyOnChain, err := box.RegistrarKey(ctx)
	if err != nil {
		return err
	}
	info, err := reg.Info(ctx)
	if err != nil {
		return err
	}
	el, err := booth.CheckInfo(info, tctx, keyOnChain)
	if err != nil {
		return err
	}

	// Registration: every voter's token through the registrar's API.
	creds := make([]*booth.Credential, n)
	if err := r.stage("registration (HTTP)", func() (int, error) {
		return n, Parallel(ctx, n, cfg.Workers, r.progress("registration", n), func(i int) (err error) {
			creds[i], err = el.Register(ctx, reg, ids[i], codes[i], rand.Reader)
			if err != nil {
				return fmt.Errorf("%s: %w", ids[i], err)
			}
			return nil
		})
	}); err != nil {
		return err
	}

	// Casting: every voter's ballot through the relay's API.
	k := cfg.Options
	choice := make([]int, n)
	rng := mrand.New(mrand.NewPCG(cfg.Seed, cfg.Seed^0x9e3779b97f4a7c15))
	r.res.Cast = make([]uint64, k)
	for i := range choice {
		choice[i] = rng.IntN(k)
		r.res.Cast[choice[i]]++
	}
	be := params.Election
	if err := r.stage("casting (HTTP)", func() (int, error) {
		return n, Parallel(ctx, n, cfg.Workers, r.progress("casting", n), func(i int) error {
			choices := [][]bool{make([]bool, k)}
			choices[0][choice[i]] = true
			c, _, err := creds[i].Prepare(be, choices, rand.Reader)
			if err != nil {
				return err
			}
			body, _ := json.Marshal(relay.Request{Pseudonym: fmt.Sprintf("0x%x", c.Pseudonym), Token: c.Token,
				Ballot: c.Ballot, Signature: c.Signature})
			resp, err := hc.Post(relayURL+"/v1/casts", "application/json", bytes.NewReader(body))
			if err != nil {
				return err
			}
			defer resp.Body.Close()
			var u relay.Update
			if err := json.NewDecoder(resp.Body).Decode(&u); err != nil || (u.Status != "accepted" && u.Status != "included") {
				return fmt.Errorf("%s: the relay answered %d %+v (%v)", ids[i], resp.StatusCode, u, err)
			}
			return nil
		})
	}); err != nil {
		return err
	}
	creds = nil

	// Inclusion: wait until the contract holds every ballot.
	if err := r.stage("inclusion on chain", func() (int, error) {
		p := r.progress("included", n)
		var seen uint64
		for {
			c, err := box.BallotCount(ctx)
			if err != nil {
				return 0, err
			}
			if c > seen {
				p.Add(int(c - seen))
				seen = c
			}
			if c >= uint64(n) {
				p.Done()
				return n, nil
			}
			select {
			case <-ctx.Done():
				return 0, ctx.Err()
			case <-time.After(200 * time.Millisecond):
			}
		}
	}); err != nil {
		return err
	}

	// Close: the polls, then the registrar's final token count (which
	// the result cannot be published without).
	if err := r.stage("close", func() (int, error) {
		if err := r.mined(box.ClosePolls(commission)); err != nil {
			return 0, err
		}
		svcOpen = false
		return 1, svc.Close(ctx)
	}); err != nil {
		return err
	}

	if err := r.stage("trustees' decryption (3 of 5)", func() (int, error) {
		return Threshold, localtrustees.Each(localtrustees.First(Threshold), func(i int) error { return trustees[i].Decrypt(ctx, secrets[i]) })
	}); err != nil {
		return err
	}

	var counts [][]uint64
	if err := r.stage("tally (ballots)", func() (int, error) {
		f, err := os.Create(r.res.Record)
		if err != nil {
			return 0, err
		}
		out, err := tally.Run(ctx, box, tally.Options{From: from, Record: f, Publish: commission, Progress: r.cfg.Progress,
			Log: tally.RegistrarLog(regURL, hc)})
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return 0, err
		}
		counts = out.Tally.Counts
		return n, nil
	}); err != nil {
		return err
	}

	var rep *verify.Report
	if err := r.stage("verify from chain (ballots)", func() (int, error) {
		log, err := tally.RegistrarLog(regURL, hc)(ctx, tctx.ElectionID)
		if err != nil {
			return 0, err
		}
		rep, err = verify.Chain(ctx, box, from, verify.Options{Voters: uint64(n), Progress: r.cfg.Progress, Log: log})
		if err != nil {
			return 0, err
		}
		if !rep.OK() {
			return 0, fmt.Errorf("the election does not verify: %+v", rep)
		}
		return n, nil
	}); err != nil {
		return err
	}
	if len(counts) == 1 {
		r.res.Counts = counts[0]
	}
	if len(counts) != 1 || !slices.Equal(counts[0], r.res.Cast) || len(rep.Counts) != 1 || !slices.Equal(rep.Counts[0], r.res.Cast) {
		return fmt.Errorf("%w: published %v, verified %v, cast %v", ErrMismatch, counts, rep.Counts, r.res.Cast)
	}
	return nil
}

// Serve serves h on a new local listener and returns its URL and a stop.
func Serve(h http.Handler) (string, func(), error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	srv := httpserver.New(h, httpserver.Limits{}, nil)
	go srv.Serve(ln)
	return "http://" + ln.Addr().String(), func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	}, nil
}
