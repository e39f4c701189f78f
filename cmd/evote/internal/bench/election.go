package bench

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/csv"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/ballotbox/relay"
	"github.com/evote-org/evote/ballotbox/validity"
	"github.com/evote-org/evote/cmd/evote/internal/demo"
	"github.com/evote-org/evote/crypto/ballot"
	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/code"
	"github.com/evote-org/evote/registrar/reglog"
	"github.com/evote-org/evote/registrar/roll"
	"github.com/evote-org/evote/registrar/store"
	"github.com/evote-org/evote/registrar/store/pebblestore"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/web/booth"
)

// voters is the voters' side of a run: the file of the bulk (every voter
// but the sample) and the sample's codes.
type voters struct {
	path   string
	header []byte
	bulk   int
	ballot *ballot.Election
	ids    []string // the sample's voter ids
	codes  []string // and voting codes
}

// votersFile opens the voters file of the election and makes the voters
// it still lacks.
func (r *runner) votersFile() (*voters, error) {
	e, err := tally.VerifiedElection(r.ctx, r.el.box, r.el.from)
	if err != nil {
		return nil, err
	}
	v := &voters{ballot: e.Manifest.Ballot(e.Context, e.Key), bulk: r.cfg.Voters - r.cfg.Sample,
		path: filepath.Join(r.cfg.Dir, fmt.Sprintf("voters-%d.bin", r.cfg.Options))}
	v.header = fileHeader(v.ballot, r.el.key.Public(), r.cfg.Options)
	f, have, err := openVoters(v.path, v.header)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m := &Maker{Registrar: r.el.key, Election: v.ballot, Options: r.cfg.Options}
	r.res.Generated = max(v.bulk-have, 0)
	return v, r.stage("voters' side made ahead (new in the file)", func() (int, error) {
		return r.res.Generated, Generate(r.ctx, f, have, v.bulk, runtime.GOMAXPROCS(0), m, r.progress("voters made", r.res.Generated))
	})
}

// vote runs the election from the roll to the verification.
func (r *runner) vote(v *voters) error {
	st, err := pebblestore.Open(filepath.Join(r.run, "registrar"), pebblestore.Options{Logger: r.log})
	if err != nil {
		return err
	}
	defer st.Close()
	if err := r.stage("roll: sample's codes, bulk credentials; open", func() (int, error) { return r.roll(v, st) }); err != nil {
		return err
	}
	if err := r.stage("registrar store: the file's issuances", func() (int, error) { return r.issuances(v, st) }); err != nil {
		return err
	}
	s, err := r.services(st)
	if err != nil {
		return err
	}
	defer s.stop()
	f := r.follow()
	defer func() { f.stop(); f.wg.Wait() }()
	if err := r.voting(v, s); err != nil {
		return err
	}
	return r.count(s, f)
}

// roll stores the roll: the sample with real voting codes (kept for
// their registration), the bulk with credentials no code opens and
// leaves nobody knows; then commits it on chain and opens the polls.
func (r *runner) roll(v *voters, st store.Store) (int, error) {
	e := &r.el
	sample := make([]roll.Voter, r.cfg.Sample)
	for i := range sample {
		v.ids = append(v.ids, fmt.Sprintf("S%07d", i+1))
		sample[i] = roll.Voter{ID: v.ids[i], Name: fmt.Sprintf("Sample Voter %d", i+1)}
	}
	var out bytes.Buffer
	if err := registrar.GenerateCodes(r.ctx, v.ballot.Context.ElectionID, sample, st, &out, registrar.CodeConfig{}); err != nil {
		return 0, err
	}
	rows, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		return 0, err
	}
	for _, row := range rows[1:] {
		v.codes = append(v.codes, row[1])
	}
	c, err := code.New(rand.Reader)
	if err != nil {
		return 0, err
	}
	secret, err := code.Hash(c, code.DefaultParams, rand.Reader) // of a code nobody keeps
	if err != nil {
		return 0, err
	}
	for start := 0; start < v.bulk; start += 10_000 {
		creds := make([]store.Credential, min(10_000, v.bulk-start))
		for i := range creds {
			var leaf [reglog.LeafSize]byte
			rand.Read(leaf[:])
			entry, err := reglog.Entry(leaf, "")
			if err != nil {
				return 0, err
			}
			creds[i] = store.Credential{VoterID: bulkID(start + i), Secret: secret, Entry: entry}
		}
		if err := st.PutCredentials(r.ctx, creds); err != nil {
			return 0, err
		}
	}
	if _, _, _, err := registrar.CommitRoll(r.ctx, st, &ballotbox.TokenCounter{Client: e.box, Opts: e.regAcc}); err != nil {
		return 0, err
	}
	return r.cfg.Voters, r.mined(e.box.OpenPolls(e.commission))
}

func bulkID(i int) string { return fmt.Sprintf("B%07d", i+1) }

// issuances records the file's tokens in the registrar's store as its
// service does for each (the claim of the blinded message, then the
// signature, which numbers it and logs the voter's entry).
func (r *runner) issuances(v *voters, st store.Store) (int, error) {
	ctx, cancel := context.WithCancelCause(r.ctx)
	defer cancel(nil)
	ch := make(chan *Voter, 256)
	p := r.progress("issuances", v.bulk)
	var wg sync.WaitGroup
	for range 16 {
		wg.Go(func() {
			for vt := range ch {
				id := bulkID(int(vt.Index))
				if _, err := st.Claim(ctx, id, vt.BlindHash); err != nil {
					cancel(err)
				} else if in, err := st.Complete(ctx, id, vt.BlindHash, vt.BlindSig); err != nil || !in.Done() {
					cancel(fmt.Errorf("voter %s: %v", id, err))
				}
				p.Add(1)
			}
		})
	}
	for vt, err := range ReadVoters(v.path, v.header, v.bulk) {
		if err != nil {
			cancel(err)
		}
		if ctx.Err() != nil {
			break
		}
		ch <- vt
	}
	close(ch)
	wg.Wait()
	p.Done()
	return v.bulk, context.Cause(ctx)
}

// services are the registrar and the relays on local listeners.
type services struct {
	regURL  string
	relays  []string
	hc      *http.Client
	reg     *registrar.Service
	booth   *booth.Election
	breg    *booth.Registrar
	regOpen bool
	stops   []func()
}

func (s *services) stop() {
	if s.regOpen {
		s.reg.Close(context.Background())
	}
	for i := len(s.stops) - 1; i >= 0; i-- {
		s.stops[i]()
	}
}

// services starts the registrar's service and the relays, each relay
// with its own account and outbox, talking to the chain over JSON-RPC.
func (r *runner) services(st store.Store) (s *services, err error) {
	e := &r.el
	s = &services{hc: &http.Client{Timeout: time.Minute, Transport: &http.Transport{
		MaxIdleConns: 4 * r.cfg.Workers, MaxIdleConnsPerHost: 4 * r.cfg.Workers, IdleConnTimeout: time.Minute}}}
	defer func() {
		if err != nil {
			s.stop()
		}
	}()
	tctx, err := e.box.Context(r.ctx)
	if err != nil {
		return s, err
	}
	if s.reg, err = registrar.New(registrar.Config{Context: tctx, Key: e.key, Store: st, Logger: r.log,
		Publisher: &ballotbox.TokenCounter{Client: e.box, Opts: e.regAcc}}); err != nil {
		return s, err
	}
	s.regOpen = true
	url, stop, err := demo.Serve(s.reg.Handler())
	if err != nil {
		return s, err
	}
	s.regURL, s.stops = url, append(s.stops, stop)
	params, err := relay.LoadParams(r.ctx, e.box, e.from)
	if err != nil {
		return s, err
	}
	for i, acc := range e.relays {
		if err := r.startRelay(s, params, acc, i); err != nil {
			return s, err
		}
	}
	s.breg = &booth.Registrar{URL: s.regURL, ElectionID: fmt.Sprintf("0x%x", tctx.ElectionID), HTTP: s.hc}
	keyOnChain, err := e.box.RegistrarKey(r.ctx)
	if err != nil {
		return s, err
	}
	info, err := s.breg.Info(r.ctx)
	if err != nil {
		return s, err
	}
	s.booth, err = booth.CheckInfo(info, tctx, keyOnChain)
	return s, err
}

// startRelay opens relay i, runs it and serves its API.
func (r *runner) startRelay(s *services, params *validity.Params, acc *bind.TransactOpts, i int) error {
	backend, err := ballotbox.Dial(r.ctx, r.el.node.HTTPEndpoint())
	if err != nil {
		return err
	}
	rl, err := relay.Open(relay.Config{Backend: backend, Contract: r.el.box.Address(), Params: params, Opts: acc,
		Dir: filepath.Join(r.run, fmt.Sprintf("relay%d", i+1)), Logger: r.log, Limits: relay.Limits{Rate: -1},
		MaxDelay: r.cfg.MaxDelay})
	if err != nil {
		backend.Close()
		return err
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- rl.Run(ctx) }()
	s.stops = append(s.stops, func() {
		cancel()
		<-done
		rl.Close()
		backend.Close()
	})
	url, stop, err := demo.Serve(rl.Handler())
	if err != nil {
		return err
	}
	s.relays, s.stops = append(s.relays, url), append(s.stops, stop)
	return nil
}

// voting: the sample registers over HTTP, every voter casts through the
// relays, and the chain includes every cast, its count sampled.
func (r *runner) voting(v *voters, s *services) error {
	creds := make([]*booth.Credential, r.cfg.Sample)
	if err := r.stage("sample: registration (HTTP)", func() (int, error) {
		return r.cfg.Sample, demo.Parallel(r.ctx, r.cfg.Sample, 2*runtime.GOMAXPROCS(0), r.progress("registration", r.cfg.Sample),
			func(i int) (err error) {
				creds[i], err = s.booth.Register(r.ctx, s.breg, v.ids[i], v.codes[i], rand.Reader)
				return err
			})
	}); err != nil {
		return err
	}
	r.res.Cast = make([]uint64, r.cfg.Options)
	for i := range r.cfg.Voters {
		if c := Choice(i, r.cfg.Options); int(c) < r.cfg.Options {
			r.res.Cast[c]++
		}
	}
	ingest, err := os.Create(filepath.Join(r.run, "ingest.csv"))
	if err != nil {
		return err
	}
	defer ingest.Close()
	r.chainBefore = diskBytes(filepath.Join(r.run, "chain"))
	smp := sample(r.ctx, ingest, time.Second, r.el.box.BallotCount)
	defer smp.Stop()
	if err := r.stage(fmt.Sprintf("casting through %d relays (HTTP)", len(s.relays)), func() (int, error) {
		return r.cfg.Voters, r.cast(v, s, creds)
	}); err != nil {
		return err
	}
	return r.stage("inclusion on chain (after the last cast)", r.included)
}

// included waits until the contract holds every ballot.
func (r *runner) included() (int, error) {
	p := r.progress("included", r.cfg.Voters)
	var seen uint64
	for {
		c, err := r.el.box.BallotCount(r.ctx)
		if err != nil {
			return 0, err
		}
		p.Add(int(c - min(seen, c)))
		seen = max(seen, c)
		if c >= uint64(r.cfg.Voters) {
			p.Done()
			return r.cfg.Voters, nil
		}
		select {
		case <-r.ctx.Done():
			return 0, r.ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}
