package site_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/evote-org/evote/web/internal/browsertest"
)

// lossy forwards a token request to the registrar and, while loseToken is
// set, drops the answer once the registrar has signed: the page waits
// for an answer that never comes, as after a lost connection.
func (w *world) lossy(h http.Handler) http.Handler {
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || !strings.HasSuffix(r.URL.Path, "/tokens") || !w.loseToken.Load() {
			h.ServeHTTP(rw, r)
			return
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		if rec.Code != http.StatusOK {
			rw.WriteHeader(rec.Code)
			rw.Write(rec.Body.Bytes())
			return
		}
		w.loseToken.Store(false)
		w.lost <- struct{}{}
		select {
		case <-r.Context().Done():
		case <-time.After(30 * time.Second):
		}
	})
}

// TestBoothResumeCast: the registrar signs but its answer to the cast's
// token request is lost, and the voter reloads the page. The booth had
// kept the pending sign-in and the ballot on the device, encrypted (no
// code, voter id, tracker or key readable in the browser's storage);
// with the code entered again it sends the same blinded message, and
// the very ballot whose tracker the voter saw is recorded. The registrar
// issued exactly one token.
func TestBoothResumeCast(t *testing.T) {
	w := newWorld(t, 2)
	b := browsertest.New(t)
	code := w.codes["V0001"]

	b.Do("sign in, choose, encrypt", signedIn(w, "V0001"), toTicks, toReview)
	shown := b.Text("#review-tracker")
	w.loseToken.Store(true)
	b.Do("cast; the token's answer is lost", chromedp.Click(chromedp.CSS("#cast")))
	select {
	case <-w.lost:
	case <-time.After(60 * time.Second):
		t.Fatal("no token request reached the registrar")
	}
	kept := browsertest.Get(b, "the kept state", chromedp.Evaluate[string](`JSON.stringify(localStorage)`))
	for _, secret := range []string{code, strings.ReplaceAll(code, "-", ""), "V0001", shown, "seed", "ballot"} {
		if strings.Contains(kept, secret) {
			t.Errorf("the device's storage shows %q: %s", secret, kept)
		}
	}
	if !strings.Contains(kept, "evote-vault-") {
		t.Fatalf("nothing kept on the device: %s", kept)
	}

	b.Do("reload", chromedp.Reload(), toLogin)
	if got := browsertest.Get(b, "voter id", chromedp.Evaluate[string](`document.getElementById("voter-id").value`)); got != "V0001" {
		t.Errorf("voter id after the reload: %q", got)
	}
	b.Do("sign in again",
		chromedp.SendKeys(chromedp.CSS("#code"), code),
		chromedp.Click(chromedp.CSS("#login-submit")),
		chromedp.WaitVisible(chromedp.CSS("#step-done")))
	if got := b.Text("#tracker"); got != shown {
		t.Errorf("recorded %s, the voter saw %s", got, shown)
	}
	w.checkCounted(t, shown, "")
	if n, err := w.store.Issued(context.Background()); err != nil || n != 1 {
		t.Errorf("the registrar issued %d tokens (%v), want 1", n, err)
	}
	if left := browsertest.Get(b, "the tab's state", chromedp.Evaluate[int](`sessionStorage.length`)); left != 0 {
		t.Errorf("%d items left in sessionStorage after the cast", left)
	}
}
