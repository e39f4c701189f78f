package site_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/ballotbox/relay"
	"github.com/evote-org/evote/chain"
	"github.com/evote-org/evote/crypto/blind/signer"
	"github.com/evote-org/evote/internal/localtrustees"
	"github.com/evote-org/evote/internal/testnet"
	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/roll"
	"github.com/evote-org/evote/registrar/store/pebblestore"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/ceremony"
	"github.com/evote-org/evote/web/internal/browsertest"
	"github.com/evote-org/evote/web/site"
)

// TestObserverTally is a whole small election behind the site: a real
// 2-of-3 key ceremony, three voters casting through the real registrar
// and relay (with the booth's Go code, which the WebAssembly runs), the
// close, the trustees' decryption and tally.Run publishing the result.
// The observer page then shows the result and that every numbered check
// of the server's verification passed, with the record to download.
func TestObserverTally(t *testing.T) {
	b := browsertest.New(t)
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	t.Cleanup(cancel)
	dir := t.TempDir()
	acct := func() *bind.TransactOpts {
		k, err := crypto.GenerateKey()
		must(t, err)
		return bind.NewKeyedTransactor(k, big.NewInt(chain.DefaultChainID))
	}
	com, regAcc, relayAcc := acct(), acct(), acct()
	trustees := make([]*ceremony.Trustee, 3)
	// The site's listener first: the chain node's JSON-RPC allows its
	// origin (CORS), so that the observer page can verify from the node.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	must(t, err)
	siteURL := "http://" + ln.Addr().String()
	cfg := chain.Config{DataDir: filepath.Join(dir, "chain"), Alloc: map[common.Address]*big.Int{},
		HTTPPort: testnet.FreePort(t), CORS: []string{siteURL}}
	var trusteeAddrs []common.Address
	for i := range trustees {
		trustees[i] = &ceremony.Trustee{Opts: acct()}
		trusteeAddrs = append(trusteeAddrs, trustees[i].Opts.From)
	}
	for _, a := range append([]common.Address{com.From, regAcc.From, relayAcc.From}, trusteeAddrs...) {
		cfg.Alloc[a] = new(big.Int).Lsh(big.NewInt(1), 100)
	}
	node, err := chain.Start(cfg)
	must(t, err)
	t.Cleanup(func() { node.Close() })
	client := node.Client()
	box, tx, err := ballotbox.Deploy(com, client, ballotbox.Params{
		Commission: com.From, Manifest: testManifest(), Trustees: trusteeAddrs, Threshold: 2})
	must(t, err)
	mine := func(tx *types.Transaction, err error) {
		t.Helper()
		must(t, err)
		_, err = box.WaitMined(ctx, tx)
		must(t, err)
	}
	mine(tx, nil)
	for _, tr := range trustees {
		tr.Box = box
	}

	regKey, err := signer.Load("../../crypto/blind/testdata/test-only-key-3072.pem")
	must(t, err)
	mine(box.SetRegistrar(com, regAcc.From, regKey.Public().Bytes()))
	mine(box.StartKeyCeremony(com))
	secrets, err := localtrustees.Ceremony(ctx, com, 0, trustees, 2, dir, []byte("passphrase"), slog.New(slog.DiscardHandler))
	must(t, err)
	// The registrar (publishing its token count, after its roll) and the
	// relay.
	const voters = 3
	st, err := pebblestore.Open(filepath.Join(dir, "registrar"), pebblestore.Options{})
	must(t, err)
	t.Cleanup(func() { st.Close() })
	var list []roll.Voter
	for i := range voters {
		list = append(list, roll.Voter{ID: fmt.Sprintf("V%04d", i), Name: "Voter"})
	}
	var out bytes.Buffer
	id, err := box.ElectionID(ctx)
	must(t, err)
	must(t, registrar.GenerateCodes(ctx, id, list, st, &out, registrar.CodeConfig{}))
	rows, _ := csv.NewReader(&out).ReadAll()
	tctx, err := box.Context(ctx)
	must(t, err)
	pub := &ballotbox.TokenCounter{Client: box, Opts: regAcc}
	svc, err := registrar.New(registrar.Config{Context: tctx, Key: regKey, Store: st, Publisher: pub})
	must(t, err)
	_, _, _, err = registrar.CommitRoll(ctx, st, pub)
	must(t, err)
	mine(box.OpenPolls(com))
	regSrv := httptest.NewServer(svc.Handler())
	t.Cleanup(regSrv.Close)
	params, err := relay.LoadParams(ctx, box, 0)
	must(t, err)
	rl, err := relay.Open(relay.Config{Backend: client, Contract: box.Address(), Params: params,
		Opts: relayAcc, Dir: filepath.Join(dir, "outbox"), PollInterval: 100 * time.Millisecond, Limits: relay.Limits{Rate: -1},
		MaxDelay: relay.Off, BatchInterval: relay.Off})
	must(t, err)
	rctx, rcancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { rl.Run(rctx); close(done) }()
	t.Cleanup(func() { rcancel(); <-done; rl.Close() })
	relaySrv := httptest.NewServer(rl.Handler())
	t.Cleanup(relaySrv.Close)

	record := filepath.Join(dir, "record.jsonl")
	bin, err := wasm()
	must(t, err)
	s, err := site.New(site.Config{Box: box, Wasm: bin, Voters: voters, RecordPath: record, NodeURL: node.HTTPEndpoint(),
		RegistrarURL: regSrv.URL})
	must(t, err)
	srv := &httptest.Server{Listener: ln, Config: &http.Server{Handler: s.Handler()}}
	srv.Start()
	t.Cleanup(srv.Close)

	// Three voters: the first question's options 0, 1, 1; the second's
	// {0}, {0, 2}, {}.
	g := newGoBooth(ctx, t, box, regSrv.URL, relaySrv.URL, params)
	choices := [][][]bool{
		{{true, false, false}, {true, false, false}},
		{{false, true, false}, {true, false, true}},
		{{false, true, false}, {false, false, false}},
	}
	for i, c := range choices {
		g.cast(g.register(rows[i+1][0], rows[i+1][1]), c)
	}
	waitBallots(ctx, t, box, voters)
	mine(box.ClosePolls(com))
	must(t, svc.Close(ctx)) // sees the close: publishes the final token count
	must(t, localtrustees.Each(localtrustees.First(2), func(i int) error { return trustees[i].Decrypt(ctx, secrets[i]) }))
	f, err := os.Create(record)
	must(t, err)
	_, err = tally.Run(ctx, box, tally.Options{Record: f, Publish: com, Log: tally.RegistrarLog(regSrv.URL, regSrv.Client())})
	f.Close()
	must(t, err)
	t.Logf("election run and tallied in %v", time.Since(start).Round(time.Millisecond))

	b.Do("the observer page shows the verified result", chromedp.Navigate(srv.URL+"/observer?lang=en"),
		browsertest.Void(chromedp.Poll[bool](`document.querySelectorAll("#obs-checks li").length > 0`)))
	if got := b.Text("#obs-state"); got != "Result published" {
		t.Errorf("state %q", got)
	}
	if got := b.Text("#obs-verify"); !strings.Contains(got, "All checks passed") || !strings.Contains(got, "Ballots counted: 3") {
		t.Errorf("verification: %q", got)
	}
	statuses := browsertest.Get(b, "checks", chromedp.Evaluate[[]string](`[...document.querySelectorAll("#obs-checks li")].map((li) => li.value + ":" + li.dataset.status)`))
	if len(statuses) != 10 {
		t.Errorf("%d checks shown: %v", len(statuses), statuses)
	}
	for _, s := range statuses {
		if !strings.HasSuffix(s, ":ok") {
			t.Errorf("check %s", s)
		}
	}
	counts := browsertest.Get(b, "counts", chromedp.Evaluate[string](`[...document.querySelectorAll("table.result td")].map((td) => td.textContent).join(",")`))
	if want := "1,33.3 %,2,66.7 %,0,0.0 %,2,66.7 %,0,0.0 %,1,33.3 %"; counts != want {
		t.Errorf("result tables: %s, want %s", counts, want)
	}
	wantCount(b, "ok", "final count", "Voters: 3", "Tokens: 3", "Ballots up to block")
	if got := b.Text("#obs-turnout"); got != "100.0 % of the voters on the roll" {
		t.Errorf("turnout %q", got)
	}
	if got := b.Text("#obs-count"); !strings.Contains(got, "The registrar's final count") || !strings.Contains(got, "3 tokens for 3 ballots") {
		t.Errorf("the count: %q", got)
	}
	for _, id := range []string{"#obs-ballots", "#obs-tokens", "#obs-voters"} {
		if got := b.Text(id); got != "3" {
			t.Errorf("%s: %q", id, got)
		}
	}
	if !browsertest.Get(b, "record link", chromedp.Evaluate[bool](`!document.getElementById("obs-record").hidden`)) {
		t.Error("no link to the record")
	}
	resp, rec := fetch(t, srv.URL+"/record", false)
	want, _ := os.ReadFile(record)
	if resp.StatusCode != http.StatusOK || !bytes.Equal(rec, want) {
		t.Errorf("/record: %d, %d bytes of %d", resp.StatusCode, len(rec), len(want))
	}
	localVerify(t, b, "the record verifies again in this browser (tally/verify/ts)", "#obs-src-site")
	b.Shoot("10-observer-tallied")
	if got := browsertest.Get(b, "the node and the contract offered", chromedp.Evaluate[[]string](
		`[document.getElementById("obs-local-rpc").value, document.getElementById("obs-local-contract").value]`)); len(got) != 2 ||
		got[0] != node.HTTPEndpoint() || !strings.EqualFold(got[1], box.Address().Hex()) {
		t.Errorf("offered %q, want %s and %s", got, node.HTTPEndpoint(), box.Address().Hex())
	}
	localVerify(t, b, "the election verifies in this browser from the chain node's JSON-RPC", "#obs-src-rpc")
	b.Shoot("12-observer-verified-from-node")
	b.CheckAxe("observer-verified-from-node")
	b.Do("in Russian", chromedp.Click(chromedp.CSS(`a[data-lang="ru"]`)))
	if got := b.Text("#obs-state"); got != "Итоги опубликованы" {
		t.Errorf("Russian state %q", got)
	}
	b.Shoot("11-observer-tallied-ru")
	t.Logf("done in %v; screenshots in %s", time.Since(start).Round(time.Millisecond), b.Shots)
}

// localVerify runs "verify in this browser" from the source whose radio
// button is radio and wants every numbered check passed.
func localVerify(t *testing.T, b *browsertest.Browser, what, radio string) {
	t.Helper()
	b.Do(what, chromedp.Click(chromedp.CSS(radio)), chromedp.Click(chromedp.CSS("#obs-local-run")),
		browsertest.Void(chromedp.Poll[bool](`["ok", "fail", "error"].includes(document.body.dataset.localVerify)`)))
	local := browsertest.Get(b, what, chromedp.Evaluate[[]string](
		`[document.body.dataset.localVerify, document.getElementById("obs-local-status").textContent,
		  ...[...document.querySelectorAll("#obs-local-checks li")].map((li) => li.value + ":" + li.dataset.status)]`))
	if len(local) != 12 || local[0] != "ok" || !strings.Contains(local[1], "All checks passed in this browser") {
		t.Errorf("%s: %q", what, local)
	}
	for _, s := range local[min(2, len(local)):] {
		if !strings.HasSuffix(s, ":ok") {
			t.Errorf("%s: check %s", what, s)
		}
	}
}
