package e2e

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/internal/testnet"
	"github.com/evote-org/evote/registrar/letters/letterstest"
	"github.com/evote-org/evote/web/booth"
)

// deployment is a deployed election with its roles' files in dir.
type deployment struct {
	dir      string
	rpc      string
	contract string
	box      *ballotbox.Client
	node     *proc
}

// newDeployment starts a node funding fresh accounts and deploys the sample
// election (3 trustees, t = 2) with the commission's command.
func newDeployment(t *testing.T) *deployment {
	dir := t.TempDir()
	roles := []string{"commission", "relay", "registrar", "t1", "t2", "t3"}
	addr := map[string]string{}
	for _, r := range roles {
		addr[r] = run(t, dir, "account", "new", "--out", r+".key")
	}
	var fund []string
	for _, r := range roles {
		fund = append(fund, addr[r])
	}
	port := testnet.FreePort(t)
	e := &deployment{dir: dir, rpc: fmt.Sprintf("http://127.0.0.1:%d", port)}
	e.node = start(t, dir, "node", "node", "--datadir", "chain", "--http-port", fmt.Sprint(port), "--ws-port", "0",
		"--fund", strings.Join(fund, ","))
	waitHTTP(t, e.node, e.rpc)
	e.contract = run(t, dir, "commission", "deploy", "--rpc", e.rpc, "--key", "commission.key",
		"--manifest", manifestPath(t), "--threshold", "2",
		"--trustees", addr["t1"]+","+addr["t2"]+","+addr["t3"])
	c, err := ethclient.Dial(e.rpc)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	e.box = ballotbox.New(c, common.HexToAddress(e.contract))
	run(t, dir, "registrar", "key")
	run(t, dir, "commission", "set-registrar", "--rpc", e.rpc, "--key", "commission.key",
		"--contract", e.contract, "--registrar", addr["registrar"])
	return e
}

// TestRegistration runs the node, the commission's steps and the
// registrar as processes, prints the code letters, registers voters
// with the codes the letters print through the booth's code, and
// kills the registrar with SIGKILL in between: a served voter stays
// served, the others still get their token.
func TestRegistration(t *testing.T) {
	e := newDeployment(t)
	roll := "voter_id,name,district\nV0001,Иван Петров,arbat\nV0002,Anna Smirnova,tverskoy\nV0003,Пётр Иванов,arbat\n"
	if err := os.WriteFile(filepath.Join(e.dir, "roll.csv"), []byte(roll), 0o644); err != nil {
		t.Fatal(err)
	}
	run(t, e.dir, "registrar", "codes", "--roll", "roll.csv", "--manifest", manifestPath(t), "--store", "pebble:registrar-store")
	run(t, e.dir, "registrar", "letters", "--roll", "roll.csv", "--codes", "codes.csv", "--manifest", manifestPath(t),
		"--booth", "https://vote.example/", "--out", "letters")
	codes := readLetters(t, filepath.Join(e.dir, "letters"), "letters-arbat.html", "letters-tverskoy.html")
	if want := readCodes(t, filepath.Join(e.dir, "codes.csv")); !maps.Equal(codes, want) {
		t.Fatalf("the letters print %v, the codes file has %v", codes, want)
	}
	port := testnet.FreePort(t)
	args := []string{"registrar", "serve", "--rpc", e.rpc, "--contract", e.contract, "--account-key", "registrar.key",
		"--store", "pebble:registrar-store", "--listen", fmt.Sprintf("127.0.0.1:%d", port)}
	reg := start(t, e.dir, "registrar", args...)
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	waitHTTP(t, reg, url)

	ctx := context.Background()
	tctx, err := e.box.Context(ctx)
	if err != nil {
		t.Fatal(err)
	}
	keyOnChain, err := e.box.RegistrarKey(ctx)
	if err != nil {
		t.Fatal(err)
	}
	client := &booth.Registrar{URL: url, ElectionID: fmt.Sprintf("0x%x", tctx.ElectionID), Language: "ru"}
	info, err := client.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	el, err := booth.CheckInfo(info, tctx, keyOnChain)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := el.Register(ctx, client, "V0001", codes["V0001"], rand.Reader); err != nil {
		t.Fatalf("registration: %v\n%s", err, reg.tail())
	}
	reg.kill()
	reg = start(t, e.dir, "registrar", args...)
	waitHTTP(t, reg, url)
	var re *booth.RegistrarError
	if _, err := el.Register(ctx, client, "V0001", codes["V0001"], rand.Reader); !errors.As(err, &re) || re.ErrorResponse.Error != "already_issued" {
		t.Fatalf("V0001 again after a registrar crash: %v", err)
	}
	if _, err := el.Register(ctx, client, "V0002", codes["V0002"], rand.Reader); err != nil {
		t.Fatalf("V0002 after the restart: %v", err)
	}
}

// readLetters reads the codes printed in the named letter files of dir,
// each of which must be readable by its owner only.
func readLetters(t *testing.T, dir string, names ...string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) != len(names) {
		t.Fatalf("letters: %v, %d files, want %v", err, len(entries), names)
	}
	codes := map[string]string{}
	for _, name := range names {
		path := filepath.Join(dir, name)
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("letters %s: mode %v, want 0600", name, fi.Mode())
		}
		doc, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		maps.Copy(codes, letterstest.Codes(t, doc))
	}
	return codes
}
