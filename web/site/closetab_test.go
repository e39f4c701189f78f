package site_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/web/internal/browsertest"
)

// A stop is where a voter closes the booth's tab: reach drives a tab
// there (signed in as voter where the stop needs it); issued says that
// the registrar issued the token before the tab closed.
type stop struct {
	name   string
	reach  func(t *testing.T, w *world, b *browsertest.Browser, voter string)
	issued bool
}

// The steps a voter takes, in order, each after the one before.
var (
	toLogin = chromedp.WaitVisible(chromedp.CSS("#step-login"))
	toTicks = chromedp.Steps(chromedp.Click(chromedp.CSS(`label[for="q0o2"]`)),
		chromedp.Click(chromedp.CSS(`label[for="q1o0"]`)))
	toReview = chromedp.Steps(chromedp.Click(chromedp.CSS("#encrypt")), chromedp.WaitVisible(chromedp.CSS("#step-review")))
	toAudit  = chromedp.Steps(chromedp.Click(chromedp.CSS("#audit")), chromedp.WaitVisible(chromedp.CSS("#audit-result")),
		browsertest.Void(chromedp.Poll[bool](`document.getElementById("review-tracker").textContent !== ""`)))
)

func signedIn(w *world, voter string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(w.signIn(voter), chromedp.WaitVisible(chromedp.CSS("#step-ballot")))
}

var stops = []stop{
	{"the sign-in page", func(t *testing.T, w *world, b *browsertest.Browser, voter string) {
		b.Do("open the booth", chromedp.Navigate(w.url+"/?lang=en"), toLogin)
	}, false},
	{"signed in", func(t *testing.T, w *world, b *browsertest.Browser, voter string) {
		b.Do("sign in", signedIn(w, voter))
	}, false},
	{"with ticks", func(t *testing.T, w *world, b *browsertest.Browser, voter string) {
		b.Do("sign in and tick", signedIn(w, voter), toTicks)
	}, false},
	{"encrypted", func(t *testing.T, w *world, b *browsertest.Browser, voter string) {
		b.Do("sign in, tick, encrypt", signedIn(w, voter), toTicks, toReview)
	}, false},
	{"audited", func(t *testing.T, w *world, b *browsertest.Browser, voter string) {
		b.Do("sign in, tick, encrypt, audit", signedIn(w, voter), toTicks, toReview, toAudit)
	}, false},
	{"the token's answer lost", func(t *testing.T, w *world, b *browsertest.Browser, voter string) {
		b.Do("sign in, tick, encrypt", signedIn(w, voter), toTicks, toReview)
		w.loseToken.Store(true)
		b.Do("cast", chromedp.Click(chromedp.CSS("#cast")))
		select {
		case <-w.lost:
		case <-time.After(time.Minute):
			t.Fatal("no token request reached the registrar")
		}
	}, true},
	{"the cast kept, not sent", func(t *testing.T, w *world, b *browsertest.Browser, voter string) {
		castUnsent(w, b, voter)
	}, true},
	{"the cast sent, its answer not seen", func(t *testing.T, w *world, b *browsertest.Browser, voter string) {
		castUnsent(w, b, voter)
		kept := browsertest.Get(b, "the kept cast", chromedp.Evaluate[string](`JSON.stringify(JSON.parse(sessionStorage.getItem("evote-pending-cast")).cast)`))
		b.Close()
		w.relayDown.Store(false)
		w.castDirectly(t, kept)
	}, true},
}

// castUnsent casts while the relay is unreachable: the signed cast is
// kept, not sent.
func castUnsent(w *world, b *browsertest.Browser, voter string) {
	b.Do("sign in, tick, encrypt", signedIn(w, voter), toTicks, toReview)
	w.relayDown.Store(true)
	b.Do("cast while the relay is down", chromedp.Click(chromedp.CSS("#cast")), chromedp.WaitVisible(chromedp.CSS("#retry")))
}

// castDirectly posts a cast (the booth's JSON) to the relay, as the
// booth's lost request would have, and waits until it is on chain.
func (w *world) castDirectly(t *testing.T, cast string) {
	var c struct{ Pseudonym, Token, Ballot, Signature string }
	must(t, json.Unmarshal([]byte(cast), &c))
	body, _ := json.Marshal(map[string]string{"pseudonym": c.Pseudonym, "token": c.Token, "ballot": c.Ballot, "signature": c.Signature})
	resp, err := http.Post(w.relayURL+"/v1/casts", "application/json", bytes.NewReader(body))
	must(t, err)
	resp.Body.Close()
	if resp.StatusCode != http.StatusAccepted {
		t.Fatalf("the relay answered %d", resp.StatusCode)
	}
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(50 * time.Millisecond) {
		voted, err := w.box.HasVoted(context.Background(), common.HexToAddress(c.Pseudonym))
		must(t, err)
		if voted {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("the cast posted to the relay is not on chain")
		}
	}
}

// ballots is the number of ballots on chain.
func (w *world) ballots(t *testing.T) int {
	ctx := context.Background()
	head, err := w.box.Head(ctx)
	must(t, err)
	n := 0
	for _, err := range w.box.Ballots(ctx, w.deployed, head) {
		must(t, err)
		n++
	}
	return n
}

// TestBoothClosedTab: a voter closes the booth's tab at every step and
// comes back, in the same browser and in a fresh profile (another
// device). Before the token is issued, either may vote and the other is
// told plainly that a token was issued elsewhere; after it, the fresh
// profile is told so and the same browser, with the code, finishes the
// very ballot that was cast. Each time the registrar issued exactly one
// token and exactly one ballot counts.
func TestBoothClosedTab(t *testing.T) {
	w := newWorld(t, len(stops))
	b := browsertest.New(t)
	for i, s := range stops {
		voter := "V000" + string(rune('0'+i))
		t.Logf("%s: %s", voter, s.name)
		tab := b.Tab()
		s.reach(t, w, tab, voter)
		tab.Close()
		w.relayDown.Store(false)
		var tracker string
		if s.issued {
			w.comeBackIssued(t, b.Profile(), voter, s.name)
			tracker = w.comeBack(t, b.Tab(), voter, "#step-done", s.name)
			if again := w.comeBack(t, b.Tab(), voter, "#step-done", s.name); again != tracker {
				t.Errorf("%s: back once more, tracker %q, want %q", s.name, again, tracker)
			}
		} else {
			tracker = w.comeBack(t, b.Profile(), voter, "#step-ballot", s.name)
			w.comeBackIssued(t, b.Tab(), voter, s.name)
		}
		w.checkCounted(t, tracker, "")
		if n, err := w.store.Issued(context.Background()); err != nil || n != uint64(i+1) {
			t.Fatalf("%s: the registrar issued %d tokens (%v), want %d", s.name, n, err, i+1)
		}
		if n := w.ballots(t); n != i+1 {
			t.Fatalf("%s: %d ballots on chain, want %d", s.name, n, i+1)
		}
	}
}

// comeBack signs voter in on b and wants the step at: the ballot (then
// votes) or the recorded vote. It returns the tracker.
func (w *world) comeBack(t *testing.T, b *browsertest.Browser, voter, at, stop string) string {
	b.Do(stop+": come back and sign in", w.signIn(voter), chromedp.WaitVisible(chromedp.CSS(at)))
	if at == "#step-ballot" {
		b.Do(stop+": vote", castThird)
	}
	if got := b.Text("#done-h"); got != "Your vote is recorded" {
		t.Errorf("%s: heading %q", stop, got)
	}
	tracker := b.Text("#tracker")
	b.Close()
	return tracker
}

// comeBackIssued signs voter in on b, which holds nothing of the vote,
// and wants to be told that a token was issued elsewhere.
func (w *world) comeBackIssued(t *testing.T, b *browsertest.Browser, voter, stop string) {
	b.Do(stop+": sign in where nothing is kept", w.signIn(voter), chromedp.WaitVisible(chromedp.CSS("#step-issued")))
	if got := b.Text("#step-issued"); !strings.Contains(got, "If the ballot was sent from there, it counts") {
		t.Errorf("%s: %q", stop, got)
	}
	b.Close()
}
