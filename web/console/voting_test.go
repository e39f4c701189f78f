package console_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/ballotbox/relay"
	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/store"
	"github.com/evote-org/evote/tally/ceremony"
	"github.com/evote-org/evote/web/console"
	"github.com/evote-org/evote/web/site"
)

// trusteesOf are the trustees of box with these accounts.
func trusteesOf(box *ballotbox.Client, accounts []*bind.TransactOpts) []*ceremony.Trustee {
	ts := make([]*ceremony.Trustee, len(accounts))
	for i, o := range accounts {
		ts[i] = &ceremony.Trustee{Box: box, Opts: o}
	}
	return ts
}

// runTrustees runs each trustee as "evote trustee run" does: join once
// the ceremony has started, then do what is due until the result is
// published or the test ends.
func runTrustees(t *testing.T, trustees []*ceremony.Trustee) {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	t.Cleanup(func() { cancel(); wg.Wait() })
	dir := t.TempDir()
	for i, tr := range trustees {
		path := filepath.Join(dir, fmt.Sprintf("trustee%d.secret", i+1))
		wg.Go(func() {
			var s *ceremony.Secret
			for ctx.Err() == nil {
				var err error
				if s == nil {
					s, err = tr.Join(ctx, path, []byte("test passphrase"), ceremony.KDF{Time: 1, MemoryKiB: 1024})
				} else if did, _ := tr.Step(ctx, s); did == "done: the result is published" {
					return
				}
				if err != nil {
					t.Logf("trustee %d: %v", i+1, err)
				}
				time.Sleep(200 * time.Millisecond)
			}
		})
	}
}

// voting is the booth's side of the election, on three origins: the
// registrar on the store the console imported the roll into, the site
// serving the booth and the observer page, and (once the polls are open)
// a relay, which can be made unreachable.
type voting struct {
	url       string
	svc       *registrar.Service
	store     store.Store
	publisher registrar.CountPublisher
	relay     atomic.Pointer[http.Handler]
	relayDown atomic.Bool
}

// commitRoll posts the registrar's roll, as its Run does by itself
// before the polls open.
func (v *voting) commitRoll(t *testing.T) {
	t.Helper()
	_, _, _, err := registrar.CommitRoll(ctx, v.store, v.publisher)
	must(t, err)
}

// startVoting serves election n, whose roll has voters voters (the site's
// observer checks the committed roll against that number).
func (w *world) startVoting(t *testing.T, n int, voters uint64, box *ballotbox.Client, from uint64, wasm []byte) *voting {
	t.Helper()
	tctx, err := box.Context(ctx)
	must(t, err)
	v := &voting{}
	front := httptest.NewUnstartedServer(nil) // the site: its origin first, for the others' CORS
	v.url = "http://" + front.Listener.Addr().String()
	v.store, v.publisher = w.reg.store(n), &ballotbox.TokenCounter{Client: box, Opts: w.registrar}
	v.svc, err = registrar.New(registrar.Config{Context: tctx, Key: w.reg.keys[n-1], Store: v.store, AllowedOrigins: []string{v.url},
		Publisher: v.publisher})
	must(t, err)
	reg := httptest.NewServer(v.svc.Handler())
	t.Cleanup(reg.Close)
	w.reg.mu.Lock()
	w.reg.urls[n] = reg.URL
	w.reg.mu.Unlock()
	rel := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		h := v.relay.Load()
		if h == nil || v.relayDown.Load() {
			http.Error(rw, "bad gateway", http.StatusBadGateway)
			return
		}
		(*h).ServeHTTP(rw, r)
	}))
	t.Cleanup(rel.Close)
	s, err := site.New(site.Config{Box: box, FromBlock: from, Wasm: wasm, RegistrarURL: reg.URL, RelayURL: rel.URL,
		Voters: voters, RecordPath: filepath.Join(console.ElectionDir(w.dir, n), console.RecordFile), Files: filepath.Join(w.dir, "files")})
	must(t, err)
	front.Config.Handler = s.Handler()
	front.Start()
	t.Cleanup(front.Close)
	return v
}

// startRelay runs the relay, which needs the polls open.
func (w *world) startRelay(t *testing.T, v *voting, box *ballotbox.Client, from uint64) {
	t.Helper()
	params, err := relay.LoadParams(ctx, box, from)
	must(t, err)
	rl, err := relay.Open(relay.Config{Backend: w.client, Contract: box.Address(), Params: params, Opts: w.rel,
		Dir: t.TempDir(), PollInterval: 100 * time.Millisecond, Limits: relay.Limits{Rate: -1}, AllowedOrigins: []string{v.url},
		MaxDelay: relay.Off, BatchInterval: relay.Off})
	must(t, err)
	rctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { rl.Run(rctx); close(done) }()
	t.Cleanup(func() { cancel(); <-done; rl.Close() })
	h := rl.Handler()
	v.relay.Store(&h)
}
