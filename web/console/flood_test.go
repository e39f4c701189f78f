package console_test

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// endless is a request body that never ends and counts what is read.
type endless struct{ read atomic.Int64 }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'x'
	}
	e.read.Add(int64(len(p)))
	return len(p), nil
}

// hostile sends one POST straight to the console's handler from addr,
// with a body announcing 200 MiB, and returns the status and how many
// bytes of the body the console read.
func hostile(h http.Handler, path, addr, host string, headers ...string) (int, int64) {
	body := &endless{}
	r := httptest.NewRequest(http.MethodPost, path, io.LimitReader(body, 200<<20))
	r.ContentLength = 200 << 20
	r.RemoteAddr, r.Host = addr, host
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	for i := 0; i+1 < len(headers); i += 2 {
		r.Header.Set(headers[i], headers[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, r)
	return rec.Code, body.read.Load()
}

// TestRefuseBeforeRead: a POST without a session, with a session but
// from another origin, or to another host name is refused before a byte
// of its body is read, whatever size it announces; and a flood of
// anonymous refusals adds a few audit lines per address, not one each.
func TestRefuseBeforeRead(t *testing.T) {
	w := newWorld(t)
	h := w.con.Handler()
	a := w.agent(t)
	if resp := a.login(w.cred); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("sign-in: %d", resp.StatusCode)
	}
	u, _ := url.Parse(w.url)
	session := a.c.Jar.Cookies(u)
	cookie := ""
	for _, c := range session {
		cookie += c.Name + "=" + c.Value + "; "
	}
	for _, p := range append(posts, "/login") {
		for _, c := range []struct {
			name    string
			host    string
			status  int
			headers []string
		}{
			{"no session", u.Host, http.StatusForbidden, nil},
			{"another origin", u.Host, http.StatusForbidden, []string{"Cookie", cookie, "Origin", "http://evil.example"}},
			{"another host", "evil.example", http.StatusMisdirectedRequest, []string{"Cookie", cookie}},
			{"another host with a port", "evil.example:8090", http.StatusMisdirectedRequest, []string{"Cookie", cookie}},
		} {
			if p == "/login" && c.name == "another origin" {
				c.headers = []string{"Cookie", "evote_console_login=x", "Origin", "http://evil.example"}
			}
			status, read := hostile(h, p, "203.0.113.7:4000", c.host, c.headers...)
			if status != c.status || read != 0 {
				t.Errorf("POST %s, %s: %d after reading %d bytes, want %d before reading any", p, c.name, status, read, c.status)
			}
		}
	}
	auditFlood(t, w, h, u.Host)
}

// auditFlood sends 200 anonymous POSTs from each of 5 addresses and
// checks what the audit log grew by.
func auditFlood(t *testing.T, w *world, h http.Handler, host string) {
	path := filepath.Join(w.dir, "audit.jsonl")
	before := lines(t, path)
	for i := range 5 {
		for range 200 {
			hostile(h, "/e/1/roll", fmt.Sprintf("198.51.100.%d:5000", i), host)
		}
	}
	if grew := lines(t, path) - before; grew > 5*3 {
		t.Errorf("1,000 anonymous refusals added %d audit lines, want at most 15", grew)
	}
	hostile(h, "/e/1/roll", "192.0.2.99:5000", host)
	data, err := os.ReadFile(path)
	must(t, err)
	if last := lastLine(data); !strings.Contains(last, "refusals not recorded before this one") {
		t.Errorf("the next recorded refusal does not count the unrecorded ones: %s", last)
	}
}

func lines(t *testing.T, path string) int {
	data, err := os.ReadFile(path)
	must(t, err)
	return bytes.Count(data, []byte("\n"))
}

func lastLine(data []byte) string {
	l := bytes.Split(bytes.TrimSpace(data), []byte("\n"))
	return string(l[len(l)-1])
}

// TestAnonymousUploads: eight parallel anonymous uploads announcing 200
// MiB each to a real server are refused (403) after the server has taken
// no more of each than the connection's buffers hold: it closes the
// connection instead of reading the body. (A heap measurement would also
// count the chain node running in this process.)
func TestAnonymousUploads(t *testing.T) {
	w := newWorld(t)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			body := &endless{}
			req, err := http.NewRequest(http.MethodPost, w.url+"/e/1/roll", io.LimitReader(body, 200<<20))
			if err != nil {
				t.Error(err)
				return
			}
			req.ContentLength = 200 << 20
			req.Header.Set("Content-Type", "multipart/form-data; boundary=zz")
			resp, err := http.DefaultClient.Do(req)
			if err == nil { // the server may close before the client has sent it all
				resp.Body.Close()
				if resp.StatusCode != http.StatusForbidden {
					t.Errorf("anonymous upload: %d", resp.StatusCode)
				}
			}
			sent := body.read.Load()
			t.Logf("the client sent %d KiB before the refusal", sent>>10)
			if sent > 32<<20 {
				t.Errorf("the server took %d MiB of an anonymous upload", sent>>20)
			}
		})
	}
	wg.Wait()
}

// TestOwnerAfterFlood: wrong sign-ins from many addresses, enough to
// use up every limit, do not keep the commission out: the right
// credential is accepted from an address over its limit and from a new
// one, while the flooding address's next wrong guess gets 429.
func TestOwnerAfterFlood(t *testing.T) {
	w := newWorld(t)
	h := w.con.Handler()
	u, _ := url.Parse(w.url)
	signIn := func(addr, cred string) int {
		r := httptest.NewRequest(http.MethodPost, "/login", strings.NewReader(url.Values{"csrf": {"t"}, "credential": {cred}}.Encode()))
		r.RemoteAddr, r.Host = addr, u.Host
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		r.Header.Set("Cookie", "evote_console_login=t")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		return rec.Code
	}
	for i := range 6 {
		for range 6 {
			signIn(fmt.Sprintf("203.0.113.%d:1000", i), "AAAA-BBBB-CCCC")
		}
	}
	if code := signIn("203.0.113.0:1000", "AAAA-BBBB-CCCC"); code != http.StatusTooManyRequests {
		t.Errorf("a flooding address's next guess: %d, want 429", code)
	}
	data, err := os.ReadFile(filepath.Join(w.dir, "audit.jsonl"))
	must(t, err)
	if !bytes.Contains(data, []byte(`"who":"anonymous from 203.0.113.0","action":"sign-in","result":"refused","detail":"too many failed sign-ins"`)) {
		t.Error("the audit log has no refusal past the limit")
	}
	if code := signIn("203.0.113.0:1000", w.cred); code != http.StatusSeeOther {
		t.Errorf("the right credential from an address over its limit: %d, want 303", code)
	}
	if code := signIn("127.0.0.1:1000", w.cred); code != http.StatusSeeOther {
		t.Errorf("the owner after a flood from six addresses: %d, want 303", code)
	}
}
