package relay_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/ballotbox/relay"
)

// testRelay is a running relay behind a real HTTP server.
type testRelay struct {
	*relay.Relay
	t    testing.TB
	cfg  relay.Config
	srv  *httptest.Server
	url  string
	logs *syncBuffer
	stop func()
}

// syncBuffer collects a relay's logs.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startRelay runs a relay for te with cfg, filling in what the test left
// out: the chain, the params, a funded account, an outbox directory, fast
// polling, no rate limit, and no delay or batching (casts are sent at
// once).
func (te *testElection) startRelay(t testing.TB, cfg relay.Config) *testRelay {
	t.Helper()
	if cfg.Backend == nil {
		cfg.Backend = te.env.client
	}
	cfg.Contract, cfg.Params = te.box.Address(), te.params
	if cfg.Opts == nil {
		cfg.Opts = te.env.account(t).opts
	}
	if cfg.Dir == "" {
		cfg.Dir = t.TempDir()
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = 100 * time.Millisecond
	}
	if cfg.CheckInterval == 0 {
		cfg.CheckInterval = 500 * time.Millisecond
	}
	if cfg.Limits.Rate == 0 {
		cfg.Limits.Rate = -1
	}
	if cfg.MaxDelay == 0 {
		cfg.MaxDelay = relay.Off
	}
	if cfg.BatchInterval == 0 {
		cfg.BatchInterval = relay.Off
	}
	logs := &syncBuffer{}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	r, err := relay.Open(cfg)
	if err != nil {
		t.Fatal(err)
	}
	tr := &testRelay{Relay: r, t: t, cfg: cfg, logs: logs}
	tr.srv = httptest.NewUnstartedServer(nil)
	tr.srv.Config = r.Server("")
	tr.srv.Start()
	tr.url = tr.srv.URL
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { r.Run(ctx); close(done) }()
	var once sync.Once
	tr.stop = func() {
		once.Do(func() {
			tr.srv.Close()
			cancel()
			<-done
			if err := r.Close(); err != nil {
				t.Error(err)
			}
		})
	}
	t.Cleanup(tr.stop)
	return tr
}

// request is the JSON request of a cast.
func request(c ballotbox.Cast) relay.Request {
	return relay.Request{Pseudonym: c.Pseudonym.Hex(), Token: c.Token, Ballot: c.Ballot, Signature: c.Signature}
}

// post sends body (marshalled unless []byte) to the relay's casts
// endpoint with headers (name, value, ...) and decodes the answer.
func (tr *testRelay) post(body any, headers ...string) (int, relay.Update) {
	tr.t.Helper()
	b, ok := body.([]byte)
	if !ok {
		var err error
		if b, err = json.Marshal(body); err != nil {
			tr.t.Fatal(err)
		}
	}
	req, _ := http.NewRequest(http.MethodPost, tr.url+"/v1/casts", bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	return tr.do(req)
}

func (tr *testRelay) get(path string, headers ...string) (int, relay.Update) {
	tr.t.Helper()
	req, _ := http.NewRequest(http.MethodGet, tr.url+path, nil)
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	return tr.do(req)
}

func (tr *testRelay) do(req *http.Request) (int, relay.Update) {
	tr.t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tr.t.Fatal(err)
	}
	defer resp.Body.Close()
	var u relay.Update
	if err := json.NewDecoder(resp.Body).Decode(&u); err != nil {
		tr.t.Fatalf("%s %s: status %d, body not an Update: %v", req.Method, req.URL.Path, resp.StatusCode, err)
	}
	return resp.StatusCode, u
}

// inclusionWait bounds a wait for inclusion: only so that a broken run
// ends, never reached by a slow one (a busy machine).
const inclusionWait = 2 * time.Minute

// waitIncluded waits until the relay reports every tracker included.
func (tr *testRelay) waitIncluded(trackers []relay.Tracker, timeout time.Duration) {
	tr.t.Helper()
	deadline := time.Now().Add(timeout)
	for _, tk := range trackers {
		for {
			st, err := tr.Status(tk)
			if err == nil && st.Phase == relay.Included {
				break
			}
			if time.Now().After(deadline) {
				tr.t.Fatalf("%v not included after %v: %+v, %v (metrics %+v)", tk, timeout, st, err, tr.Metrics())
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
}

// onChain fails unless every cast's ballot is on chain under its
// pseudonym, exactly once.
func (te *testElection) onChain(t testing.TB, casts []ballotbox.Cast) {
	t.Helper()
	ctx := context.Background()
	head, err := te.box.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	found := map[[20]byte][]byte{}
	for b, err := range te.box.Ballots(ctx, te.deployed, head) {
		if err != nil {
			t.Fatal(err)
		}
		if _, dup := found[b.Pseudonym]; dup {
			t.Fatalf("two ballots of %s on chain", b.Pseudonym)
		}
		found[b.Pseudonym] = b.Ballot
	}
	for i, c := range casts {
		if !bytes.Equal(found[c.Pseudonym], c.Ballot) {
			t.Fatalf("cast %d is not on chain", i)
		}
	}
}
