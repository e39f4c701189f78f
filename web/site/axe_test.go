package site_test

import (
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/evote-org/evote/web/internal/browsertest"
)

// tour is one voter's and observer's way through the site, page by page,
// in one tab.
type tour struct {
	w       *world
	b       *browsertest.Browser
	opened  string // the opened ballot the booth showed
	tracker string // of the checked ballot, then of the cast one
}

// sitePages are the site's pages in every state a voter or an observer
// reaches cheaply, each reached from the one before. A new page, or a new
// state of one, is one more entry here.
var sitePages = []struct {
	name  string
	reach func(tr *tour)
}{
	{"booth-sign-in", func(tr *tour) {
		tr.b.Do("open the booth", chromedp.Navigate(tr.w.url+"/"), chromedp.WaitVisible(chromedp.CSS("#step-login")))
	}},
	{"booth-wrong-code", func(tr *tour) {
		tr.b.Do("a wrong code", chromedp.SendKeys(chromedp.CSS("#voter-id"), "V0000"),
			chromedp.SendKeys(chromedp.CSS("#code"), "AAAA-BBBB-CCCC"),
			chromedp.Click(chromedp.CSS("#login-submit")), chromedp.WaitVisible(chromedp.CSS("#error")))
	}},
	{"booth-ballot", func(tr *tour) {
		tr.b.Do("sign in", browsertest.Void(chromedp.Evaluate[string](`document.getElementById("code").value = ""`)),
			chromedp.SendKeys(chromedp.CSS("#code"), tr.w.codes["V0000"]),
			chromedp.Click(chromedp.CSS("#login-submit")), chromedp.WaitVisible(chromedp.CSS("#step-ballot")))
	}},
	{"booth-ballot-incomplete", func(tr *tour) {
		tr.b.Do("encrypt with no choice", chromedp.Click(chromedp.CSS("#encrypt")), chromedp.WaitVisible(chromedp.CSS("#q0-error")))
	}},
	{"booth-review", func(tr *tour) {
		tr.b.Do("choose and encrypt", chromedp.Click(chromedp.CSS(`label[for="q0o1"]`)), chromedp.Click(chromedp.CSS(`label[for="q1o0"]`)),
			chromedp.Click(chromedp.CSS("#encrypt")), chromedp.WaitVisible(chromedp.CSS("#step-review")))
		tr.tracker = tr.b.Text("#review-tracker") // the ballot to be checked
	}},
	{"booth-checked", func(tr *tour) {
		tr.b.Do("check my encryption", chromedp.Click(chromedp.CSS("#audit")), chromedp.WaitVisible(chromedp.CSS("#audit-result")),
			chromedp.Click(chromedp.CSS("#audit-result summary")), chromedp.WaitVisible(chromedp.CSS("#audit-opening")))
		tr.opened = browsertest.Get(tr.b, "the opened ballot", chromedp.Evaluate[string](`document.getElementById("audit-opening").value`))
	}},
	{"booth-done", func(tr *tour) {
		tr.b.Do("cast the fresh ballot", browsertest.Void(chromedp.Poll[bool](`document.getElementById("review-tracker").textContent !== `+jsString(tr.tracker))),
			chromedp.Click(chromedp.CSS("#cast")), chromedp.WaitVisible(chromedp.CSS("#step-done")))
		tr.tracker = tr.b.Text("#tracker")
	}},
	{"booth-issued-elsewhere", func(tr *tour) {
		tr.b = tr.b.Profile() // another device: the rest of the tour goes on there
		tr.b.Do("sign in on another device", tr.w.signIn("V0000"), chromedp.WaitVisible(chromedp.CSS("#step-issued")))
	}},
	{"track-found", func(tr *tour) {
		tr.b.Do("find my ballot", chromedp.Navigate(tr.w.url+"/track?tracker="+tr.tracker),
			browsertest.Void(chromedp.Poll[bool](`document.getElementById("track-result").textContent !== ""`)),
			chromedp.WaitVisible(chromedp.CSS("#track-receipt svg.qr")))
	}},
	{"track-not-found", func(tr *tour) {
		tr.b.Do("a tracker not on chain", chromedp.Navigate(tr.w.url+"/track?tracker=0000-0000-0000-0000"),
			browsertest.Void(chromedp.Poll[bool](`document.getElementById("track-result").textContent !== ""`)))
	}},
	{"observer", func(tr *tour) {
		tr.b.Do("the observer page", chromedp.Navigate(tr.w.url+"/observer"),
			browsertest.Void(chromedp.Poll[bool](`document.getElementById("obs-ballots").textContent === "1"`)))
	}},
	{"ballots", func(tr *tour) {
		tr.b.Do("the list of ballots", chromedp.Navigate(tr.w.url+"/ballots"),
			browsertest.Void(chromedp.Poll[bool](`document.body.dataset.loaded === "true"`)))
	}},
	{"ballots-search", func(tr *tour) {
		tr.b.Do("a search of the list", chromedp.Navigate(tr.w.url+"/ballots?prefix="+tr.tracker[:4]),
			browsertest.Void(chromedp.Poll[bool](`document.body.dataset.loaded === "true"`)))
	}},
	{"check-empty", func(tr *tour) {
		tr.b.Do("the checker", chromedp.Navigate(tr.w.url+"/check"), chromedp.WaitVisible(chromedp.CSS("#opened-input")))
	}},
	{"check-passed", func(tr *tour) { tr.check(tr.opened) }},
	{"check-failed", func(tr *tour) { tr.check(tr.opened[:len(tr.opened)/2]) }},
	{"registration", func(tr *tour) {
		tr.b.Do("the registration check", chromedp.Navigate(tr.w.url+"/registration"), chromedp.WaitVisible(chromedp.CSS("#reg-form")))
	}},
	{"registration-checked", func(tr *tour) {
		tr.b.Do("check the voter's registration", chromedp.SendKeys(chromedp.CSS("#reg-voter"), "V0000"),
			chromedp.SendKeys(chromedp.CSS("#reg-code"), tr.w.codes["V0000"]),
			chromedp.Click(chromedp.CSS("#reg-submit")), chromedp.WaitVisible(chromedp.CSS("#reg-result")))
	}},
	{"booth-closed", func(tr *tour) {
		tx, err := tr.w.box.ClosePolls(tr.w.com)
		must(tr.b.T, err)
		mined(tr.b.T, tr.w.box, tx)
		tr.b.Do("the booth after the close", chromedp.Navigate(tr.w.url+"/"), chromedp.WaitVisible(chromedp.CSS("#step-closed")))
	}},
	{"observer-closed", func(tr *tour) {
		tr.b.Do("the observer page after the close", chromedp.Navigate(tr.w.url+"/observer"),
			browsertest.Void(chromedp.Poll[bool](`document.getElementById("obs-state").textContent !== "…"`)))
	}},
}

// check pastes text into the checker and waits for its verdict.
func (tr *tour) check(text string) {
	tr.b.Do("check an opened ballot",
		browsertest.Void(chromedp.Evaluate[string](`document.getElementById("opened-input").value = `+jsString(text))),
		chromedp.Click(chromedp.CSS("#check-submit")), chromedp.WaitVisible(chromedp.CSS("#check-result")))
}

// TestAxe loads every page of the site in each state of sitePages and
// fails on any axe-core violation of impact moderate or worse
// (browsertest.CheckAxe names the rule, its impact and the nodes).
func TestAxe(t *testing.T) {
	tr := &tour{w: newWorld(t, 1), b: browsertest.New(t)}
	for _, p := range sitePages {
		p.reach(tr)
		tr.b.CheckAxe(p.name)
	}
}
