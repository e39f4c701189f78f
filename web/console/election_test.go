package console_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
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
// result. Every console page is shot at 1280 and 360 px.
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
	c.create()
	box := w.box(t, c.Text("#e-contract"))
	w.runTrustees(t, box)
	codes := c.importRoll()
	c.ceremony()

	bin := <-wasm
	if bin == nil {
		t.FailNow()
	}
	v := w.startVoting(t, box, c.fromBlock(), bin)
	voter := b.Tab()
	voter.Do("the booth before the polls open", chromedp.Navigate(v.url+"/?lang=en"), chromedp.WaitVisible(chromedp.CSS("#error")))
	if got := voter.Text("#error"); got != "Voting has not started yet." {
		t.Errorf("booth before the polls open: %q", got)
	}
	voter.Shoot("booth-polls-not-open")

	c.act("open the polls", "open", "OPEN", "Open")
	c.Shoot("console-09-open")
	w.startRelay(t, v, box, c.fromBlock())
	vote(voter, v, v.url, "V0001", codes["V0001"])
	must(t, v.svc.Close(ctx)) // publishes the final token count

	c.act("close the polls with a wrong word", "close", "YES", "")
	if got := c.Text("#flash"); !strings.Contains(got, "not confirmed") {
		t.Errorf("close without the word: %q", got)
	}
	c.Shoot("console-10-not-confirmed")
	c.act("close the polls", "close", "CLOSE", "Closed")
	voter.Do("the booth after the polls close", chromedp.Navigate(v.url+"/?lang=en"), chromedp.WaitVisible(chromedp.CSS("#error")))
	if got := voter.Text("#error"); !strings.Contains(got, "Voting has ended") {
		t.Errorf("booth after the polls close: %q", got)
	}
	voter.Shoot("booth-polls-closed")

	c.waitFor("#tally-confirm")
	c.Shoot("console-11-closed")
	c.act("tally", "tally", "TALLY", "Closed")
	if got := c.Text("#result-q0"); !strings.Contains(got, "Yes\n1") && !strings.Contains(got, "Yes\t1") {
		t.Errorf("the tally: %q", got)
	}
	c.Shoot("console-12-tallied")
	c.act("publish", "publish", "PUBLISH", "Tallied")
	c.Shoot("console-13-published")
	if _, err := os.Stat(filepath.Join(w.dir, "record.jsonl")); err != nil {
		t.Errorf("the record: %v", err)
	}
	c.audit()
	observe(voter, v.url)
	t.Logf("election run from the console in %v; screenshots in %s", time.Since(start).Round(time.Millisecond), b.Shots)
}
