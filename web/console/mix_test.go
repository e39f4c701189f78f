package console_test

import (
	"bytes"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/ballotbox/relay"
	"github.com/evote-org/evote/web/booth"
	"github.com/evote-org/evote/web/internal/browsertest"
)

// TestMixProgress is a ranked and graded election run from the console
// through the mix phase: three trustees (two of three to decrypt) who
// mix in turn into the console's files directory, trustee 3's account
// posting a bogus mix first. The overview's mixing panel names each
// mixer: 1 and 2 valid, 3 skipped ("it did not start from the current
// lists"); the commission ends mixing with the typed word, the two
// valid mixers decrypt the final lists (3 does not: its mix does not
// count), the tally counts the STV and graded questions and the
// overview names the elected; the result is published. axe and shots at
// each step.
func TestMixProgress(t *testing.T) {
	w := newWorld(t)
	b := browsertest.New(t)
	c := &commission{Browser: b, w: w, n: 1}
	c.signIn()
	c.rankedForm(w.trustees, "2", "2")
	c.Do("check and deploy", chromedp.Click(css("#new-submit")), chromedp.WaitVisible(css("#form-deploy")),
		chromedp.SendKeys(css("#deploy-confirm"), "DEPLOY"), chromedp.Click(css("#deploy-submit")),
		chromedp.WaitVisible(css(`#e-state[data-state="KeyCeremony"]`)))
	box := w.box(t, c.Text("#e-contract"))
	trustees := trusteesOf(box, w.trustees)
	for _, tr := range trustees {
		tr.Files = filepath.Join(w.dir, "files") // the console's (Config.Files' default)
	}
	runTrustees(t, trustees)
	codes := c.importRoll()
	c.ceremony()
	v := w.startVoting(t, 1, 4, box, c.fromBlock(), []byte{0}) // no booth page: the voters cast with the booth's Go code
	v.commitRoll(t)
	c.act("open the polls", "open", "OPEN", "Open")
	w.startRelay(t, v, box, c.fromBlock())
	// Council: Anna, Boris (quota 2 of 3: Anna elected, Boris the last
	// one standing); projects: Park's median grade is Excellent.
	for i, values := range [][][]uint8{
		{{1, 0}, {1, 2, 0, 0, 0, 0}, {1, 2, 3}},
		{{1, 0}, {1, 0, 2, 0, 0, 0}, {1, 3, 0}},
		{{0, 1}, {0, 1, 0, 0, 0, 0}, {2, 2, 2}},
	} {
		id := fmt.Sprintf("V%04d", i+1)
		castValues(t, w, v, box, c.fromBlock(), id, codes[id], values)
	}
	waitFor(t, "the three ballots", func() bool { n, _ := box.BallotCount(ctx); return n == 3 })
	c.act("close the polls", "close", "CLOSE", "Closed")
	tx, err := box.PostMix(w.trustees[2], [32]byte{1}, [32]byte{2}, [32]byte{3}) // before trustees 1 and 2 can have mixed: 3 mixes after them
	must(t, err)
	_, err = box.WaitMined(ctx, tx)
	must(t, err)
	must(t, v.svc.Close(ctx)) // the registrar's final count
	c.waitFor(`#mixer-2[data-verdict='valid']`)
	if got := c.Text("#mixer-3"); !strings.Contains(got, "skipped: it did not start from the current lists") || !strings.Contains(got, "posted in block") {
		t.Errorf("trustee 3's bogus mix: %q", got)
	}
	if got := c.Text("#mixer-1"); !strings.Contains(got, "valid: it counts") {
		t.Errorf("trustee 1's mix: %q", got)
	}
	if got := c.Text("#mix-summary"); !strings.HasPrefix(got, "Valid mixes: 2. Mixing goes on.") {
		t.Errorf("the mixing summary: %q", got)
	}
	c.Shoot("console-mix-1-progress")
	c.act("end mixing with a wrong word", "finish-mix", "MIXED", "Closed")
	if got := c.Text("#flash"); !strings.Contains(got, "not confirmed") {
		t.Errorf("ending mixing without the word: %q", got)
	}
	c.act("end mixing", "finish-mix", "FINISH", "Closed")
	if got := c.Text("#flash"); !strings.Contains(got, "Mixing has ended") {
		t.Errorf("ending mixing: %q", got)
	}
	c.waitFor("#tally-confirm")
	if got := c.Text("#mixers tbody"); strings.Count(got, "\tyes") != 2 || !strings.HasSuffix(c.Text("#mixer-3"), "\t—") {
		t.Errorf("the decryptions of the final lists: %q", got)
	}
	c.Shoot("console-mix-2-decrypted")
	c.act("tally", "tally", "TALLY", "Closed")
	if got := c.Text("#result-q1"); got != "The council: elected (single transferable vote), in the order elected: Anna, Boris" {
		t.Errorf("the council: %q", got)
	}
	if got := c.Text("#result-q2"); got != "Grade the projects: winner (majority judgment): Park" {
		t.Errorf("the projects: %q", got)
	}
	c.Shoot("console-mix-3-tallied")
	c.act("publish", "publish", "PUBLISH", "Tallied")
	c.Do("in Russian", chromedp.Navigate(c.page("")+"?lang=ru"), chromedp.WaitVisible(css("#result-q1")))
	if got := c.Text("#result-q1"); got != "Совет: избраны (единый передаваемый голос), по порядку избрания: Анна, Борис" {
		t.Errorf("the council in Russian: %q", got)
	}
	c.Shoot("console-mix-4-published")
	observeRanked(t, v.url)
}

// observeRanked checks the observer page once the site has verified the
// published election from the chain and the mix files: every check
// passes, the council's STV count is drawn round by round (Anna elected
// at once, then the others excluded until Boris is the last one) and
// the projects name their winner.
func observeRanked(t *testing.T, url string) {
	b := browsertest.New(t)
	b.Do("the observer page", chromedp.Navigate(url+"/observer?lang=en"),
		browsertest.Void(chromedp.Poll[bool](`document.querySelectorAll("#obs-checks li").length > 0`)))
	if got := b.Text("#obs-verify"); !strings.Contains(got, "All checks passed") {
		t.Errorf("observer: %q\n%s", got, b.Text("#obs-checks"))
	}
	if got := b.Text("#q1-h + p"); got != "Elected: Anna, Boris. Rankings counted: 3, blank: 0, spoiled: 0. Seats: 2, quota: 2 votes." {
		t.Errorf("the council's count: %q", got)
	}
	if got := browsertest.Get(b, "the first round", chromedp.Evaluate[string](`document.querySelector("figure.rounds svg").getAttribute("aria-label")`)); !strings.HasPrefix(got, "Anna: 2 — elected; Boris: 1; ") {
		t.Errorf("the council's first round: %q", got)
	}
	if got := b.Text("#q2-h + p"); got != "Counted after the ballots were mixed. Winner: Park." {
		t.Errorf("the projects: %q", got)
	}
	b.CheckAxe("observer-ranked")
	b.ShootWhen("observer-ranked", `[...document.querySelectorAll("svg.chart")].every((s) => Math.abs(s.viewBox.baseVal.width - s.getBoundingClientRect().width) < 2)`)
}

// castValues votes as the booth does, with its Go code: sign in, encrypt
// the values for a fresh pseudonym, get the token, sign, and hand the
// cast to the relay.
func castValues(t *testing.T, w *world, v *voting, box *ballotbox.Client, from uint64, id, code string, values [][]uint8) {
	t.Helper()
	params, err := relay.LoadParams(ctx, box, from)
	must(t, err)
	tctx, err := box.Context(ctx)
	must(t, err)
	key, err := box.RegistrarKey(ctx)
	must(t, err)
	w.reg.mu.Lock()
	reg := &booth.Registrar{URL: w.reg.urls[1], ElectionID: fmt.Sprintf("0x%x", tctx.ElectionID)}
	w.reg.mu.Unlock()
	info, err := reg.Info(ctx)
	must(t, err)
	el, err := booth.CheckInfo(info, tctx, key)
	must(t, err)
	p, err := el.Begin(id, rand.Reader)
	must(t, err)
	ballot, _, err := p.Encrypt(params.Election, values, rand.Reader)
	must(t, err)
	cred, err := p.Finish(ctx, reg, code)
	must(t, err)
	cast, err := cred.Sign(tctx, ballot)
	must(t, err)
	body, err := json.Marshal(relay.Request{Pseudonym: fmt.Sprintf("0x%x", cast.Pseudonym), Token: cast.Token, Ballot: cast.Ballot, Signature: cast.Signature})
	must(t, err)
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodPost, "/v1/casts", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	(*v.relay.Load()).ServeHTTP(rec, req)
	if rec.Code/100 != 2 {
		t.Fatalf("%s's cast: the relay answered %d %s", id, rec.Code, rec.Body)
	}
}

// waitFor waits up to three minutes for cond.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(3 * time.Minute); !cond(); time.Sleep(100 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within three minutes", what)
		}
	}
}
