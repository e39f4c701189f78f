package site_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/csv"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/ballotbox/relay"
	"github.com/evote-org/evote/ballotbox/validity"
	"github.com/evote-org/evote/chain"
	"github.com/evote-org/evote/crypto/blind/signer"
	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/internal/localtrustees"
	"github.com/evote-org/evote/internal/testnet"
	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/roll"
	"github.com/evote-org/evote/registrar/store/pebblestore"
	"github.com/evote-org/evote/tally/ceremony"
	"github.com/evote-org/evote/web/site"
)

// world is an election with every real part the booth talks to: an
// embedded chain node with an opened ballot box, a registrar, a relay,
// and the site in front of them.
type world struct {
	box       *ballotbox.Client
	deployed  uint64
	com       *bind.TransactOpts // the commission's account, also the registrar's on chain
	params    *validity.Params
	codes     map[string]string                       // voter id -> voting code
	url       string                                  // the site: one origin per world (siteFront)
	front     siteFront                               // the site's server: its handler and its request log
	regURL    string                                  // the registrar: another origin
	relayURL  string                                  // the relay: a third origin
	rpc       string                                  // the chain node's JSON-RPC, as an observer reaches it
	relayDown atomic.Bool                             // the relay's address answers 502, as for a dead relay
	store     *pebblestore.Store                      // the registrar's
	reg       *registrar.Service                      // serving store; publishCounts runs its posts
	loseToken atomic.Bool                             // the next token answer is lost after the registrar signed
	lost      chan struct{}                           // told when a token answer was lost
	tamper    atomic.Pointer[func(*logAnswer) []byte] // changes the registrar's answers of the log (tampered)
}

// opt is a manifest's option.
func opt(ru, en string) election.Option { return election.Option{Title: election.Text{RU: ru, EN: en}} }

// testManifest has a one-of-three question and a zero-to-two-of-three one.
func testManifest() []byte {
	m := election.Manifest{Version: election.Version,
		Title: election.Text{RU: "Городской опрос о парках", EN: "City poll on parks"},
		Questions: []election.Question{
			{Title: election.Text{RU: "Какой парк благоустроить первым?", EN: "Which park should be improved first?"}, Min: 1, Max: 1,
				Options: []election.Option{opt("Сокольники", "Sokolniki"), opt("Измайловский", "Izmailovsky"), opt("Царицыно", "Tsaritsyno")}},
			{Title: election.Text{RU: "Что добавить в парки?", EN: "What should parks get?"}, Min: 0, Max: 2,
				Options: []election.Option{opt("Скамейки", "Benches"), opt("Велодорожки", "Cycle paths"), opt("Фонтаны", "Fountains")}},
		}}
	return m.Bytes()
}

// wasm is the booth's WebAssembly, built once per test binary.
var wasm = sync.OnceValues(func() ([]byte, error) { return site.BuildWasm(context.Background()) })

func newWorld(t testing.TB, voters int) *world {
	t.Helper()
	return newWorldWith(t, voters, testManifest())
}

// newWorldWith is newWorld with another manifest.
func newWorldWith(t testing.TB, voters int, manifest []byte) *world {
	t.Helper()
	node, keys, reg := startChain(t)
	w := &world{lost: make(chan struct{}, 1), rpc: node.HTTPEndpoint()}
	w.listenSite(t)
	w.open(t, node.Client(), keys, reg, manifest, voters)
	regURL := w.startRegistrar(t, reg)
	relayURL := w.startRelay(t, node.Client(), keys[1])
	bin, err := wasm()
	if err != nil {
		t.Fatal(err)
	}
	w.regURL, w.relayURL = regURL, relayURL
	s, err := site.New(site.Config{Box: w.box, FromBlock: w.deployed, Wasm: bin, RegistrarURL: regURL, RelayURL: relayURL})
	if err != nil {
		t.Fatal(err)
	}
	w.setSite(s.Handler())
	return w
}

// startChain starts an embedded node that funds five fresh accounts (the
// commission, the relay, three trustees) and loads the test-only
// registrar key.
func startChain(t testing.TB) (*chain.Node, []*ecdsa.PrivateKey, *signer.Key) {
	keys := make([]*ecdsa.PrivateKey, 5)
	cfg := chain.Config{DataDir: t.TempDir(), Alloc: map[common.Address]*big.Int{}, HTTPPort: testnet.FreePort(t)}
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
		cfg.Alloc[crypto.PubkeyToAddress(keys[i].PublicKey)] = new(big.Int).Lsh(big.NewInt(1), 100)
	}
	node, err := chain.Start(cfg)
	must(t, err)
	t.Cleanup(func() { node.Close() })
	reg, err := signer.Load("../../crypto/blind/testdata/test-only-key-3072.pem")
	must(t, err)
	return node, keys, reg
}

// switchable answers 502, as a proxy in front of a dead relay does, while
// relayDown is set.
func (w *world) switchable(h http.Handler) http.Handler {
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		if w.relayDown.Load() {
			http.Error(rw, "bad gateway", http.StatusBadGateway)
			return
		}
		h.ServeHTTP(rw, r)
	})
}

// open deploys a ballot box, runs its key ceremony with the three
// trustees of keys[2:] (localtrustees: a real 2-of-3 ceremony and test
// decryption, since the relay and the site re-derive the election key
// from it), makes the registrar's roll of voters, posts it as the
// registrar does and opens the polls.
func (w *world) open(t testing.TB, client ballotbox.Backend, keys []*ecdsa.PrivateKey, reg *signer.Key, manifest []byte, voters int) {
	ctx := context.Background()
	com, trustees := startCeremony(t, client, keys, reg, manifest)
	w.com, w.box, w.deployed = com, trustees[0].Box, trustees[0].From
	_, err := localtrustees.Ceremony(ctx, com, w.deployed, trustees, 2, t.TempDir(), []byte("pass"), slog.New(slog.DiscardHandler))
	must(t, err)
	w.store, w.codes = w.newRoll(t, voters)
	_, _, _, err = registrar.CommitRoll(ctx, w.store, &ballotbox.TokenCounter{Client: w.box, Opts: com})
	must(t, err)
	tx, err := w.box.OpenPolls(com)
	must(t, err)
	mined(t, w.box, tx)
	w.params, err = relay.LoadParams(ctx, w.box, w.deployed)
	must(t, err)
}

// startCeremony deploys a ballot box of manifest with the commission
// keys[0] and the trustees keys[2:], t = 2, sets the registrar key and
// starts the key ceremony. It returns the commission's account and the
// trustees, each with the box and its deployment block set.
func startCeremony(t testing.TB, client ballotbox.Backend, keys []*ecdsa.PrivateKey, reg *signer.Key, manifest []byte) (*bind.TransactOpts, []*ceremony.Trustee) {
	ctx := context.Background()
	opts := func(k *ecdsa.PrivateKey) *bind.TransactOpts {
		o := bind.NewKeyedTransactor(k, big.NewInt(chain.DefaultChainID))
		o.Context = ctx
		return o
	}
	com := opts(keys[0])
	var trustees []*ceremony.Trustee
	var addrs []common.Address
	for _, k := range keys[2:] {
		trustees = append(trustees, &ceremony.Trustee{Opts: opts(k)})
		addrs = append(addrs, crypto.PubkeyToAddress(k.PublicKey))
	}
	box, tx, err := ballotbox.Deploy(com, client, ballotbox.Params{Commission: com.From, Manifest: manifest, Trustees: addrs, Threshold: 2})
	must(t, err)
	deployed := mined(t, box, tx).BlockNumber.Uint64()
	tx, err = box.SetRegistrar(com, com.From, reg.Public().Bytes())
	must(t, err)
	mined(t, box, tx)
	tx, err = box.StartKeyCeremony(com)
	must(t, err)
	mined(t, box, tx)
	for _, tr := range trustees {
		tr.Box, tr.From = box, deployed
	}
	return com, trustees
}

// newRoll makes a roll of n voters V0000.. of w's election in a fresh
// registrar store and returns it with the voters' codes.
func (w *world) newRoll(t testing.TB, n int) (*pebblestore.Store, map[string]string) {
	st, err := pebblestore.Open(t.TempDir(), pebblestore.Options{})
	must(t, err)
	t.Cleanup(func() { st.Close() })
	var voters []roll.Voter
	for i := range n {
		voters = append(voters, roll.Voter{ID: fmt.Sprintf("V%04d", i), Name: "Voter"})
	}
	var out bytes.Buffer
	id, err := w.box.ElectionID(context.Background())
	must(t, err)
	must(t, registrar.GenerateCodes(context.Background(), id, voters, st, &out, registrar.CodeConfig{}))
	rows, _ := csv.NewReader(&out).ReadAll()
	codes := map[string]string{}
	for _, r := range rows[1:] {
		codes[r[0]] = r[1]
	}
	return st, codes
}

// startRegistrar serves the registrar with key on w.store, which the
// site's origin may call from the browser. It reads the log's posts on
// chain (its /log endpoints) and posts its counts when publishCounts
// runs it.
func (w *world) startRegistrar(t testing.TB, key *signer.Key) string {
	svc, err := registrar.New(registrar.Config{Context: w.params.Election.Context, Key: key, Store: w.store, AllowedOrigins: []string{w.url},
		ElectionKey: w.params.Election.Key.Bytes(), Publisher: &ballotbox.TokenCounter{Client: w.box, Opts: w.com},
		PublishInterval: 200 * time.Millisecond, StateInterval: 200 * time.Millisecond})
	must(t, err)
	w.reg = svc
	srv := httptest.NewServer(w.lossy(w.tampered(svc.Handler())))
	t.Cleanup(srv.Close)
	return srv.URL
}

// startRelay runs the relay from its own funded account, which the
// site's origin may call from the browser.
func (w *world) startRelay(t testing.TB, client ballotbox.Backend, key *ecdsa.PrivateKey) string {
	r, err := relay.Open(relay.Config{Backend: client, Contract: w.box.Address(), Params: w.params,
		Opts: bind.NewKeyedTransactor(key, big.NewInt(chain.DefaultChainID)), Dir: t.TempDir(),
		PollInterval: 100 * time.Millisecond, Limits: relay.Limits{Rate: -1}, AllowedOrigins: []string{w.url},
		MaxDelay: relay.Off, BatchInterval: relay.Off})
	must(t, err)
	srv := httptest.NewServer(w.switchable(r.Handler()))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { r.Run(ctx); close(done) }()
	t.Cleanup(func() {
		srv.Close()
		cancel()
		<-done
		r.Close()
	})
	return srv.URL
}

func mined(t testing.TB, box *ballotbox.Client, tx *types.Transaction) *types.Receipt {
	t.Helper()
	r, err := box.WaitMined(context.Background(), tx)
	if err != nil {
		t.Fatalf("mined: %v", err)
	}
	return r
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
