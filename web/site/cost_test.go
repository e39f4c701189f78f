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
// the test log (go test -v) for docs/performance.md. It fails when the
// module grows past 3 MiB served (it is 2.43 MB, above the 2 MB target:
// see docs/performance.md), or the times pass 3x their targets (1 s,
// 50 ms), a margin for a loaded machine.
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
	times := browsertest.Get(b, "encrypt", chromedp.Evaluate[[]float64](`(async () => {
		const out = [];
		for (let i = 0; i < 9; i++) {
			const t0 = performance.now();
			await evoteBooth.prepare(JSON.stringify([[false, false, true, false, false]]));
			out.push(performance.now() - t0);
		}
		return out;
	})()`, chromedp.EvalAwaitPromise))
	slices.Sort(times)
	median := times[len(times)/2]
	t.Logf("booth.wasm: %d bytes, %d bytes gzip as served; usable %v after navigation; encrypt+prove 5 options in Chromium: median %.1f ms (min %.1f, max %.1f)",
		len(bin), served, usable.Round(time.Millisecond), median, times[0], times[len(times)-1])
	if served > 3<<20 || usable > 3*time.Second || median > 3*50 {
		t.Errorf("beyond the targets: %d bytes, %v, %.1f ms", served, usable, median)
	}
}
