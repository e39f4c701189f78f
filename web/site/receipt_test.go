package site_test

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/evote-org/evote/ballotbox/tracker"
	"github.com/evote-org/evote/web/internal/browsertest"
)

// TestTrackReceipt: a voter finds their ballot and gets its receipt: the
// tracker, the check address and its QR code, copied, downloaded as a
// file and printed on a page of its own, all made in the browser (the
// site's server sees the tracker only in the look-up the voter asked
// for). The QR codes themselves are decoded in web/site/receipt/check.
func TestTrackReceipt(t *testing.T) {
	w := newWorld(t, 1)
	g := w.goBooth(t)
	ctx := g.ctx
	g.cast(g.register("V0000", w.codes["V0000"]), [][]bool{{false, true, false}, {true, false, false}})
	waitBallots(ctx, t, w.box, 1)
	head, err := w.box.Head(ctx)
	must(t, err)
	var code string
	for c, err := range w.box.Ballots(ctx, w.deployed, head) {
		must(t, err)
		code = tracker.Of(c.Ballot).String()
	}

	b := browsertest.New(t)
	downloads := t.TempDir()
	if _, err := chromedp.CallBrowser(b.Ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: downloads}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		if _, err := chromedp.CallBrowser(b.Ctx, browser.SetPermission, browser.SetPermissionParams{Origin: w.url,
			Permission: &browser.PermissionDescriptor{Name: name}, Setting: browser.PermissionSettingGranted}); err != nil {
			t.Fatal(err)
		}
	}
	b.Do("find my ballot", chromedp.Navigate(w.url+"/track?lang=en&tracker="+code),
		chromedp.WaitVisible(chromedp.CSS("#track-receipt svg.qr")))
	url := w.url + "/track?tracker=" + code
	got := browsertest.Get(b, "receipt", chromedp.Evaluate[[]string](`(() => { const r = document.getElementById("track-receipt");
		return [r.dataset.url, r.querySelector(".tracker").textContent, r.querySelector("a").href, r.querySelector("h2").textContent,
			r.querySelector("svg.qr").getAttribute("aria-label"), String(r.querySelector("svg.qr path").getAttribute("d").split("M").length - 1)]; })()`))
	if got[0] != url || got[1] != code || got[2] != url || got[3] != "Receipt" || !strings.Contains(got[4], code) || dark(got[5]) < 100 {
		t.Errorf("receipt %q, want %s and %s", got, url, code)
	}
	b.Do("the election's title", browsertest.Void(chromedp.Poll[bool](`document.querySelector("#track-receipt dd").textContent === "City poll on parks"`)))
	b.Shoot("track-receipt")

	b.Do("copy", chromedp.Click(chromedp.CSS(".receipt-actions button:nth-child(1)")),
		browsertest.Void(chromedp.Poll[bool](`document.querySelector(".receipt-status").textContent !== ""`)))
	if got := b.Text(".receipt-status"); got != "Code "+code+" copied." {
		t.Errorf("copy: %q", got)
	}
	if got := browsertest.Get(b, "clipboard", chromedp.Evaluate[string](`navigator.clipboard.readText()`, chromedp.EvalAwaitPromise)); got != code {
		t.Errorf("clipboard %q, want %s", got, code)
	}

	b.Do("download", chromedp.Click(chromedp.CSS(".receipt-actions button:nth-child(2)")))
	file := filepath.Join(downloads, "receipt-"+code+".html")
	var saved []byte
	for saved == nil && ctx.Err() == nil {
		saved, _ = os.ReadFile(file)
		time.Sleep(50 * time.Millisecond)
	}
	for _, want := range []string{code, url, "City poll on parks", "<svg", "Anyone can check"} {
		if !strings.Contains(string(saved), want) {
			t.Errorf("the downloaded receipt has no %q:\n%s", want, saved)
		}
	}

	if _, err := chromedp.Call(b.Ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	shown := browsertest.Get(b, "printed", chromedp.Evaluate[[]bool](`["header", "form", "#track-h", ".receipt-actions", "#track-receipt", "svg.qr"]
		.map((s) => getComputedStyle(document.querySelector(s)).display !== "none")`))
	if want := []bool{false, false, false, false, true, true}; !slices.Equal(shown, want) {
		t.Errorf("printed: header, form, heading, buttons, receipt, QR shown %v, want %v", shown, want)
	}
	b.Shoot("track-receipt-print")

	for _, r := range w.siteRequests() {
		if strings.Contains(r, code) && r != "GET /api/ballots/"+code {
			t.Errorf("the site's server received the tracker: %s", r)
		}
	}
}

// dark is a count of the QR code's dark modules, 0 if it is none.
func dark(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
