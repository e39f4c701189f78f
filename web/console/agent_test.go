package console_test

import (
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

// agent is a client of the console over HTTP that does not follow
// redirects, with its own cookies.
type agent struct {
	t    *testing.T
	base string
	c    *http.Client
	csrf string // the last page's form token
}

func (w *world) agent(t *testing.T) *agent {
	jar, _ := cookiejar.New(nil)
	return &agent{t: t, base: w.url, c: &http.Client{Jar: jar,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

var csrfField = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// get fetches a page and keeps its form token.
func (a *agent) get(path string) (int, string) {
	a.t.Helper()
	resp, err := a.c.Get(a.base + path)
	must(a.t, err)
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if m := csrfField.FindSubmatch(body); m != nil {
		a.csrf = string(m[1])
	}
	return resp.StatusCode, string(body)
}

// post sends a form with extra headers (name, value pairs).
func (a *agent) post(path, contentType string, body io.Reader, headers ...string) (*http.Response, string) {
	a.t.Helper()
	req, err := http.NewRequest(http.MethodPost, a.base+path, body)
	must(a.t, err)
	req.Header.Set("Content-Type", contentType)
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	resp, err := a.c.Do(req)
	must(a.t, err)
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	return resp, string(out)
}

// form posts values (with the agent's token unless csrf is set in them).
func (a *agent) form(path string, v url.Values, headers ...string) (*http.Response, string) {
	a.t.Helper()
	if _, ok := v["csrf"]; !ok {
		v.Set("csrf", a.csrf)
	}
	return a.post(path, "application/x-www-form-urlencoded", strings.NewReader(v.Encode()), headers...)
}

// login signs in with cred from the sign-in page.
func (a *agent) login(cred string) *http.Response {
	a.t.Helper()
	a.get("/login")
	resp, _ := a.form("/login", url.Values{"credential": {cred}})
	if resp.StatusCode == http.StatusSeeOther {
		a.get("/")
	}
	return resp
}
