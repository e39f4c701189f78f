package site_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/evote-org/evote/web/internal/browsertest"
)

// TestObserverLaggingCount: the registrar posts its count of issued
// tokens about once a minute and ballots arrive in between. The observer
// page compares the count with the ballots up to the count's block and
// raises no alarm while the polls are open, even when ballots cast near
// the post outnumber it; only a final count (posted after the close)
// below the ballots cast is shown as a failure. TestObserverTally shows
// a final count that covers them.
func TestObserverLaggingCount(t *testing.T) {
	w := newWorld(t, 3)
	g := w.goBooth(t)
	ctx := g.ctx
	choice := [][]bool{{true, false, false}, {false, false, false}}
	first := g.register("V0000", w.codes["V0000"])
	var posted uint64
	post := func(n uint64) uint64 {
		t.Helper()
		tx, err := w.box.PostTokenCount(w.com, posted, n, [32]byte{})
		posted = n
		must(t, err)
		return mined(t, w.box, tx).BlockNumber.Uint64()
	}
	itoa := func(n uint64) string { return strconv.FormatUint(n, 10) }
	counted := post(1)
	second := g.register("V0001", w.codes["V0001"])
	g.cast(first, choice)
	g.cast(second, choice)
	waitBallots(ctx, t, w.box, 2)

	b := browsertest.New(t)
	b.Do("the observer during the vote, the count posted before two ballots", chromedp.Navigate(w.url+"/observer?lang=en"),
		browsertest.Void(chromedp.Poll[bool](`document.getElementById("obs-ballots").textContent === "2"`)))
	wantCount(b, "ok", "As of block "+itoa(counted)+": 0 ballots, 1 tokens", "Tokens: 1", "Ballots up to block "+itoa(counted)+": 0")
	if browsertest.Get(b, "result", chromedp.Evaluate[bool](`!document.getElementById("obs-result").hidden`)) {
		t.Error("a verification summary during the vote")
	}
	if got := b.Text("#obs-turnout"); got != "0.0 % of the tokens issued" {
		t.Errorf("turnout %q", got)
	}
	table := browsertest.Get(b, "the table", chromedp.Evaluate[string](`[...document.querySelectorAll("#history-table td")].map((td) => td.textContent).join(",")`))
	head, err := w.box.Head(g.ctx)
	must(t, err)
	var blocks []string
	for c, err := range w.box.Ballots(g.ctx, w.deployed, head) {
		must(t, err)
		blocks = append(blocks, itoa(c.Block))
	}
	if want := strings.Join(blocks, "–") + ",2,2"; blocks[0] == blocks[1] && table != blocks[0]+",2,2" || blocks[0] != blocks[1] && table != want && table != blocks[0]+",1,1,"+blocks[1]+",1,2" {
		t.Errorf("the table of ballots by block: %q, the ballots are in blocks %v", table, blocks)
	}
	if n := browsertest.Get(b, "times", chromedp.Evaluate[int](`[...document.querySelectorAll("#history-chart .axis-label")].filter((t) => /^\d\d:\d\d:\d\d$/.test(t.textContent)).length`)); n < 2 {
		t.Errorf("the chart shows %d block times", n)
	}
	b.Shoot("observer-voting")

	// The count read before the two ballots reaches a block after them.
	lagging := post(1)
	b.Do("a count that lags the ballots before its block", browsertest.Void(chromedp.Poll[bool](
		`document.getElementById("obs-tokens-at").textContent.includes("`+itoa(lagging)+`")`)))
	wantCount(b, "lag", "This is not a sign of fraud", "Tokens: 1", "Ballots up to block "+itoa(lagging)+": 2")
	if got := b.Text("#obs-turnout"); got != "not counted while the registrar's count lags behind the ballots" {
		t.Errorf("turnout against a lagging count: %q", got)
	}
	b.Shoot("observer-voting-lag")

	// After the close the registrar's final count covers every ballot:
	// here one that does not, which is a failure.
	tx, err := w.box.ClosePolls(w.com)
	must(t, err)
	mined(t, w.box, tx)
	tx, err = w.box.PostFinalTokenCount(w.com, posted, 1, [32]byte{})
	must(t, err)
	final := mined(t, w.box, tx).BlockNumber.Uint64()
	b.Do("a final count below the ballots", browsertest.Void(chromedp.Poll[bool](`document.getElementById("obs-count").dataset.status === "fail"`)))
	wantCount(b, "fail", "MORE ballots than tokens: 2 ballots, but the registrar's final count (block "+itoa(final)+", after the close) is 1 tokens", "Tokens: 1", "Ballots up to block "+itoa(final)+": 2")
	b.Shoot("observer-closed-fail")
}

// wantCount checks the page's comparison of ballots with tokens: its
// status, its sentence, the turnout chart's bars, and that nothing but a
// failure looks like one.
func wantCount(b *browsertest.Browser, status, sentence string, bars ...string) {
	b.T.Helper()
	got := browsertest.Get(b, "count", chromedp.Evaluate[[]string](`[document.getElementById("obs-count")?.dataset.status || "",
		document.getElementById("obs-count")?.textContent || "",
		String(document.querySelectorAll(".error:not([hidden]), .bar.fail").length),
		...[...document.querySelectorAll("#turnout-chart text")].map((t) => t.textContent)]`))
	if len(got) < 3 || got[0] != status || !strings.Contains(got[1], sentence) {
		b.T.Errorf("count: %q, want status %s and %q", got, status, sentence)
	}
	if alarms := got[2]; (status == "fail") != (alarms != "0") {
		b.T.Errorf("status %s with %s elements that look like a failure", status, alarms)
	}
	for i, want := range bars {
		if len(got) < 3 || i+3 >= len(got) || !strings.HasPrefix(got[i+3], want) {
			b.T.Errorf("turnout bars %q, want %q", got[3:], bars)
			return
		}
	}
}
