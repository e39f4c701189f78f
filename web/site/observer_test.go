package site_test

import (
	"strconv"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/evote-org/evote/web/internal/browsertest"
)

// checkObserver checks that the observer page, open since before the
// vote, shows ballots cast without a reload (pushed over its WebSocket),
// with the chart's table, at desktop and phone widths.
func checkObserver(b *browsertest.Browser, ballots int) {
	b.T.Helper()
	start := time.Now()
	b.Do("the observer's ballot count rises", browsertest.Void(chromedp.Poll[bool](
		`document.getElementById("obs-ballots").textContent === "`+strconv.Itoa(ballots)+`"`)))
	b.T.Logf("the observer page showed the ballot %v after the booth", time.Since(start).Round(time.Millisecond))
	if got := browsertest.Get(b, "live", chromedp.Evaluate[string](`document.body.dataset.live`)); got != "obs_live" {
		b.T.Errorf("observer: not updated over the WebSocket (%q)", got)
	}
	if got := browsertest.Get(b, "history table", chromedp.Evaluate[string](`document.querySelector("#history-table tbody tr:last-child td:last-child").textContent`)); got != strconv.Itoa(ballots) {
		b.T.Errorf("observer: the history table ends at %q ballots", got)
	}
	if n := browsertest.Get(b, "chart", chromedp.Evaluate[int](`document.querySelectorAll("#history-chart path").length`)); n != 2 {
		b.T.Errorf("observer: the history chart has %d paths", n)
	}
	b.Do("open the table", chromedp.Click(chromedp.CSS("details > summary")))
	b.Shoot("9-observer")
}
