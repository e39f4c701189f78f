package site_test

import (
	"context"
	"github.com/evote-org/evote/ballotbox/tracker"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/evote-org/evote/ballotbox/validity"
	"github.com/evote-org/evote/web/internal/browsertest"
)

// TestBoothVote is a voter voting through the booth in a real headless
// Chromium against a real chain node, registrar and relay: a malformed
// code and a wrong one are told apart, the ballot's min and max are
// enforced (the max said in a sentence), a challenged ballot is audited
// and replaced, the cast is kept and sent again while the relay is
// unreachable, is included and counts, the tracker code is found; the
// voter coming back with the code sees the tracker again, and on another
// device is told that the token was issued elsewhere.
func TestBoothVote(t *testing.T) {
	w := newWorld(t, 2)
	b := browsertest.New(t)
	start := time.Now()

	obs := b.Tab()
	obs.Do("open the observer page", chromedp.Navigate(w.url+"/observer?lang=en"),
		browsertest.Void(chromedp.Poll[bool](`document.getElementById("obs-ballots").textContent === "0"`)))
	if got := obs.Text("#obs-state"); got != "Polls open" {
		t.Errorf("observer: state %q", got)
	}

	b.Do("open the booth", chromedp.Navigate(w.url+"/"), chromedp.WaitVisible(chromedp.CSS("#step-login")))
	if got := b.Text("#login-h"); got != "Вход" {
		t.Errorf("the default page is not Russian: heading %q", got)
	}
	b.Shoot("1-login-ru")
	b.Do("switch to English", chromedp.Click(chromedp.CSS(`a[data-lang="en"]`)))
	if got := b.Text("#login-h"); got != "Sign in" {
		t.Errorf("after the switch to English: heading %q", got)
	}

	b.Do("sign in with a wrong code",
		chromedp.SendKeys(chromedp.CSS("#voter-id"), "V0000"),
		chromedp.SendKeys(chromedp.CSS("#code"), "AAAA-BBBB"),
		chromedp.Click(chromedp.CSS("#login-submit")),
		chromedp.WaitVisible(chromedp.CSS("#error")))
	if got := b.Text("#error"); !strings.Contains(got, "does not look like a voting code") {
		t.Errorf("malformed code: %q", got)
	}
	b.Shoot("2-malformed-code")
	b.Do("sign in with a wrong code",
		browsertest.Void(chromedp.Evaluate[string](`document.getElementById("code").value = "AAAA-BBBB-CCCC"`)),
		chromedp.Click(chromedp.CSS("#login-submit")),
		browsertest.Void(chromedp.Poll[bool](`document.getElementById("error").textContent.includes("voting code is wrong")`)))
	if got := b.Text("#error"); !strings.Contains(got, "Wrong attempts left from this network: 9;") {
		t.Errorf("wrong code: %q, want the attempts left", got)
	}
	b.Shoot("2-wrong-code")

	b.Do("sign in",
		browsertest.Void(chromedp.Evaluate[string](`document.getElementById("code").value = ""`)),
		chromedp.SendKeys(chromedp.CSS("#code"), w.codes["V0000"]),
		chromedp.Click(chromedp.CSS("#login-submit")),
		chromedp.WaitVisible(chromedp.CSS("#step-ballot")))
	b.Do("encrypt without the required choice",
		chromedp.Click(chromedp.CSS("#encrypt")),
		chromedp.WaitVisible(chromedp.CSS("#q0-error")))
	b.Do("choose: keyboard for question 1, clicks for question 2",
		chromedp.Focus(chromedp.CSS("#q0o0")),
		chromedp.KeyEvent(" "),
		chromedp.KeyEvent(kb.ArrowDown), // the next radio button
		chromedp.Click(chromedp.CSS(`label[for="q1o0"]`)),
		chromedp.Click(chromedp.CSS(`label[for="q1o2"]`)))
	if !browsertest.Get(b, "keyboard choice", chromedp.Evaluate[bool](`document.getElementById("q0o1").checked`)) {
		t.Error("the arrow key did not select the second option")
	}
	if !browsertest.Get(b, "max of question 2", chromedp.Evaluate[bool](`document.getElementById("q1o1").disabled`)) {
		t.Error("a third choice is possible in a question of at most two")
	}
	if got := b.Text("#q1-full"); !strings.Contains(got, "the most this question allows (2)") {
		t.Errorf("the maximum reached: %q", got)
	}
	b.Shoot("3-ballot")

	b.Do("encrypt", chromedp.Click(chromedp.CSS("#encrypt")), chromedp.WaitVisible(chromedp.CSS("#step-review")))
	challenged := b.Text("#review-tracker")
	b.Do("check my encryption", chromedp.Click(chromedp.CSS("#audit")), chromedp.WaitVisible(chromedp.CSS("#audit-result")))
	if got := b.Text("#audit-message"); !strings.Contains(got, "Check passed") || !strings.Contains(got, challenged) {
		t.Errorf("audit: %q", got)
	}
	b.Do("a fresh ballot", browsertest.Void(chromedp.Poll[bool](`document.getElementById("review-tracker").textContent !== "`+challenged+`"`)))
	fresh := b.Text("#review-tracker")
	b.Shoot("4-audited")

	w.relayDown.Store(true)
	b.Do("cast while the relay is unreachable", chromedp.Click(chromedp.CSS("#cast")), chromedp.WaitVisible(chromedp.CSS("#retry")))
	if got := b.Text("#cast-progress"); !strings.Contains(got, "kept on this device") {
		t.Errorf("relay unreachable: %q", got)
	}
	b.Shoot("5-relay-unreachable")
	w.relayDown.Store(false)
	b.Do("sent again", chromedp.WaitVisible(chromedp.CSS("#step-done")))
	tracker := b.Text("#tracker")
	if tracker != fresh {
		t.Errorf("tracker %s, the ballot's %s", tracker, fresh)
	}
	if got := browsertest.Get(b, "receipt", chromedp.Evaluate[string](`document.querySelector("#done-receipt svg.qr") ? document.getElementById("done-receipt").dataset.tracker : ""`)); got != tracker {
		t.Errorf("the receipt is for %q, want %q", got, tracker)
	}
	b.Shoot("6-done")
	w.checkCounted(t, tracker, challenged)
	checkObserver(obs, 1)

	b.Do("find my ballot", chromedp.Click(chromedp.CSS("#done-track")),
		chromedp.WaitVisible(chromedp.CSS("#track-result")),
		browsertest.Void(chromedp.Poll[bool](`document.getElementById("track-result").textContent.includes("block")`)))
	b.Shoot("7-track")

	again := b.Tab()
	again.Do("come back and sign in with the same code",
		w.signIn("V0000"), chromedp.WaitVisible(chromedp.CSS("#step-done")))
	if got := again.Text("#tracker"); got != tracker {
		t.Errorf("back on the same device: tracker %q, want %q", got, tracker)
	}
	elsewhere := b.Profile()
	elsewhere.Do("sign in on another device", w.signIn("V0000"), chromedp.WaitVisible(chromedp.CSS("#step-issued")))
	elsewhere.Shoot("8-issued-elsewhere")
	t.Logf("voted in the browser in %v; screenshots in %s", time.Since(start).Round(time.Millisecond), b.Shots)
}

// checkCounted fails unless the ballot with tracker code cast is on chain
// and counts, and the challenged ballot is not on chain.
func (w *world) checkCounted(t *testing.T, cast, challenged string) {
	t.Helper()
	ctx := context.Background()
	head, err := w.box.Head(ctx)
	must(t, err)
	var found []validity.Cast
	for c, err := range w.box.Ballots(ctx, w.deployed, head) {
		must(t, err)
		switch tracker.Of(c.Ballot).String() {
		case cast:
			found = append(found, validity.Cast{Pseudonym: c.Pseudonym, Token: c.Token, Ballot: c.Ballot, Signature: c.Signature, Block: c.Block})
		case challenged:
			t.Error("the challenged ballot is on chain")
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d ballots with tracker %s on chain", len(found), cast)
	}
	if v := validity.Check(w.params, found); v[0].Reason != validity.Counted {
		t.Errorf("the booth's ballot does not count: %v", v[0].Reason)
	}
}
