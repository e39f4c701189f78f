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

// TestBoothResumeSignIn: the registrar signs but its answer is lost and
// the page is reloaded; the booth kept the pending sign-in (never the
// code), says it is completing it, sends the same blinded message with
// the re-entered code, and the voter gets the token and votes. The
// registrar issued exactly one token.
func TestBoothResumeSignIn(t *testing.T) {
	w := newWorld(t, 2)
	b := browsertest.New(t)
	code := w.codes["V0001"]

	b.Do("open the booth", chromedp.Navigate(w.url+"/?lang=en"), chromedp.WaitVisible(chromedp.CSS("#step-login")))
	w.loseToken.Store(true)
	b.Do("sign in; the answer is lost",
		chromedp.SendKeys(chromedp.CSS("#voter-id"), "V0001"),
		chromedp.SendKeys(chromedp.CSS("#code"), code),
		chromedp.Click(chromedp.CSS("#login-submit")))
	select {
	case <-w.lost:
	case <-time.After(60 * time.Second):
		t.Fatal("no token request reached the registrar")
	}
	kept := browsertest.Get(b, "the kept sign-in", chromedp.Evaluate[string](`sessionStorage.getItem("evote-pending-sign-in") || ""`))
	if kept == "" || strings.Contains(kept, code) || !strings.Contains(kept, "V0001") {
		t.Fatalf("kept sign-in %q", kept)
	}

	b.Do("reload", chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS("#resume-note")))
	if got := b.Text("#resume-note"); !strings.Contains(got, "Completing your previous sign-in") {
		t.Errorf("resume note: %q", got)
	}
	if got := browsertest.Get(b, "voter id", chromedp.Evaluate[string](`document.getElementById("voter-id").value`)); got != "V0001" {
		t.Errorf("voter id after the reload: %q", got)
	}
	b.Shoot("resume-sign-in")
	b.Do("re-enter the code",
		chromedp.SendKeys(chromedp.CSS("#code"), code),
		chromedp.Click(chromedp.CSS("#login-submit")),
		chromedp.WaitVisible(chromedp.CSS("#step-ballot")))
	if left := browsertest.Get(b, "the pending sign-in", chromedp.Evaluate[bool](`sessionStorage.getItem("evote-pending-sign-in") === null && sessionStorage.getItem("evote-credential") !== null`)); !left {
		t.Error("the pending sign-in was not replaced by the credential")
	}
	b.Do("vote", castThird)
	w.checkCounted(t, b.Text("#tracker"), "")
	if n, err := w.store.Issued(context.Background()); err != nil || n != 1 {
		t.Errorf("the registrar issued %d tokens (%v), want 1", n, err)
	}
	if left := browsertest.Get(b, "the stored state", chromedp.Evaluate[int](`sessionStorage.length`)); left != 0 {
		t.Errorf("%d items left in sessionStorage after the cast", left)
	}
}
