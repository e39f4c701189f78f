package site_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/evote-org/evote/web/internal/browsertest"
)

// TestBoothClosed: after the close the booth is a calm page with a
// heading and a link to the results, and it never downloads the
// WebAssembly (nor its worker).
func TestBoothClosed(t *testing.T) {
	w := newWorld(t, 1)
	tx, err := w.box.ClosePolls(w.com)
	must(t, err)
	mined(t, w.box, tx)
	b := browsertest.New(t)
	b.Do("open the booth", chromedp.Navigate(w.url+"/?lang=en"), chromedp.WaitVisible(chromedp.CSS("#step-closed")))
	if got := b.Text("#closed-h"); got != "Voting has ended" {
		t.Errorf("heading %q", got)
	}
	if n := browsertest.Get(b, "headings", chromedp.Evaluate[int](`Array.from(document.querySelectorAll("h1")).filter((h) => h.offsetParent !== null).length`)); n != 1 {
		t.Errorf("%d visible h1", n)
	}
	if href := browsertest.Get(b, "link", chromedp.Evaluate[string](`document.querySelector("#closed-results a").getAttribute("href")`)); href != "/observer" {
		t.Errorf("results link %q", href)
	}
	b.Shoot("closed")
	b.Do("switch to Russian", chromedp.Click(chromedp.CSS(`a[data-lang="ru"]`)))
	if got := b.Text("#closed-h"); got != "Голосование завершено" {
		t.Errorf("Russian heading %q", got)
	}
	for _, r := range w.siteRequests() {
		if strings.Contains(r, ".wasm") || strings.Contains(r, "booth-worker") || strings.Contains(r, "wasm_exec") {
			t.Errorf("the closed booth requested %s", r)
		}
	}
}
