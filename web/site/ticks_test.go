package site_test

import (
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/evote-org/evote/web/internal/browsertest"
)

// TestBoothTicksReload: the ticks survive a reload of the tab (after
// the voter signs in again), with the maximum still enforced; they are
// never in localStorage, which outlives the tab.
func TestBoothTicksReload(t *testing.T) {
	w := newWorld(t, 1)
	b := browsertest.New(t)
	b.Do("sign in and tick", signedIn(w, "V0000"), toTicks, chromedp.Click(chromedp.CSS(`label[for="q1o2"]`)))
	b.Do("reload and sign in", chromedp.Reload(), toLogin,
		chromedp.SendKeys(chromedp.CSS("#code"), w.codes["V0000"]),
		chromedp.Click(chromedp.CSS("#login-submit")),
		chromedp.WaitVisible(chromedp.CSS("#step-ballot")))
	got := browsertest.Get(b, "ticks", chromedp.Evaluate[[]bool](`Array.from(document.querySelectorAll("#questions input"), (i) => i.checked)`))
	want := []bool{false, false, true, true, false, true}
	for i := range want {
		if i >= len(got) || got[i] != want[i] {
			t.Fatalf("ticks after the reload %v, want %v", got, want)
		}
	}
	if !browsertest.Get(b, "max", chromedp.Evaluate[bool](`document.getElementById("q1o1").disabled && !document.getElementById("q1-full").hidden`)) {
		t.Error("the maximum is not enforced after the reload")
	}
	if n := browsertest.Get(b, "localStorage", chromedp.Evaluate[int](`localStorage.length`)); n != 0 {
		t.Errorf("%d items in localStorage before the cast", n)
	}
	b.Do("encrypt and cast", toReview, chromedp.Click(chromedp.CSS("#cast")), chromedp.WaitVisible(chromedp.CSS("#step-done")))
	if n := browsertest.Get(b, "sessionStorage", chromedp.Evaluate[int](`sessionStorage.length`)); n != 0 {
		t.Errorf("%d items in sessionStorage after the cast", n)
	}
}
