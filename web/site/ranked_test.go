package site_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/evote-org/evote/election"
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
	b.Do("a fresh ballot", browsertest.Void(chromedp.Poll[bool](`document.getElementById("review-tracker").textContent !== "`+challenged+`"`)))
	b.Shoot("ranked-2-audited")
	b.CheckAxe("ranked review")
	b.Do("cast", chromedp.Click(chromedp.CSS("#cast")), chromedp.WaitVisible(chromedp.CSS("#step-done")))
	w.checkCounted(t, b.Text("#tracker"), challenged)
}
