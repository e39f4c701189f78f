package site

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/rank"
	"github.com/evote-org/evote/web/internal/browsertest"
)

// ballots are n copies of a ranking (the rank of each candidate, 0:
// unranked).
type ballots struct {
	n      int
	values []uint64
}

// rankings are the ballots' rankings, the spoiled ones counted as such.
func rankings(t *testing.T, candidates int, bs []ballots) *rank.Rankings {
	r, err := rank.NewRankings(rank.Question{Candidates: candidates, Min: 1, Max: candidates})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range bs {
		for range b.n {
			if err := r.Add(b.values); err != nil && !errors.Is(err, rank.ErrSpoiled) {
				t.Fatal(err)
			}
		}
	}
	return r
}

// TestRoundsChart: the observer page draws an STV count (Wikipedia's
// food election, 3 seats, docs/protocol.md 16.4: surpluses and
// exclusions) and an instant-runoff count round by round (a graded
// question by its winner), as bars with
// what each round transferred and the quota, and as a table with every
// number; in English and Russian, at 1280 and 360 px, with axe. The
// counts are tally/rank's as the record's count lines carry them
// (tally.NewCountLine), served to the real page and script as the site's
// /api/observer does.
func TestRoundsChart(t *testing.T) {
	foods := rankings(t, 5, []ballots{{4, []uint64{1, 0, 0, 0, 0}}, {2, []uint64{2, 1, 0, 0, 0}}, {8, []uint64{0, 0, 1, 2, 0}},
		{4, []uint64{0, 0, 1, 0, 2}}, {1, []uint64{0, 0, 0, 1, 0}}, {1, []uint64{0, 0, 0, 0, 1}}, {1, []uint64{1, 1, 0, 0, 0}}})
	stv, err := rank.STV(foods, 3, []byte("seed"))
	if err != nil {
		t.Fatal(err)
	}
	// Anna 9, Boris 7, Vera 5, Gleb 4 first; Gleb's go to Vera (one
	// exhausted), then Boris's: Vera wins with 15 of 24.
	mayor := rankings(t, 4, []ballots{{9, []uint64{1, 2, 0, 0}}, {7, []uint64{0, 1, 2, 0}}, {5, []uint64{2, 0, 1, 0}},
		{3, []uint64{0, 0, 2, 1}}, {1, []uint64{0, 0, 0, 1}}})
	irv := rank.IRV(mayor, []byte("seed"))
	texts := func(s string) []option {
		var out []option
		for _, p := range strings.Split(s, ",") {
			ru, en, _ := strings.Cut(p, "|")
			out = append(out, option{Title: map[string]string{"ru": ru, "en": en}})
		}
		return out
	}
	snap := snapshot{Head: 90, State: "Tallied", Ballots: 46, Tally: &tallied{Verified: true, OK: true, Counted: 46, Questions: []question{
		{Title: map[string]string{"ru": "Еда на праздник", "en": "Food for the party"}, Mixed: true, Rounds: roundsOf(tally.NewCountLine(0, "stv", stv)),
			Options: texts("Апельсины|Oranges,Груши|Pears,Шоколад|Chocolate,Клубника|Strawberries,Гамбургеры|Hamburgers")},
		{Title: map[string]string{"ru": "Мэр", "en": "Mayor"}, Mixed: true, Rounds: roundsOf(tally.NewCountLine(1, "irv", irv)),
			Options: texts("Анна|Anna,Борис|Boris,Вера|Vera,Глеб|Gleb")},
		{Title: map[string]string{"ru": "Проекты", "en": "Projects"}, Mixed: true, Winners: []int{1}, Options: texts("Парк|Park,Мост|Bridge")},
	}}}
	b := observeFixture(t, snap)
	b.Do("the table", chromedp.Click(chromedp.CSS("#obs-questions details summary")))
	cells := func(id string) []string {
		return browsertest.Get(b, id, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#`+id+` tr")].map((r) => [...r.cells].map((c) => c.textContent).join(" | "))`))
	}
	food := cells("q0-rounds")
	if want := []string{"Candidate | Round 1: first preferences | Round 2: Chocolate's surplus transferred | Round 3: Pears excluded, votes transferred | Round 4: Hamburgers excluded, votes transferred",
		"Oranges | 4 | 4 | 6 (+2) — elected | 6", "Pears | 2 | 2 | 0 (−2) | 0", "Chocolate | 12 — elected | 6 (−6) | 6 | 6",
		"Strawberries | 1 | 5 (+4) | 5 | 5 — elected", "Hamburgers | 1 | 3 (+2) | 3 | 0 (−3)",
		"Exhausted (no further preference) | 0 | 0 | 0 | 3"}; strings.Join(food, "\n") != strings.Join(want, "\n") {
		t.Errorf("the STV table:\n%s\nwant\n%s", strings.Join(food, "\n"), strings.Join(want, "\n"))
	}
	if got := b.Text("#obs-questions p"); got != "Elected: Chocolate, Oranges, Strawberries. Rankings counted: 20, blank: 0, spoiled: 1. Seats: 3, quota: 6 votes." {
		t.Errorf("the STV summary: %q", got)
	}
	mayorTable := cells("q1-rounds")
	if want := []string{"Candidate | Round 1: first preferences | Round 2: Gleb excluded, votes transferred | Round 3: Boris excluded, votes transferred",
		"Anna | 9 | 9 | 9", "Boris | 7 | 7 | 0 (−7)", "Vera | 5 | 8 (+3) | 15 (+7) — elected", "Gleb | 4 | 0 (−4) | 0",
		"Exhausted (no further preference) | 0 | 1 | 1"}; strings.Join(mayorTable, "\n") != strings.Join(want, "\n") {
		t.Errorf("the IRV table:\n%s\nwant\n%s", strings.Join(mayorTable, "\n"), strings.Join(want, "\n"))
	}
	bars := browsertest.Get(b, "bars", chromedp.Evaluate[[]string](`[...document.querySelectorAll("figure.rounds")].map((f) => f.querySelectorAll("rect.round").length + " " + f.querySelectorAll("line.quota").length + " " + f.getAttribute("aria-label"))`))
	if want := []string{"19 4 The count round by round, 4 rounds; elected: Chocolate, Oranges, Strawberries. Every number is in the table below.",
		"11 0 The count round by round, 3 rounds; elected: Vera. Every number is in the table below."}; strings.Join(bars, "\n") != strings.Join(want, "\n") {
		t.Errorf("the charts' bars, quota lines and labels:\n%s\nwant\n%s", strings.Join(bars, "\n"), strings.Join(want, "\n"))
	}
	if got := browsertest.Get(b, "a round's label", chromedp.Evaluate[string](`document.querySelectorAll("figure.rounds svg")[1].getAttribute("aria-label")`)); got !=
		"Oranges: 4; Pears: 2; Chocolate: 6 (−6) — elected; Strawberries: 5 (+4); Hamburgers: 3 (+2); the dashed line is the quota, 6 votes" {
		t.Errorf("round 2's chart says %q", got)
	}
	if got := b.Text("#q2-h + p"); got != "Counted after the ballots were mixed. Winner: Bridge." {
		t.Errorf("a graded question's winner: %q", got)
	}
	b.CheckAxe("observer-rounds")
	b.ShootWhen("observer-rounds", chartsDrawn)
	b.Do("in Russian", chromedp.Click(chromedp.CSS(`a[data-lang="ru"]`)))
	if got := cells("q1-rounds")[0]; got != "Кандидат | Тур 1: первые предпочтения | Тур 2: выбывает Глеб, голоса переданы | Тур 3: выбывает Борис, голоса переданы" {
		t.Errorf("the IRV table in Russian: %q", got)
	}
	b.ShootWhen("observer-rounds-ru", chartsDrawn)
}

// chartsDrawn is true once every chart of the page is drawn for its
// width (the page redraws them 100 ms after a resize).
const chartsDrawn = `[...document.querySelectorAll("svg.chart")].every((s) => Math.abs(s.viewBox.baseVal.width - s.getBoundingClientRect().width) < 2)`

// observeFixture serves the observer page, its assets and texts as the
// site does, with snap as /api/observer (no WebSocket: the page polls),
// and opens it in English in Chromium.
func observeFixture(t *testing.T, snap snapshot) *browsertest.Browser {
	assets, err := loadAssets(nil)
	if err != nil {
		t.Fatal(err)
	}
	p, err := loadPages(assets, apis{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	body, err := json.Marshal(snap)
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /observer", p.handler("observer"))
	mux.HandleFunc("GET /assets/{name}", (&Site{assets: assets}).serveAsset)
	mux.HandleFunc("GET /api/observer", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(body)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	b := browsertest.New(t)
	b.Do("the observer page", chromedp.Navigate(srv.URL+"/observer?lang=en"), chromedp.WaitVisible(chromedp.CSS("#obs-questions details")))
	return b
}
