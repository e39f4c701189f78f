package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/internal/invite"
	"github.com/evote-org/evote/registrar/api"
)

// upConsole is a commission's client of evote up's console over HTTP,
// signed in with the credential the process printed last.
type upConsole struct {
	t    *testing.T
	base string
	c    *http.Client
	csrf string
}

var (
	csrfField  = regexp.MustCompile(`name="csrf" value="([^"]+)"`)
	credential = regexp.MustCompile(`console credential \(new at every start, shown once\): (\S+)`)
)

func signInConsole(t *testing.T, p *proc, base string) *upConsole {
	t.Helper()
	log, err := os.ReadFile(filepath.Join(p.dir, p.name+".log"))
	if err != nil {
		t.Fatal(err)
	}
	creds := credential.FindAllSubmatch(log, -1)
	if len(creds) == 0 {
		t.Fatalf("evote up printed no console credential:\n%s", p.tail())
	}
	jar, _ := cookiejar.New(nil)
	c := &upConsole{t: t, base: base, c: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
	c.get("/login")
	if code, _ := c.post("/login", url.Values{"credential": {string(creds[len(creds)-1][1])}}); code != http.StatusSeeOther {
		t.Fatalf("console sign-in: %d", code)
	}
	return c
}

// get fetches a page and keeps its form token.
func (c *upConsole) get(path string) (int, string) {
	c.t.Helper()
	resp, err := c.c.Get(c.base + path)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if m := csrfField.FindSubmatch(body); m != nil {
		c.csrf = string(m[1])
	}
	return resp.StatusCode, string(body)
}

// post sends a form (multipart with a file when file is set).
func (c *upConsole) post(path string, v url.Values, file ...string) (int, string) {
	c.t.Helper()
	v.Set("csrf", c.csrf)
	body, ctype := strings.NewReader(v.Encode()), "application/x-www-form-urlencoded"
	var buf bytes.Buffer
	if len(file) == 2 {
		mw := multipart.NewWriter(&buf)
		for k := range v {
			mw.WriteField(k, v.Get(k))
		}
		fw, _ := mw.CreateFormFile(file[0], file[0]+".csv")
		fw.Write([]byte(file[1]))
		mw.Close()
		body, ctype = strings.NewReader(buf.String()), mw.FormDataContentType()
	}
	resp, err := c.c.Post(c.base+path, ctype, body)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	return resp.StatusCode, resp.Header.Get("Location")
}

// upSecondElection creates a second election in evote up's console
// while the first is open: named trustees (three of the demo's
// accounts), its own registrar key, and a roll imported into its store
// while the registrar runs; the registrar's origin serves both
// elections at once, and trustee 1's invitation names the chain's RPC.
// It returns the second election's id.
func upSecondElection(t *testing.T, c *upConsole, data string, o origins, rpcPort int) string {
	canonical, err := election.Canonical(election.Sample())
	if err != nil {
		t.Fatal(err)
	}
	m, err := election.Parse(canonical)
	if err != nil {
		t.Fatal(err)
	}
	m.Title = election.Text{RU: "Второй опрос", EN: "Second poll"}
	manifest := m.Bytes()
	var lines []string
	for i := 1; i <= 3; i++ {
		key, err := crypto.LoadECDSA(filepath.Join(data, "accounts", fmt.Sprintf("trustee%d.key", i)))
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, fmt.Sprintf("Trustee %c | %s", 'A'+i-1, crypto.PubkeyToAddress(key.PublicKey).Hex()))
	}
	c.get("/new")
	if code, to := c.post("/deploy", url.Values{"manifest": {string(manifest)}, "trustees": {strings.Join(lines, "\n")},
		"threshold": {"2"}, "confirm": {"DEPLOY"}}); code != http.StatusSeeOther || to != "/e/2/" {
		audit, _ := os.ReadFile(filepath.Join(data, "console", "audit.jsonl"))
		t.Fatalf("the second election's deployment: %d to %q; the console's audit log:\n%s", code, to, audit)
	}
	id := fmt.Sprintf("0x%x", election.ID(manifest))
	c.get("/e/2/roll")
	if code, to := c.post("/e/2/roll", url.Values{"back": {"roll"}}, "roll", "voter_id,name\nW0001,Вера Смирнова\nW0002,Dmitry Orlov\n"); code != http.StatusSeeOther || to != "/e/2/roll" {
		t.Fatalf("the second election's roll: %d to %q", code, to)
	}
	if n := registrarVoters(t, o, id); n != 2 {
		t.Errorf("the registrar has %d voters of the second election, want 2", n)
	}
	code, file := c.get("/e/2/invite/1/file")
	inv, err := invite.Read(strings.NewReader(file))
	if code != http.StatusOK || err != nil || inv.Name != "Trustee A" || inv.RPC != fmt.Sprintf("http://127.0.0.1:%d", rpcPort) {
		t.Errorf("trustee 1's invitation: %d %v %+v", code, err, inv)
	}
	return id
}

// registrarVoters is the count of voters the registrar's origin gives
// for election id.
func registrarVoters(t *testing.T, o origins, id string) uint64 {
	t.Helper()
	resp, err := http.Get(o.registrar + "/v1/elections/" + id + "/count")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var ci api.CountInfo
	if err := json.NewDecoder(resp.Body).Decode(&ci); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("the registrar's count of election %s: %d %v", id, resp.StatusCode, err)
	}
	return ci.EligibleVoters
}
