package site_test

import (
	"strconv"
	"time"

	"github.com/chromedp/chromedp"
)

// checkObserver checks that the observer page, open since before the
// vote, shows ballots cast without a reload (pushed over its WebSocket),
// with the chart's table, at desktop and phone widths.
func (b *browser) checkObserver(ballots int) {
	b.t.Helper()
	start := time.Now()
	b.do("the observer's ballot count rises", void(chromedp.Poll[bool](
		`document.getElementById("obs-ballots").textContent === "`+strconv.Itoa(ballots)+`"`)))
	b.t.Logf("the observer page showed the ballot %v after the booth", time.Since(start).Round(time.Millisecond))
	if got := get(b, "live", chromedp.Evaluate[string](`document.body.dataset.live`)); got != "obs_live" {
		b.t.Errorf("observer: not updated over the WebSocket (%q)", got)
	}
	if got := get(b, "history table", chromedp.Evaluate[string](`document.querySelector("#history-table tbody tr:last-child td:last-child").textContent`)); got != strconv.Itoa(ballots) {
		b.t.Errorf("observer: the history table ends at %q ballots", got)
	}
	if n := get(b, "chart", chromedp.Evaluate[int](`document.querySelectorAll("#history-chart path").length`)); n != 2 {
		b.t.Errorf("observer: the history chart has %d paths", n)
	}
	b.do("open the table", chromedp.Click(chromedp.CSS("details > summary")))
	b.shoot("9-observer")
}
