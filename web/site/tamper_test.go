package site_test

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/evote-org/evote/web/internal/browsertest"
	"github.com/evote-org/evote/web/site"
)

// TestBoothTamperedModule: the worker fetches the WebAssembly with the
// hash the page names, so a module changed on the way is refused, and
// the voter is told that the booth did not load. The change is one that
// would run just as well (a custom section appended, which WebAssembly
// ignores), served by a second site behind the same address: only the
// integrity check can refuse it.
func TestBoothTamperedModule(t *testing.T) {
	w := newWorld(t, 1)
	bin, err := wasm()
	must(t, err)
	tampered := append(bytes.Clone(bin), 0, 2, 1, 'x') // custom section "x", empty
	honest, err := site.New(site.Config{Box: w.box, FromBlock: w.deployed, Wasm: bin})
	must(t, err)
	rogue, err := site.New(site.Config{Box: w.box, FromBlock: w.deployed, Wasm: tampered})
	must(t, err)
	pages, modules := honest.Handler(), rogue.Handler()
	srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/assets/booth.wasm" {
			modules.ServeHTTP(rw, r)
			return
		}
		pages.ServeHTTP(rw, r)
	}))
	t.Cleanup(srv.Close)

	b := browsertest.New(t)
	b.Do("open the booth with a changed module", chromedp.Navigate(srv.URL+"/?lang=en"),
		chromedp.WaitVisible(chromedp.CSS("#error")))
	if got := b.Text("#error"); !strings.Contains(got, "The booth did not load") {
		t.Errorf("a changed module: %q", got)
	}
	if hidden := browsertest.Get(b, "step", chromedp.Evaluate[bool](`document.getElementById("step-login").hidden`)); !hidden {
		t.Error("the sign-in form is shown with a changed module")
	}
}
