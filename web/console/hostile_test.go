package console_test

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/web/console"
)

// posts are every POST endpoint of the console (of election 1 where
// they are an election's).
var posts = []string{"/logout", "/new", "/new/upload", "/deploy", "/e/1/setup", "/e/1/roll", "/e/1/roll/download", "/e/1/roll/erase",
	"/e/1/ceremony/finish", "/e/1/polls/open", "/e/1/polls/close", "/e/1/tally", "/e/1/publish", "/e/1/archive"}

// TestHostile sends every endpoint what an attacker would: no session,
// no or a wrong CSRF token, another origin, a replayed token after sign
// out, oversized and malformed bodies, and guesses of the credential.
// Each is refused with nothing done, and the refusals are in the audit
// log, whose hash chain holds.
func TestHostile(t *testing.T) {
	w := newWorld(t)
	anon := w.agent(t)
	for _, p := range []string{"/", "/new", "/e/1/", "/e/1/roll", "/audit"} {
		if code, _ := anon.get(p); code != http.StatusSeeOther {
			t.Errorf("GET %s without a session: %d", p, code)
		}
	}
	for _, p := range posts {
		if resp, _ := anon.form(p, url.Values{"csrf": {"x"}}); resp.StatusCode != http.StatusForbidden {
			t.Errorf("POST %s without a session: %d", p, resp.StatusCode)
		}
	}

	a := w.agent(t)
	if resp := a.login(w.cred); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("sign-in: %d", resp.StatusCode)
	}
	checkCookie(t, a)
	for _, p := range posts[1:] {
		if resp, _ := a.form(p, url.Values{"csrf": {""}}); resp.StatusCode != http.StatusForbidden {
			t.Errorf("POST %s without a CSRF token: %d", p, resp.StatusCode)
		}
		if resp, _ := a.form(p, url.Values{"csrf": {a.csrf + "x"}}); resp.StatusCode != http.StatusForbidden {
			t.Errorf("POST %s with a wrong CSRF token: %d", p, resp.StatusCode)
		}
		if resp, _ := a.form(p, url.Values{}, "Origin", "http://evil.example"); resp.StatusCode != http.StatusForbidden {
			t.Errorf("POST %s from another origin: %d", p, resp.StatusCode)
		}
	}
	hostileBodies(t, a)
	confirmations(t, a)
	deployed(t, w, a)
	badRolls(t, a)

	old := a.csrf
	a.form("/logout", url.Values{})
	if resp, _ := a.form("/e/1/polls/close", url.Values{"csrf": {old}, "confirm": {"CLOSE"}}); resp.StatusCode != http.StatusForbidden {
		t.Errorf("a replayed form after sign-out: %d", resp.StatusCode)
	}
	guesses(t, w)
	checkAudit(t, w)
}

// checkCookie checks the session cookie's flags and the page's headers.
func checkCookie(t *testing.T, a *agent) {
	resp, err := a.c.Get(a.base + "/")
	must(t, err)
	resp.Body.Close()
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "script-src") {
		t.Errorf("CSP %q", csp)
	}
	b := loginCookies(t, a.base)
	if !strings.Contains(b, "HttpOnly") || !strings.Contains(b, "SameSite=Strict") {
		t.Errorf("session cookie %q", b)
	}
}

// loginCookies are the Set-Cookie headers of the sign-in page.
func loginCookies(t *testing.T, base string) string {
	resp, err := http.Get(base + "/login")
	must(t, err)
	resp.Body.Close()
	return strings.Join(resp.Header.Values("Set-Cookie"), "; ")
}

// hostileBodies sends oversized and malformed bodies.
func hostileBodies(t *testing.T, a *agent) {
	for _, p := range posts[1:] {
		if resp, _ := a.post(p, "application/x-www-form-urlencoded", strings.NewReader("csrf="+a.csrf+"&%zz")); resp.StatusCode != http.StatusBadRequest {
			t.Errorf("POST %s with a malformed form: %d", p, resp.StatusCode)
		}
		if p == "/e/1/roll" {
			continue // takes a city's roll: 256 MiB
		}
		if resp, _ := a.post(p, "application/x-www-form-urlencoded", strings.NewReader("csrf="+a.csrf+"&x="+strings.Repeat("x", 1<<20))); resp.StatusCode != http.StatusRequestEntityTooLarge {
			t.Errorf("POST %s with 1 MiB: %d", p, resp.StatusCode)
		}
	}
	big := strings.Repeat("x", 300<<10)
	if resp, _ := a.form("/new", url.Values{"title_ru": {big}}); resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("an oversized form: %d", resp.StatusCode)
	}
	if resp, _ := a.post("/new/upload", "multipart/form-data; boundary=zz", strings.NewReader("--zz\r\ngarbage")); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("a malformed multipart body: %d", resp.StatusCode)
	}
	for name, manifest := range map[string]string{
		"not JSON":      "{",
		"unknown field": `{"version":1,"title":{"ru":"а","en":"a"},"questions":[],"extra":1}`,
		"oversized":     `{"version":1,"title":{"ru":"` + strings.Repeat("а", 200<<10) + `"}}`,
	} {
		resp, body := upload(t, a, "/new/upload", "manifest", manifest, "trustees", "0x0000000000000000000000000000000000000001", "threshold", "1")
		if resp.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(body, `role="alert"`) {
			t.Errorf("manifest %s: %d", name, resp.StatusCode)
		}
	}
	a.get("/new")
	if resp, body := a.form("/new", url.Values{"questions": {"1000000"}, "title_ru": {"а"}, "title_en": {"a"}}); resp.StatusCode != http.StatusUnprocessableEntity || strings.Count(body, "<fieldset id=\"q") > 20 {
		t.Errorf("a form with a million questions: %d", resp.StatusCode)
	}
}

// badRolls: malformed rolls are refused with the reason on the roll page,
// and an election or a trustee that does not exist is 404.
func badRolls(t *testing.T, a *agent) {
	for name, roll := range map[string]string{"bad header": "id;name\n1;x\n", "duplicate": "voter_id,name\nV1,a\nV1,b\n", "binary": "\x00\x01\x02"} {
		resp, _ := upload(t, a, "/e/1/roll", "roll", roll, "back", "roll")
		if _, page := a.get("/e/1/roll"); resp.StatusCode != http.StatusSeeOther || !strings.Contains(page, "The roll was not accepted") && !strings.Contains(page, "Список не принят") {
			t.Errorf("roll %s: %d\n%s", name, resp.StatusCode, page)
		}
	}
	for _, p := range []string{"/e/2/", "/e/0/roll", "/e/x/", "/e/99999999999999999999/", "/e/1/invite/0", "/e/1/invite/2",
		"/e/1/invite/x", "/e/1/invite/-1/file", "/e/1/invite/99999999999999999999/file", "/e/2/invite/1"} {
		if code, _ := a.get(p); code != http.StatusNotFound {
			t.Errorf("GET %s: %d", p, code)
		}
	}
	if resp, _ := a.form("/e/2/polls/open", url.Values{"confirm": {"OPEN"}}); resp.StatusCode != http.StatusNotFound {
		t.Errorf("opening the polls of no election: %d", resp.StatusCode)
	}
	if code, page := a.get("/e/1/invite/1/file"); code != http.StatusOK || !strings.Contains(page, `"trustee": 1`) {
		t.Errorf("the invitation of trustee 1: %d\n%s", code, page)
	}
}

// sampleManifest is the sample election's manifest, canonical.
func sampleManifest(t *testing.T) []byte {
	m, err := election.Canonical(election.Sample())
	must(t, err)
	return m
}

// deployed deploys election 1 from a manifest over HTTP; a second
// election from the same manifest (the same election id) is refused.
func deployed(t *testing.T, w *world, a *agent) {
	a.get("/new")
	deploy := func() *http.Response {
		resp, _ := a.form("/deploy", url.Values{"manifest": {string(sampleManifest(t))}, "trustees": {w.trustees[0].From.Hex()},
			"threshold": {"1"}, "confirm": {"DEPLOY"}})
		return resp
	}
	if resp := deploy(); resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/e/1/" {
		t.Fatalf("deploy: %d to %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	resp := deploy()
	if _, page := a.get("/?lang=en"); resp.Header.Get("Location") != "/" || !strings.Contains(page, "the same manifest") || strings.Contains(page, `id="election-2"`) {
		t.Errorf("a second deployment of the same manifest: %d to %q\n%s", resp.StatusCode, resp.Header.Get("Location"), page)
	}
}

// confirmations: irreversible actions without the typed word do nothing.
func confirmations(t *testing.T, a *agent) {
	resp, _ := a.form("/deploy", url.Values{"manifest": {"{}"}, "trustees": {"x"}, "threshold": {"1"}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Errorf("a deploy of a bad manifest: %d", resp.StatusCode)
	}
	if _, page := a.get("/"); !strings.Contains(page, `id="no-election"`) {
		t.Error("a bad deploy made an election")
	}
}

// guesses: sign-in without the form's token is refused; after five
// wrong credentials an address gets 429 for the next wrong one, and the
// right one is still accepted (a stranger cannot lock the owner out).
func guesses(t *testing.T, w *world) {
	g := w.agent(t)
	if resp, _ := g.form("/login", url.Values{"credential": {w.cred}, "csrf": {"forged"}}); resp.StatusCode != http.StatusForbidden {
		t.Errorf("sign-in without the form's token: %d", resp.StatusCode)
	}
	for i := range 5 {
		if resp := g.login("AAAA-BBBB-" + string(rune('A'+i))); resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("wrong credential %d: %d", i, resp.StatusCode)
		}
	}
	if resp := g.login("AAAA-BBBB-Z"); resp.StatusCode != http.StatusTooManyRequests {
		t.Errorf("a sixth wrong credential: %d", resp.StatusCode)
	}
	if resp := g.login(w.cred); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("the right credential after five failures: %d", resp.StatusCode)
	}
}

// checkAudit checks that the refusals are logged and that tampering with
// the log shows.
func checkAudit(t *testing.T, w *world) {
	path := filepath.Join(w.dir, "audit.jsonl")
	data, err := os.ReadFile(path)
	must(t, err)
	for _, want := range []string{`"result":"refused","detail":"no session"`, `"detail":"wrong credential"`,
		`"action":"sign-in","result":"ok"`, `no valid CSRF token`, `"detail":"another origin"`} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("the audit log has no %s", want)
		}
	}
	log, err := console.OpenAudit(path)
	must(t, err)
	defer log.Close()
	if _, intact, err := log.Read(10); err != nil || !intact {
		t.Errorf("the audit log's chain: %v %v", intact, err)
	}
	must(t, os.WriteFile(path, bytes.Replace(data, []byte("wrong credential"), []byte("right credential"), 1), 0o600))
	if _, intact, _ := log.Read(10); intact {
		t.Error("an edited audit log reads as intact")
	}
}

// upload posts a multipart form with one file (field, content) and
// other fields.
func upload(t *testing.T, a *agent, path, field, content string, fields ...string) (*http.Response, string) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.WriteField("csrf", a.csrf)
	for i := 0; i+1 < len(fields); i += 2 {
		mw.WriteField(fields[i], fields[i+1])
	}
	fw, err := mw.CreateFormFile(field, field+".txt")
	must(t, err)
	fw.Write([]byte(content))
	mw.Close()
	return a.post(path, mw.FormDataContentType(), &buf)
}
