package e2e

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/ballotbox/relay"
	"github.com/evote-org/evote/internal/testnet"
	"github.com/evote-org/evote/web/booth"
	"github.com/evote-org/evote/web/site"
)

// TestUp runs "evote up" as a process: a voter registers and casts through
// the site it serves; the commission makes a second election in the
// console, whose roll the running registrar serves at once
// (upSecondElection); after a restart on the same data directory the
// election (contract, ballot) is the same, another voter can vote, and
// the registrar still serves the second election.
func TestUp(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	dir := t.TempDir()
	wasm, err := site.BuildWasm(ctx) // the process runs outside the source tree
	if err != nil {
		t.Fatal(err)
	}
	wasmPath := filepath.Join(dir, "booth.wasm")
	if err := os.WriteFile(wasmPath, wasm, 0o644); err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(dir, "data")
	var o origins
	for _, u := range []*string{&o.site, &o.registrar, &o.relay} {
		*u = fmt.Sprintf("http://127.0.0.1:%d", testnet.FreePort(t))
	}
	rpcPort := testnet.FreePort(t)
	console := fmt.Sprintf("127.0.0.1:%d", testnet.FreePort(t))
	p := start(t, dir, "up", "up", "--datadir", data, "--listen", o.site[len("http://"):], "--console-listen", console,
		"--registrar-listen", o.registrar[len("http://"):], "--relay-listen", o.relay[len("http://"):],
		"--rpc-port", strconv.Itoa(rpcPort), "--voters", "20", "--wasm", wasmPath)
	waitHTTP(t, p, o.site+"/")
	if out, _ := os.ReadFile(filepath.Join(dir, "up.log")); !strings.Contains(string(out), o.site+"/") ||
		!strings.Contains(string(out), o.registrar+"/") || !strings.Contains(string(out), o.relay+"/") ||
		!strings.Contains(string(out), "DEMO ONLY") || !strings.Contains(string(out), "V00010") {
		t.Fatalf("evote up did not print the three URLs, the warning and ten voters:\n%s", out)
	}
	upObserverNode(t, o.site, fmt.Sprintf("http://127.0.0.1:%d", rpcPort))
	contract := upContract(t, data)
	codes := readCodes(t, filepath.Join(data, "DEMO-voter-codes.csv"))
	if len(codes) != 20 {
		t.Fatalf("%d codes, want 20", len(codes))
	}

	upVote(t, ctx, rpcPort, contract, o, "V00001", codes, 1)
	second := upSecondElection(t, signInConsole(t, p, "http://"+console), data, o, rpcPort)

	p.stop()
	if code := p.cmd.ProcessState.ExitCode(); code != 0 {
		t.Fatalf("evote up exited %d on SIGTERM:\n%s", code, p.tail())
	}
	p.start()
	waitHTTP(t, p, o.site+"/")
	if c := upContract(t, data); c != contract {
		t.Fatalf("restart made contract %s, want %s", c, contract)
	}
	upVote(t, ctx, rpcPort, contract, o, "V00002", codes, 2)
	if n := registrarVoters(t, o, second); n != 2 {
		t.Errorf("after the restart the registrar has %d voters of the second election, want 2", n)
	}
}

// origins are the three addresses of evote up: the site, the registrar
// and the relay.
type origins struct{ site, registrar, relay string }

// upVote checks the ballot count is want-1, has voter id register and cast
// at the registrar and the relay the site names and waits for the count
// to reach want.
func upVote(t *testing.T, ctx context.Context, rpcPort int, contract common.Address, o origins, id string, codes map[string]string, want uint64) {
	t.Helper()
	c, err := ethclient.DialContext(ctx, fmt.Sprintf("http://127.0.0.1:%d", rpcPort))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	w := &world{t: t, ctx: ctx, box: ballotbox.New(c, contract), client: c}
	if n, err := w.box.BallotCount(ctx); err != nil || n != want-1 {
		t.Fatalf("ballot count %d (%v), want %d", n, err, want-1)
	}
	params, err := relay.LoadParams(ctx, w.box, 0)
	if err != nil {
		t.Fatal(err)
	}
	be := params.Election
	keyOnChain, err := w.box.RegistrarKey(ctx)
	if err != nil {
		t.Fatal(err)
	}
	page := httpText(t, o.site+"/")
	if !strings.Contains(page, `data-registrar="`+o.registrar+`"`) || !strings.Contains(page, `data-relay="`+o.relay+`"`) {
		t.Fatalf("the booth page does not name the registrar %s and the relay %s", o.registrar, o.relay)
	}
	reg := &booth.Registrar{URL: o.registrar, ElectionID: fmt.Sprintf("0x%x", be.Context.ElectionID)}
	info, err := reg.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	el, err := booth.CheckInfo(info, be.Context, keyOnChain)
	if err != nil {
		t.Fatal(err)
	}
	w.castOne(el, reg, be, o.relay, id, codes, [][]bool{{true, false}, {false, true, false, true, false}})
	if t.Failed() {
		t.FailNow()
	}
	w.waitCount(want)
}

func upContract(t *testing.T, data string) common.Address {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(data, "up.json"))
	if err != nil {
		t.Fatal(err)
	}
	var st struct {
		Contract common.Address `json:"contract"`
	}
	if err := json.Unmarshal(b, &st); err != nil {
		t.Fatal(err)
	}
	return st.Contract
}

// readCodes reads a codes file (voter id, code) as the registrar's
// commands write it.
func readCodes(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	codes := map[string]string{}
	for _, r := range rows[1:] {
		codes[r[0]] = r[1]
	}
	return codes
}

// upObserverNode wants the observer page of evote up's site to offer its
// chain node for verifying in the browser, and the node to allow the
// site's origin by CORS (without it the browser refuses its answers).
func upObserverNode(t *testing.T, site, rpc string) {
	t.Helper()
	if page := httpText(t, site+"/observer"); !strings.Contains(page, `id="obs-local-rpc" value="`+rpc+`"`) {
		t.Errorf("the observer page does not offer the node %s", rpc)
	}
	req, err := http.NewRequest(http.MethodOptions, rpc, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Origin", site)
	req.Header.Set("Access-Control-Request-Method", http.MethodPost)
	req.Header.Set("Access-Control-Request-Headers", "content-type")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if got := resp.Header.Get("Access-Control-Allow-Origin"); got != site {
		t.Errorf("the node's preflight answer for the site's origin allows %q, want %q", got, site)
	}
}

// httpText is the body of a GET of url.
func httpText(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
