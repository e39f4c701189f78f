package console_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/web/internal/browsertest"
)

// TestCreateRanked: the commission creates an election of a choice, an
// STV question (2 seats of 6 candidates) and a graded one from the form
// in Chromium. The seats show for STV only and the grades for a graded
// question only; a seat count out of range is refused in words with the
// form kept; the preview names each method, its seats and grades; the
// manifest the deployed contract publishes is exactly the one described
// and valid (election.Parse).
func TestCreateRanked(t *testing.T) {
	w := newWorld(t)
	b := browsertest.New(t)
	c := &commission{Browser: b, w: w, n: 1}
	c.signIn()
	set := func(sel, v string) chromedp.Action[chromedp.Void] { return chromedp.SetValue(css(sel), v) }
	c.rankedForm(w.trustees[:2], "1", "6")
	shown := func(sel string) bool {
		return browsertest.Get(b, sel, chromedp.Evaluate[bool](`getComputedStyle(document.querySelector("`+sel+`")).display !== "none"`))
	}
	for sel, want := range map[string]bool{"#q0 .f-seats": false, "#q0 .f-grades": false, "#q1 .f-seats": true, "#q1 .f-grades": false,
		"#q2 .f-seats": false, "#q2 .f-grades": true} {
		if got := shown(sel); got != want {
			t.Errorf("%s shown: %v, want %v", sel, got, want)
		}
	}
	c.Shoot("console-new-ranked")
	c.Do("check with 6 seats of 6", chromedp.Click(css("#new-submit")), chromedp.WaitVisible(css("#flash")))
	if got := c.Text("#flash"); got != "Question 2: the number of seats is 1 to 5 (one fewer than the candidates)." {
		t.Errorf("6 seats of 6: %q", got)
	}
	if got := browsertest.Get(b, "kept", chromedp.Evaluate[string](`document.getElementById("q1_kind").value + "/" + document.getElementById("q2_grades").value`)); got != "stv/"+rankedGrades {
		t.Errorf("the refused form kept %q", got)
	}
	c.Shoot("console-new-ranked-refused")
	c.Do("check with 2 seats", set("#q1_seats", "2"), chromedp.Click(css("#new-submit")), chromedp.WaitVisible(css("#form-deploy")))
	text := c.Text("main")
	for _, want := range []string{"(rank 1 to 6)", "Ranking: single transferable vote (several seats); seats: 2", "(grade 0 to 3)",
		"Grades: majority judgment", "Отлично / Excellent", "(select 1 to 1)"} {
		if !strings.Contains(text, want) {
			t.Errorf("the preview does not say %q:\n%s", want, text)
		}
	}
	c.Shoot("console-preview-ranked")
	c.Do("deploy", chromedp.SendKeys(css("#deploy-confirm"), "DEPLOY"), chromedp.Click(css("#deploy-submit")),
		chromedp.WaitVisible(css(`#e-state[data-state="KeyCeremony"]`)))

	box := w.box(t, c.Text("#e-contract"))
	head, err := box.Head(ctx)
	must(t, err)
	cr, err := box.Created(ctx, c.fromBlock(), head)
	must(t, err)
	m, err := election.Parse(cr.Manifest)
	must(t, err)
	texts := func(s string) (out []election.Text) {
		for _, line := range strings.Split(s, "\n") {
			ru, en, _ := strings.Cut(line, " | ")
			out = append(out, election.Text{RU: ru, EN: en})
		}
		return out
	}
	options := func(s string) (out []election.Option) {
		for _, t := range texts(s) {
			out = append(out, election.Option{Title: t})
		}
		return out
	}
	candidates, grades := rankedCandidates, rankedGrades
	want := []election.Question{
		{Title: election.Text{RU: "Нужен ли совет?", EN: "Do we need a council?"}, Min: 1, Max: 1, Options: options("Да | Yes\nНет | No")},
		{Title: election.Text{RU: "Совет", EN: "The council"}, Min: 1, Max: 6, Options: options(candidates),
			Type: election.Ranked, Method: election.STV, Seats: 2},
		{Title: election.Text{RU: "Оцените проекты", EN: "Grade the projects"}, Min: 0, Max: 3, Options: options("Парк | Park\nМост | Bridge\nШкола | School"),
			Type: election.Graded, Method: election.MajorityJudgment, Grades: texts(grades)},
	}
	if !reflect.DeepEqual(m.Questions, want) {
		t.Errorf("the published questions:\n got %+v\nwant %+v", m.Questions, want)
	}

	c.Do("the form in Russian", chromedp.Navigate(w.url+"/new?lang=ru"), chromedp.WaitVisible(css("#q0_kind")))
	if got := browsertest.Get(b, "kinds", chromedp.Evaluate[[]string](`[...document.querySelectorAll("#q0_kind option")].map((o) => o.textContent)`)); strings.Join(got, "; ") !=
		"Выбор вариантов (голоса складываются); Ранжирование: мгновенный второй тур (один победитель); Ранжирование: единый передаваемый голос (несколько мест); Ранжирование: метод Шульце (победитель по Кондорсе); Оценки: мажоритарное суждение" {
		t.Errorf("the kinds in Russian: %q", got)
	}
}

// The ranked election's candidates (an STV question) and grades (a
// graded question of three projects).
const (
	rankedCandidates = "Анна | Anna\nБорис | Boris\nВера | Vera\nГлеб | Gleb\nДарья | Darya\nЕгор | Egor"
	rankedGrades     = "Отлично | Excellent\nХорошо | Good\nПлохо | Poor"
)

// rankedForm fills the creation form: a choice question, the council
// by STV for seats seats, the projects graded; the trustees and the
// threshold.
func (c *commission) rankedForm(trustees []*bind.TransactOpts, threshold, seats string) {
	set := func(sel, v string) chromedp.Action[chromedp.Void] { return chromedp.SetValue(css(sel), v) }
	var addrs []string
	for _, o := range trustees {
		addrs = append(addrs, o.From.Hex())
	}
	c.Do("the form", chromedp.Click(css(`nav a[href="/new"]`)), chromedp.WaitVisible(css("#new-form")),
		set("#title_ru", "Выборы совета"), set("#title_en", "Council election"),
		set("#q0_ru", "Нужен ли совет?"), set("#q0_en", "Do we need a council?"), set("#q0_options", "Да | Yes\nНет | No"),
		chromedp.Click(css("#add-question")), chromedp.WaitVisible(css("#q1_ru")))
	c.Do("the ranked question", set("#q1_ru", "Совет"), set("#q1_en", "The council"), set("#q1_options", rankedCandidates),
		set("#q1_kind", "stv"), set("#q1_seats", seats), set("#q1_max", "6"),
		chromedp.Click(css("#add-question")), chromedp.WaitVisible(css("#q2_ru")))
	c.Do("the graded question", set("#q2_ru", "Оцените проекты"), set("#q2_en", "Grade the projects"),
		set("#q2_options", "Парк | Park\nМост | Bridge\nШкола | School"), set("#q2_kind", "majority-judgment"),
		set("#q2_grades", rankedGrades), set("#q2_min", "0"), set("#q2_max", "3"),
		set("#form-trustees", strings.Join(addrs, "\n")), set("#form-threshold", threshold))
}
