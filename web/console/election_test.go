package console_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/evote-org/evote/web/console"
	"github.com/evote-org/evote/web/internal/browsertest"
	"github.com/evote-org/evote/web/site"
)

// TestElection is a whole election run by the commission from the
// console in a real headless Chromium, against a real chain node, real
// trustees, registrar, relay and booth: a wrong credential is refused;
// the commission signs in, creates the election from the form, imports
// the roll, watches the key ceremony and finishes it, opens the polls;
// the booth says when the polls are not open; a voter votes (the cast
// survives a reload while the relay is down); the commission closes the
// polls with the typed confirmation, tallies and publishes; the booth
// says the polls are closed, and the observer page shows the verified
// result. Then a second election on the same console (secondElection).
// Every console page is shot at 1280 and 360 px.
func TestElection(t *testing.T) {
	start := time.Now()
	wasm := make(chan []byte, 1)
	go func() {
		bin, err := site.BuildWasm(ctx)
		if err != nil {
			t.Error(err)
		}
		wasm <- bin
	}()
	w := newWorld(t)
	t.Cleanup(func() {
		if t.Failed() {
			log, _ := os.ReadFile(filepath.Join(w.dir, "audit.jsonl"))
			t.Logf("audit log:\n%s", log)
		}
	})
	b := browsertest.New(t)
	c := &commission{Browser: b, w: w}
	c.signIn()
	c.create(1, "Опрос о парках", "Poll on parks", w.trustees, []string{"Анна Петрова", "Борис Иванов", "Вера Смирнова"})
	box := w.box(t, c.Text("#e-contract"))
	runTrustees(t, trusteesOf(box, w.trustees))
	codes := c.importRoll()
	c.ceremony()

	bin := <-wasm
	if bin == nil {
		t.FailNow()
	}
	v := w.startVoting(t, 1, 4, box, c.fromBlock(), bin)
	voter := b.Tab()
	voter.Do("the booth before the polls open", chromedp.Navigate(v.url+"/?lang=en"), chromedp.WaitVisible(chromedp.CSS("#closed-h")))
	if got := voter.Text("#closed-h"); got != "Voting has not started yet" {
		t.Errorf("booth before the polls open: %q", got)
	}
	voter.CheckAxe("booth-polls-not-open")
	voter.Shoot("booth-polls-not-open")

	c.act("open the polls before the registrar posted its roll", "open", "OPEN", "Ready")
	if got := c.Text("#flash"); !strings.Contains(got, "has not posted its roll yet (4 voters in its store)") {
		t.Errorf("open without a roll: %q", got)
	}
	c.Shoot("console-09-no-roll")
	v.commitRoll(t)
	c.act("open the polls", "open", "OPEN", "Open")
	c.Shoot("console-09-open")
	w.startRelay(t, v, box, c.fromBlock())
	vote(voter, v, v.url, "V0001", codes["V0001"])

	c.act("close the polls with a wrong word", "close", "YES", "")
	if got := c.Text("#flash"); !strings.Contains(got, "not confirmed") {
		t.Errorf("close without the word: %q", got)
	}
	c.Shoot("console-10-not-confirmed")
	c.act("close the polls", "close", "CLOSE", "Closed")
	voter.Do("the booth after the polls close", chromedp.Navigate(v.url+"/?lang=en"), chromedp.WaitVisible(chromedp.CSS("#closed-h")))
	if got := voter.Text("#closed-h"); !strings.Contains(got, "Voting has ended") {
		t.Errorf("booth after the polls close: %q", got)
	}
	voter.Shoot("booth-polls-closed")

	// The registrar has not seen the close yet (its watch is not
	// running): the console waits for its final count and says so.
	c.waitFor("#count-wait")
	c.waitFor("#check-again") // no script and no timed refresh (axe meta-refresh): the member checks again
	c.Shoot("console-11-count-wait")
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	go v.svc.Run(runCtx) // sees the close and posts the final count
	c.waitFor("#tally-confirm")
	c.Shoot("console-11-closed")
	c.act("tally", "tally", "TALLY", "Closed")
	if got := c.Text("#result-q0"); !strings.Contains(got, "Yes\n1") && !strings.Contains(got, "Yes\t1") {
		t.Errorf("the tally: %q", got)
	}
	c.Shoot("console-12-tallied")
	c.act("publish", "publish", "PUBLISH", "Tallied")
	c.Shoot("console-13-published")
	if _, err := os.Stat(filepath.Join(c.dir(), console.RecordFile)); err != nil {
		t.Errorf("the record: %v", err)
	}
	c.audit()
	c.Do("an election that does not exist", chromedp.Navigate(c.w.url+"/e/99/"), chromedp.WaitVisible(css("#page-h")))
	c.Shoot("console-not-found")
	observe(voter, v.url)
	secondElection(c, voter, bin)
	t.Logf("election run from the console in %v; screenshots in %s", time.Since(start).Round(time.Millisecond), b.Shots)
}

// secondElection is the commission's second election of the day on the
// same console: created from the list, with trustees of its own, its
// own registrar key and roll (imported while the first election's
// registrar still serves), voted in, counted and published; the first
// is still listed and viewable, and once archived it leaves the list
// and stays viewable, read-only.
func secondElection(c *commission, voter *browsertest.Browser, wasm []byte) {
	t, w := c.T.(*testing.T), c.w
	c.Do("the list of elections", chromedp.Navigate(w.url+"/?lang=en"), chromedp.WaitVisible(css("#election-1")))
	c.Shoot("console-15-list-one")
	names := []string{"Григорий Орлов", "Дарья Волкова", "Евгений Ким"}
	c.create(2, "Референдум о транспорте", "Transport referendum", w.others, names)
	box := w.box(t, c.Text("#e-contract"))
	c.trusteeNames(names)
	runTrustees(t, c.invited(box, w.others, names))
	codes := c.importCodes("voter_id,name\nV0101,Вера Смирнова\nV0102,Dmitry Orlov\n", 2)
	if _, ok := codes["V0001"]; ok {
		t.Error("the second election's codes include the first's voters")
	}
	c.ceremony()
	v := w.startVoting(t, 2, 2, box, c.fromBlock(), wasm)
	v.commitRoll(t)
	c.act("open the second election's polls", "open", "OPEN", "Open")
	w.startRelay(t, v, box, c.fromBlock())
	vote(voter, v, v.url, "V0101", codes["V0101"])
	c.act("close the second election's polls", "close", "CLOSE", "Closed")
	must(t, v.svc.Close(ctx)) // sees the close: posts the final count
	c.waitFor("#tally-confirm")
	c.act("tally the second election", "tally", "TALLY", "Closed")
	c.act("publish the second election", "publish", "PUBLISH", "Tallied")
	c.Shoot("console-e2-13-published")
	if _, err := os.Stat(filepath.Join(c.dir(), console.RecordFile)); err != nil {
		t.Errorf("the second election's record: %v", err)
	}
	observe(voter, v.url)

	c.Do("both elections listed", chromedp.Navigate(w.url+"/"), chromedp.WaitVisible(css("#election-2")))
	for _, n := range []string{"1", "2"} {
		if got := browsertest.Get(c.Browser, "state", chromedp.Evaluate[string](`document.getElementById("election-`+n+`").dataset.state`)); got != "Tallied" {
			t.Errorf("election %s is listed as %q", n, got)
		}
	}
	c.Shoot("console-16-list")
	c.n = 1
	c.Do("the first election", chromedp.Click(css(`#election-1 a`)), chromedp.WaitVisible(css("#result-q0")))
	c.act("archive the first election", "archive", "ARCHIVE", "Tallied")
	if got := c.Text("#archived"); !strings.Contains(got, "archived") || len(browsertest.Get(c.Browser, "forms", chromedp.Evaluate[[]string](`[...document.querySelectorAll("main form")].map((f) => f.id)`))) > 0 {
		t.Errorf("the archived election: %q, with forms", got)
	}
	c.Shoot("console-17-archived")
	c.Do("the list without it", chromedp.Navigate(w.url+"/"), chromedp.WaitVisible(css("#election-2")))
	if browsertest.Get(c.Browser, "listed", chromedp.Evaluate[bool](`document.getElementById("election-1") !== null`)) {
		t.Error("an archived election is in the list of current ones")
	}
	c.Do("the archive", chromedp.Click(css("#show-archived")), chromedp.WaitVisible(css("#election-1")))
	c.Shoot("console-18-list-archived")
}
