package site_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/web/api"
	"github.com/evote-org/evote/web/internal/browsertest"
)

// rankedManifest has a one-of-two question, a council ranked 1 to 3 of
// three candidates (instant runoff) and two projects graded or not on
// three grades (majority judgment).
func rankedManifest() []byte {
	m := election.Manifest{Version: election.Version,
		Title: election.Text{RU: "Выборы совета", EN: "Council election"},
		Questions: []election.Question{
			{Title: election.Text{RU: "Продлить бульвар?", EN: "Extend the boulevard?"}, Min: 1, Max: 1,
				Options: []election.Option{opt("Да", "Yes"), opt("Нет", "No")}},
			{Title: election.Text{RU: "Глава совета", EN: "Council chair"}, Min: 1, Max: 3, Type: election.Ranked, Method: election.IRV,
				Options: []election.Option{opt("Анна", "Anna"), opt("Борис", "Boris"), opt("Вера", "Vera")}},
			{Title: election.Text{RU: "Оцените проекты", EN: "Grade the projects"}, Min: 0, Max: 2, Type: election.Graded, Method: election.MajorityJudgment,
				Options: []election.Option{opt("Парк", "Park"), opt("Мост", "Bridge")},
				Grades:  []election.Text{{RU: "Хорошо", EN: "Good"}, {RU: "Приемлемо", EN: "Fair"}, {RU: "Плохо", EN: "Poor"}}},
		}}
	return m.Bytes()
}

// TestBoothRanked: a voter ranks candidates with the keyboard (a select
// per candidate) and grades projects (a radio group per project); a rank
// given twice, a missing rank and too few ranks are said in words as the
// ranking is made and block the encryption, and the WebAssembly refuses
// such an answer too. The review and the Benaloh check show the ranks and
// grades (the latter decrypted from the opened ballot), and the cast
// ballot is accepted by the relay and counts. axe finds nothing.
func TestBoothRanked(t *testing.T) {
	w := newWorldWith(t, 1, rankedManifest())
	b := browsertest.New(t)
	b.Do("sign in", w.signIn("V0000"), chromedp.WaitVisible(chromedp.CSS("#step-ballot")))
	errText := func(q string) string {
		return browsertest.Get(b, "the error of "+q, chromedp.Evaluate[string](`document.getElementById("`+q+`-error").textContent`))
	}
	b.Do("too few ranks", chromedp.Click(chromedp.CSS(`label[for="q0o0"]`)), chromedp.Click(chromedp.CSS("#encrypt")),
		chromedp.WaitVisible(chromedp.CSS("#q1-error")))
	if got := errText("q1"); got != "Rank at least 1 candidates (and at most 3)." {
		t.Errorf("no rank: %q", got)
	}
	if got := b.Text("#error"); !strings.Contains(got, "question 2 cannot be encrypted") {
		t.Errorf("no rank, the page's error: %q", got)
	}
	b.Do("rank Anna 2 by keyboard", chromedp.Focus(chromedp.CSS("#q1o0")), chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.ArrowDown))
	if got := errText("q1"); got != "Rank 1 is missing: ranks go in a row from 1, without gaps." {
		t.Errorf("rank 2 alone: %q", got)
	}
	b.Do("rank Boris 2 too", chromedp.Focus(chromedp.CSS("#q1o1")), chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.ArrowDown))
	if got := errText("q1"); got != "2 candidates have rank 2: each rank can go to one candidate only." {
		t.Errorf("rank 2 twice: %q", got)
	}
	b.Do("encrypt refused", chromedp.Click(chromedp.CSS("#encrypt")))
	if got := b.Text("#error"); !strings.Contains(got, "question 2 cannot be encrypted") {
		t.Errorf("rank 2 twice, the page's error: %q", got)
	}
	refused := browsertest.Get(b, "the WebAssembly's answer", chromedp.Evaluate[string](
		`evoteBooth.prepare(JSON.stringify([[true,false],[2,2,0],[0,0]])).then(() => "encrypted", (e) => String(e && e.error))`,
		chromedp.EvalAwaitPromise))
	if refused != "choices" {
		t.Errorf("the WebAssembly, asked to encrypt rank 2 twice: %q, want the choices refused", refused)
	}
	b.Do("Boris 1, Vera 3; Park good, Bridge poor",
		chromedp.Focus(chromedp.CSS("#q1o1")), chromedp.KeyEvent(kb.ArrowUp),
		chromedp.Focus(chromedp.CSS("#q1o2")), chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.ArrowDown),
		chromedp.Click(chromedp.CSS(`label[for="q2o0g1"]`)), chromedp.Click(chromedp.CSS(`label[for="q2o1g3"]`)))
	if got := errText("q1"); got != "" {
		t.Errorf("a valid ranking: %q", got)
	}
	b.Shoot("ranked-1-ballot")
	b.CheckAxe("ranked ballot")
	b.Do("in Russian", chromedp.Click(chromedp.CSS(`a[data-lang="ru"]`)))
	if got := browsertest.Get(b, "the ballot in Russian", chromedp.Evaluate[string](
		`[document.querySelector("#q1o0 option").textContent, document.querySelector('label[for="q1o0"]').textContent, document.querySelector('label[for="q2o1g0"]').textContent].join("|")`)); got != "— (без места)|Анна|Без оценки" {
		t.Errorf("the ballot in Russian: %q", got)
	}
	b.Shoot("ranked-1-ballot-ru")
	b.Do("in English", chromedp.Click(chromedp.CSS(`a[data-lang="en"]`)))

	const ranks, grades = "Council chair — 1. Boris, 2. Anna, 3. Vera", "Grade the projects — Park: Good, Bridge: Poor"
	b.Do("encrypt", chromedp.Click(chromedp.CSS("#encrypt")), chromedp.WaitVisible(chromedp.CSS("#step-review")))
	for _, want := range []string{"Extend the boulevard? — Yes", ranks, grades} {
		if got := b.Text("#summary"); !strings.Contains(got, want) {
			t.Errorf("review: %q, want %q", got, want)
		}
	}
	challenged := b.Text("#review-tracker")
	b.Do("check my encryption", chromedp.Click(chromedp.CSS("#audit")), chromedp.WaitVisible(chromedp.CSS("#audit-result")))
	if got := b.Text("#audit-message"); !strings.Contains(got, "Check passed") {
		t.Errorf("audit: %q", got)
	}
	for _, want := range []string{ranks, grades} {
		if got := b.Text("#audit-choices"); !strings.Contains(got, want) {
			t.Errorf("the opened ballot: %q, want %q", got, want)
		}
	}
	opened := browsertest.Get(b, "the opened ballot", chromedp.Evaluate[string](`document.getElementById("audit-opening").value`))
	checkRankedOpened(t, w, opened, ranks, grades)
	b.Do("a fresh ballot", browsertest.Void(chromedp.Poll[bool](`document.getElementById("review-tracker").textContent !== "`+challenged+`"`)))
	b.Shoot("ranked-2-audited")
	b.CheckAxe("ranked review")
	b.Do("cast", chromedp.Click(chromedp.CSS("#cast")), chromedp.WaitVisible(chromedp.CSS("#step-done")))
	w.checkCounted(t, b.Text("#tracker"), challenged)
}

// checkRankedOpened pastes a ranked and graded opened ballot into the
// checker page (/check) of another browser: it passes naming the ranks
// and grades in English and Russian; with one rank or grade of the
// opening changed it fails, saying the option's value is not that rank
// or grade, and that the ranking has a tie.
func checkRankedOpened(t *testing.T, w *world, opened, ranks, grades string) {
	other := browsertest.New(t)
	check := func(what, text string) {
		t.Helper()
		other.Do(what,
			browsertest.Void(chromedp.Evaluate[bool](`document.getElementById("check-result").hidden = true`)),
			browsertest.Void(chromedp.Evaluate[string](`document.getElementById("opened-input").value = `+jsString(text))),
			chromedp.Click(chromedp.CSS("#check-submit")), chromedp.WaitVisible(chromedp.CSS("#check-result")))
	}
	other.Do("open the checker", chromedp.Navigate(w.url+"/check?lang=en"), chromedp.WaitVisible(chromedp.CSS("#opened-input")))
	check("check the ranked opened ballot", opened)
	if got := other.Text("#check-verdict"); !strings.HasPrefix(got, "Check passed") {
		t.Errorf("the checker's verdict: %q\n%s", got, other.Text("#check-list"))
	}
	for _, want := range []string{"Extend the boulevard? — Yes", ranks, grades} {
		if got := other.Text("#check-list"); !strings.Contains(got, want) {
			t.Errorf("the checker: %q, want %q", got, want)
		}
	}
	other.Shoot("check-ranked-passed")
	other.CheckAxe("check-ranked-passed")
	other.Do("in Russian", chromedp.Click(chromedp.CSS(`a[data-lang="ru"]`)))
	if got := other.Text("#check-list"); !strings.Contains(got, "Глава совета — 1. Борис, 2. Анна, 3. Вера") ||
		!strings.Contains(got, "Оцените проекты — Парк: Хорошо, Мост: Плохо") {
		t.Errorf("the checker in Russian: %q", got)
	}
	other.Do("in English", chromedp.Click(chromedp.CSS(`a[data-lang="en"]`)))

	var o api.Opened
	must(t, json.Unmarshal([]byte(opened), &o))
	// The opening is 0x01, then per option its value byte and nonce (33
	// bytes): question 2's Anna (rank 2) is the ballot's option 3,
	// question 3's Park (grade 1, Good) its option 6.
	for _, tc := range []struct {
		name  string
		at    int
		value byte
		want  []string
	}{
		{"Anna ranked 1 beside Boris", 1 + 33*2, 1, []string{
			"Question 2 (Council chair), option “Anna”: the encrypted value is not “rank 1” with the revealed randomness.",
			"Question 2 (Council chair): the ranks are not 1, 2, … each given once (two candidates share a rank, or a rank is skipped).",
		}},
		{"Park graded Fair", 1 + 33*5, 2, []string{
			"Question 3 (Grade the projects), option “Park”: the encrypted value is not “Fair” with the revealed randomness.",
		}},
	} {
		changed := o
		changed.Opening = bytes.Clone(o.Opening)
		changed.Opening[tc.at] = tc.value
		text, err := json.Marshal(&changed)
		must(t, err)
		check("check an opening with "+tc.name, string(text))
		if got := other.Text("#check-verdict"); !strings.HasPrefix(got, "Check FAILED") {
			t.Errorf("%s: verdict %q", tc.name, got)
		}
		if got := other.Text("#check-list"); got != strings.Join(tc.want, "\n") {
			t.Errorf("%s: the checker says %q, want %q", tc.name, got, tc.want)
		}
	}
	other.Shoot("check-ranked-failed")
}
