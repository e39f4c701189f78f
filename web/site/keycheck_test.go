package site_test

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/evote-org/evote/crypto/blind/signer"
	"github.com/evote-org/evote/web/internal/browsertest"
	"github.com/evote-org/evote/web/site"
)

// TestBoothKeyMismatch: a registrar whose key is not the one on chain is
// refused by the booth before it blinds anything, with a clear message.
func TestBoothKeyMismatch(t *testing.T) {
	w := newWorld(t, 1)
	other, err := signer.Load("../../crypto/blind/testdata/test-only-key-3072-b.pem")
	must(t, err)
	rogue := w.startRegistrar(t, other, 1) // same election, another key
	bin, err := wasm()
	must(t, err)
	s, err := site.New(site.Config{Box: w.box, FromBlock: w.deployed, Wasm: bin, Registrar: proxy(t, rogue)})
	must(t, err)
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)

	b := browsertest.New(t)
	b.Do("sign in at a registrar with another key", chromedp.Navigate(srv.URL+"/?lang=en"),
		chromedp.WaitVisible(chromedp.CSS("#step-login")),
		chromedp.SendKeys(chromedp.CSS("#voter-id"), "V0000"),
		chromedp.SendKeys(chromedp.CSS("#code"), w.codes["V0000"]),
		chromedp.Click(chromedp.CSS("#login-submit")),
		chromedp.WaitVisible(chromedp.CSS("#error")))
	if got := b.Text("#error"); !strings.Contains(got, "The registrar's key is not the key on chain") {
		t.Errorf("a registrar with another key: %q", got)
	}
	if got := browsertest.Get(b, "step", chromedp.Evaluate[bool](`document.getElementById("step-ballot").hidden`)); !got {
		t.Error("the ballot is shown after a key mismatch")
	}
	b.Shoot("10-key-mismatch")
}
