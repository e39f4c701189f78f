package site_test

import (
	"fmt"
	"io"
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/web/internal/browsertest"
)

// fiveOptions is docs/performance.md's ballot: one question, 5 options,
// at most one selection.
func fiveOptions() []byte {
	q := election.Question{Title: election.Text{RU: "Вопрос", EN: "Question"}, Min: 0, Max: 1}
	for i := range 5 {
		q.Options = append(q.Options, election.Option{Title: election.Text{RU: fmt.Sprint("Вариант ", i+1), EN: fmt.Sprint("Option ", i+1)}})
	}
	m := election.Manifest{Version: election.Version, Title: election.Text{RU: "Замер", EN: "Measurement"}, Questions: []election.Question{q}}
	return m.Bytes()
}

// TestBoothCost measures what the booth costs a voter in Chromium: the
// WebAssembly's size as served (gzip), the time from navigation to a
// usable sign-in form, and the time to encrypt and prove a 5-option
// ballot (the median of 9, in the page's WebAssembly). The numbers go to
// the test log (go test -v) for docs/performance.md, with the page's
// longest stall while the worker encrypts. It fails when the module
// reaches 2 MB served, the target (see docs/performance.md; go-ethereum
// or decred's table coming back would add 0.5-0.7 MB, crypto/x509
// 0.25 MB, and TestWasmDeps names them), or the times pass 3x their
// targets (1 s, 50 ms; the stall 50 ms), a margin for a loaded machine.
func TestBoothCost(t *testing.T) {
	w := newWorldWith(t, 1, fiveOptions())
	req, _ := http.NewRequest(http.MethodGet, w.url+"/assets/booth.wasm", nil)
	req.Header.Set("Accept-Encoding", "gzip")
	resp, err := http.DefaultTransport.RoundTrip(req)
	must(t, err)
	served, _ := io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	bin, _ := wasm()

	b := browsertest.New(t)
	start := time.Now()
	b.Do("open the booth", chromedp.Navigate(w.url+"/?lang=en"), chromedp.WaitVisible(chromedp.CSS("#step-login")))
	usable := time.Since(start)
	b.Do("sign in", chromedp.SendKeys(chromedp.CSS("#voter-id"), "V0000"), chromedp.SendKeys(chromedp.CSS("#code"), w.codes["V0000"]),
		chromedp.Click(chromedp.CSS("#login-submit")), chromedp.WaitVisible(chromedp.CSS("#step-ballot")))
	if inPage := browsertest.Get(b, "where the module runs", chromedp.Evaluate[bool](`typeof Go !== "undefined"`)); inPage {
		t.Error("the page itself loaded wasm_exec.js: the booth's WebAssembly must run in its worker")
	}
	// The last number is the page's longest stall while the worker
	// encrypts: the largest gap between the main thread's 5 ms ticks.
	times := browsertest.Get(b, "encrypt", chromedp.Evaluate[[]float64](`(async () => {
		const out = [];
		let last = performance.now(), stall = 0;
		const tick = setInterval(() => { const now = performance.now(); stall = Math.max(stall, now - last); last = now; }, 5);
		for (let i = 0; i < 9; i++) {
			const t0 = performance.now();
			await evoteBooth.prepare(JSON.stringify([[false, false, true, false, false]]));
			out.push(performance.now() - t0);
		}
		clearInterval(tick);
		return out.concat([stall]);
	})()`, chromedp.EvalAwaitPromise))
	stall := times[len(times)-1]
	times = times[:len(times)-1]
	slices.Sort(times)
	median := times[len(times)/2]
	t.Logf("booth.wasm: %d bytes, %d bytes gzip as served; usable %v after navigation; encrypt+prove 5 options in Chromium (in the worker, as the page awaits it): median %.1f ms (min %.1f, max %.1f); longest main-thread stall meanwhile %.1f ms",
		len(bin), served, usable.Round(time.Millisecond), median, times[0], times[len(times)-1], stall)
	if served >= 2e6 || usable > 3*time.Second || median > 3*50 || stall > 3*50 {
		t.Errorf("beyond the targets: %d bytes, %v, %.1f ms, stall %.1f ms", served, usable, median, stall)
	}
}
