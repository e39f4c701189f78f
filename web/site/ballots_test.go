package site_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/evote-org/evote/web/internal/browsertest"
)

// TestBallotListHostile: malformed queries of the list get 400 and a
// code, before the chain is read (newStatic has none).
func TestBallotListHostile(t *testing.T) {
	srv := newStatic(t)
	for _, c := range []struct{ query, code string }{
		{"after=-1", "bad_cursor"}, {"after=abc", "bad_cursor"}, {"after=1e9", "bad_cursor"},
		{"after=18446744073709551616", "bad_cursor"}, {"after=0x10", "bad_cursor"}, {"after=" + strings.Repeat("9", 5000), "bad_cursor"},
		{"limit=-5", "bad_limit"}, {"limit=0", "bad_limit"}, {"limit=ten", "bad_limit"}, {"limit=1.5", "bad_limit"},
		{"prefix=" + strings.Repeat("A", 17), "bad_prefix"}, {"prefix=" + strings.Repeat("-", 65), "bad_prefix"},
		{"prefix=" + url.QueryEscape("7ZQ4'; DROP"), "bad_prefix"}, {"prefix=%00", "bad_prefix"}, {"prefix=U", "bad_prefix"},
		{"prefix=" + url.QueryEscape("Ж"), "bad_prefix"},
	} {
		resp, body := fetch(t, srv.URL+"/api/ballots?"+c.query, false)
		var e struct{ Error string }
		if resp.StatusCode != http.StatusBadRequest || json.Unmarshal(body, &e) != nil || e.Error != c.code {
			t.Errorf("?%.60s: %d %s, want 400 %s", c.query, resp.StatusCode, body, c.code)
		}
	}
}

// page is an answer of GET /api/ballots.
type page struct {
	Ballots []struct {
		Seq     uint64
		Tracker string
		Block   uint64
		Index   uint32
		Tx      string
	}
	Next  string
	Total uint64
}

func getPage(t *testing.T, w *world, query string) page {
	t.Helper()
	resp, body := fetch(t, w.url+"/api/ballots?"+query, true)
	var p page
	if resp.StatusCode != http.StatusOK || json.Unmarshal(body, &p) != nil {
		t.Fatalf("?%s: %d %s", query, resp.StatusCode, body)
	}
	return p
}

// TestBallotList: three ballots on chain, listed by number in pages of
// two, found by a prefix of their tracker in any spelling, the list page
// with its pages and search in Chromium, linked from the observer page.
func TestBallotList(t *testing.T) {
	w := newWorld(t, 3)
	g := w.goBooth(t)
	for i := range 3 {
		id := "V000" + strconv.Itoa(i)
		g.cast(g.register(id, w.codes[id]), [][]bool{{i == 0, i == 1, i == 2}, {false, false, false}})
	}
	waitBallots(g.ctx, t, w.box, 3)

	all := getPage(t, w, "limit=18446744073709551615") // a huge page gets the largest
	if all.Total != 3 || len(all.Ballots) != 3 || all.Next != "" {
		t.Fatalf("all: %+v", all)
	}
	for i, b := range all.Ballots {
		if b.Seq != uint64(i) || b.Block == 0 || len(b.Tx) != 66 || len(b.Tracker) != 19 {
			t.Errorf("ballot %d: %+v", i, b)
		}
	}
	if resp, body := fetch(t, w.url+"/api/election", true); resp.Header.Get("Content-Encoding") != "gzip" || !json.Valid(body) {
		t.Errorf("the election's JSON, gzipped: Content-Encoding %q, %.80q", resp.Header.Get("Content-Encoding"), body)
	}
	first := getPage(t, w, "limit=2")
	if len(first.Ballots) != 2 || first.Next != "1" {
		t.Fatalf("first page: %+v", first)
	}
	second := getPage(t, w, "limit=2&after="+first.Next)
	if len(second.Ballots) != 1 || second.Ballots[0].Seq != 2 || second.Next != "" {
		t.Errorf("second page: %+v", second)
	}
	if p := getPage(t, w, "after=18446744073709551615"); len(p.Ballots) != 0 || p.Total != 3 {
		t.Errorf("after the last: %+v", p)
	}
	tr := all.Ballots[1].Tracker
	for _, prefix := range []string{tr[:4], strings.ToLower(tr[:9]), tr, strings.ReplaceAll(tr, "-", " ")} {
		p := getPage(t, w, "prefix="+url.QueryEscape(prefix))
		found := false
		for _, b := range p.Ballots {
			found = found || b.Tracker == tr
			if !strings.HasPrefix(b.Tracker, tr[:4]) {
				t.Errorf("prefix %q: %s", prefix, b.Tracker)
			}
		}
		if !found {
			t.Errorf("prefix %q: %+v, no %s", prefix, p, tr)
		}
	}

	b := browsertest.New(t)
	b.Do("the observer page links to the list", chromedp.Navigate(w.url+"/observer"),
		chromedp.Click(chromedp.CSS(`a[data-lang="en"]`)), chromedp.WaitVisible(chromedp.CSS(`a[href="/ballots"]`)))
	b.Do("the list", chromedp.Navigate(w.url+"/ballots"), browsertest.Void(chromedp.Poll[bool](`document.body.dataset.loaded === "true"`)))
	rows := func() []string {
		return browsertest.Get(b, "rows", chromedp.Evaluate[[]string](`[...document.querySelectorAll("#ballots-table tbody tr")].map((tr) => tr.textContent)`))
	}
	if got := rows(); len(got) != 3 || !strings.HasPrefix(got[1], "2"+tr) {
		t.Errorf("the list: %q", got)
	}
	b.Shoot("ballots")
	b.Do("pages of two", chromedp.Navigate(w.url+"/ballots?limit=2"), browsertest.Void(chromedp.Poll[bool](`document.body.dataset.loaded === "true"`)))
	next := browsertest.Get(b, "next", chromedp.Evaluate[string](`document.getElementById("ballots-next").href`))
	if next != w.url+"/ballots?after=1&limit=2" {
		t.Errorf("next page %s", next)
	}
	b.Do("the next page", chromedp.Navigate(next), browsertest.Void(chromedp.Poll[bool](`document.body.dataset.loaded === "true"`)))
	if got := rows(); len(got) != 1 || !strings.HasPrefix(got[0], "3") {
		t.Errorf("the second page: %q", got)
	}
	if got := b.Text("#ballots-status"); got != "Ballots 3 to 3 of 3." {
		t.Errorf("the second page says %q", got)
	}
	form := browsertest.Get(b, "the search form", chromedp.Evaluate[string](
		`(() => { const f = document.getElementById("ballots-form"); return f.method + " " + f.action + " " + f.elements[0].name; })()`))
	if form != "get "+w.url+"/ballots prefix" {
		t.Errorf("the search form: %s", form)
	}
	b.Do("search", chromedp.Navigate(w.url+"/ballots?prefix="+strings.ToLower(tr[:6])),
		browsertest.Void(chromedp.Poll[bool](`document.body.dataset.loaded === "true"`)))
	if got := rows(); len(got) == 0 || !strings.Contains(strings.Join(got, " "), tr) {
		t.Errorf("search %s: %q", tr[:6], got)
	}
	b.Shoot("ballots-search")
	b.Do("a bad prefix", chromedp.Navigate(w.url+"/ballots?prefix=UUU"), browsertest.Void(chromedp.Poll[bool](`document.body.dataset.loaded === "error"`)))
	if got := b.Text("#ballots-status"); !strings.Contains(got, "not the beginning of a tracker code") {
		t.Errorf("bad prefix: %q", got)
	}
}
