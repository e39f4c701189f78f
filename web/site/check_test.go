package site_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/tally/verify"
	"github.com/evote-org/evote/web/api"
	"github.com/evote-org/evote/web/internal/browsertest"
)

// TestOpenedBallotCheck is the Benaloh check on another device: a voter
// has the booth check a ballot instead of casting it, and pastes the
// opened ballot it shows into the checker page (/check) of a fresh
// browser, which names the chosen options in the voter's language; the
// same text with one byte changed in the randomness, a choice or a
// ciphertext, or naming another election, fails saying what does not
// match.
func TestOpenedBallotCheck(t *testing.T) {
	w := newWorld(t, 1)
	b := browsertest.New(t)
	b.Do("sign in, choose and encrypt", w.signIn("V0000"), chromedp.WaitVisible(chromedp.CSS("#step-ballot")),
		chromedp.Click(chromedp.CSS(`label[for="q0o1"]`)),
		chromedp.Click(chromedp.CSS(`label[for="q1o0"]`)),
		chromedp.Click(chromedp.CSS(`label[for="q1o2"]`)),
		chromedp.Click(chromedp.CSS("#encrypt")),
		chromedp.WaitVisible(chromedp.CSS("#step-review")))
	tracker := b.Text("#review-tracker")
	b.Do("check my encryption", chromedp.Click(chromedp.CSS("#audit")), chromedp.WaitVisible(chromedp.CSS("#audit-result")))
	text := browsertest.Get(b, "the opened ballot", chromedp.Evaluate[string](`document.getElementById("audit-opening").value`))
	link := browsertest.Get(b, "the checker's link", chromedp.Evaluate[string](`document.getElementById("audit-check-link").href`))
	if link != w.url+"/check" {
		t.Errorf("the booth links the checker as %q", link)
	}
	b.Do("show the opened ballot", chromedp.Click(chromedp.CSS("#audit-result summary")), chromedp.WaitVisible(chromedp.CSS("#audit-opening")))
	b.Shoot("booth-opened")

	other := browsertest.New(t) // another device: nothing of the booth's session
	check := func(what, opened string) {
		t.Helper()
		other.Do(what,
			browsertest.Void(chromedp.Evaluate[bool](`document.getElementById("check-result").hidden = true`)),
			browsertest.Void(chromedp.Evaluate[string](`document.getElementById("opened-input").value = `+jsString(opened))),
			chromedp.Click(chromedp.CSS("#check-submit")),
			chromedp.WaitVisible(chromedp.CSS("#check-result")))
	}
	other.Do("open the checker", chromedp.Navigate(w.url+"/check"), chromedp.WaitVisible(chromedp.CSS("#opened-input")))
	check("check the opened ballot", text)
	if got := other.Text("#check-verdict"); !strings.HasPrefix(got, "Проверка пройдена") {
		t.Errorf("verdict in Russian: %q", got)
	}
	if got := other.Text("#check-list"); !strings.Contains(got, "Какой парк благоустроить первым? — Измайловский") {
		t.Errorf("choices in Russian: %q", got)
	}
	other.Do("switch to English", chromedp.Click(chromedp.CSS(`a[data-lang="en"]`)))
	if got := other.Text("#check-tracker"); got != tracker {
		t.Errorf("tracker %q, the booth showed %q", got, tracker)
	}
	if got := other.Text("#check-list"); !strings.Contains(got, "Which park should be improved first? — Izmailovsky") ||
		!strings.Contains(got, "What should parks get? — Benches, Fountains") {
		t.Errorf("choices: %q", got)
	}
	other.Shoot("check-passed")

	// The Go checker agrees: evote verify --opening FILE --rpc URL, the
	// election read from the chain node (the contract from the file), its
	// key re-derived from the ceremony.
	file := filepath.Join(t.TempDir(), "opened.json")
	must(t, os.WriteFile(file, []byte(text), 0o600))
	var out bytes.Buffer
	if err := verify.Main(context.Background(), []string{"--opening", file, "--rpc", w.rpc}, &out, &out); err != nil ||
		!strings.Contains(out.String(), "opened ballot "+tracker) ||
		!strings.Contains(out.String(), "1. Which park should be improved first?: Izmailovsky") ||
		!strings.Contains(out.String(), "2. What should parks get?: Benches, Fountains") {
		t.Errorf("evote verify --opening: %v\n%s", err, out.String())
	}

	var good api.Opened
	must(t, json.Unmarshal([]byte(text), &good))
	for _, tc := range []struct {
		name   string
		change func(o *api.Opened)
		want   []string
	}{
		// Byte 2 is the lowest of question 1, option 1's nonce: the nonce stays canonical.
		{"randomness", func(o *api.Opened) { o.Opening[2] ^= 1 },
			[]string{"Question 1 (Which park should be improved first?), option “Sokolniki”: the encrypted value is not “not chosen” with the revealed randomness."}},
		{"plaintext", func(o *api.Opened) { o.Opening[1] = 1 },
			[]string{"option “Sokolniki”: the encrypted value is not “chosen”", "Question 1 (Which park should be improved first?): 2 chosen, the question allows 1 to 1."}},
		{"ciphertext", changeCiphertext, nil},
		{"another election", func(o *api.Opened) { o.ElectionID = "0x" + strings.Repeat("ab", 32) },
			[]string{"The ballot was made for another election, not this site's."}},
	} {
		o := good
		o.Ballot, o.Opening = bytes.Clone(good.Ballot), bytes.Clone(good.Opening)
		tc.change(&o)
		if tc.want == nil { // the ciphertext: its A of question 1, option 1 changed
			if _, err := group.DecodeElement(o.Ballot[1:33]); err != nil {
				tc.want = []string{"The encrypted ballot is damaged"}
			} else {
				tc.want = []string{"proofs do not verify", "option “Sokolniki”: the encrypted value is not “not chosen”"}
			}
		}
		opened, err := json.Marshal(&o)
		must(t, err)
		check("check a ballot with a changed "+tc.name, string(opened))
		if got := other.Text("#check-verdict"); !strings.HasPrefix(got, "Check FAILED") {
			t.Errorf("%s: verdict %q", tc.name, got)
		}
		got := other.Text("#check-list")
		for _, want := range tc.want {
			if !strings.Contains(got, want) {
				t.Errorf("%s: %q does not say %q", tc.name, got, want)
			}
		}
		if tc.name == "plaintext" {
			other.Shoot("check-failed")
		}
	}
	check("check text that is not an opened ballot", text[:len(text)/2])
	if got := other.Text("#check-list"); !strings.Contains(got, "This is not an opened ballot") {
		t.Errorf("half an opened ballot: %q", got)
	}
}

// changeCiphertext changes one byte of A of question 1, option 1.
func changeCiphertext(o *api.Opened) { o.Ballot[1+7] ^= 0x04 }

// jsString is s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
