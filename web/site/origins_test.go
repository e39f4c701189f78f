package site_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/evote-org/evote/web/internal/browsertest"
)

// siteFront is the site's server in a world: one origin (the registrar
// and the relay allow it by CORS) whose handler a test may replace, with
// a log of every request it received.
type siteFront struct {
	h   atomic.Pointer[http.Handler]
	mu  sync.Mutex
	log []string // "METHOD /path"
}

// listenSite starts the site's server and sets w.url; it answers 503
// until setSite.
func (w *world) listenSite(t testing.TB) {
	srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		w.front.mu.Lock()
		w.front.log = append(w.front.log, r.Method+" "+r.URL.Path)
		w.front.mu.Unlock()
		h := w.front.h.Load()
		if h == nil {
			http.Error(rw, "not yet", http.StatusServiceUnavailable)
			return
		}
		(*h).ServeHTTP(rw, r)
	}))
	t.Cleanup(srv.Close)
	w.url = srv.URL
}

// setSite serves h at the site's origin from now on.
func (w *world) setSite(h http.Handler) { w.front.h.Store(&h) }

// siteRequests are the requests the site's server has received.
func (w *world) siteRequests() []string {
	w.front.mu.Lock()
	defer w.front.mu.Unlock()
	return append([]string(nil), w.front.log...)
}

// TestBoothThreeOrigins: the site, the registrar and the relay listen on
// three origins; a voter registers and casts through the booth, which
// calls the registrar and the relay directly, so the site's server
// receives no request of either; and the page's CSP lets it connect to
// exactly those two origins besides its own.
func TestBoothThreeOrigins(t *testing.T) {
	w := newWorld(t, 1)
	if w.url == w.regURL || w.url == w.relayURL || w.regURL == w.relayURL {
		t.Fatalf("not three origins: %s %s %s", w.url, w.regURL, w.relayURL)
	}
	resp, err := http.Get(w.url + "/")
	must(t, err)
	resp.Body.Close()
	want := "connect-src 'self' " + w.regURL + " " + w.relayURL + " ws" + strings.TrimPrefix(w.relayURL, "http") + ";"
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, want) || strings.Count(csp, "connect-src") != 1 {
		t.Errorf("CSP %q, want %q", csp, want)
	}

	b := browsertest.New(t)
	b.Do("sign in, choose, encrypt and cast", w.signIn("V0000"), chromedp.WaitVisible(chromedp.CSS("#step-ballot")), castThird)
	w.checkCounted(t, b.Text("#tracker"), "")

	log := w.siteRequests()
	for _, r := range log {
		_, path, _ := strings.Cut(r, " ")
		for _, api := range []string{"/registrar", "/relay", "/v1/", "/healthz", "/metrics"} {
			if strings.HasPrefix(path, api) {
				t.Errorf("the site's server received %s", r)
			}
		}
	}
	t.Logf("the site's server received %d requests: %v", len(log), log)
}

// signIn opens the booth in English and submits voter's id and code.
func (w *world) signIn(voter string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(chromedp.Navigate(w.url+"/?lang=en"),
		chromedp.WaitVisible(chromedp.CSS("#step-login")),
		chromedp.SendKeys(chromedp.CSS("#voter-id"), voter),
		chromedp.SendKeys(chromedp.CSS("#code"), w.codes[voter]),
		chromedp.Click(chromedp.CSS("#login-submit")))
}

// castThird chooses the third option of the first question on the shown
// ballot, encrypts, casts and waits until the ballot is recorded.
var castThird = chromedp.Steps(
	chromedp.Click(chromedp.CSS(`label[for="q0o2"]`)),
	chromedp.Click(chromedp.CSS("#encrypt")),
	chromedp.WaitVisible(chromedp.CSS("#step-review")),
	chromedp.Click(chromedp.CSS("#cast")),
	chromedp.WaitVisible(chromedp.CSS("#step-done")))
