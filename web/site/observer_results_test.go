package site

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/mix"
	"github.com/evote-org/evote/tally/rank"
)

// TestResultsMixed: a ranked or graded question reaches the observer
// page marked mixed and without a count per option (the tally has none:
// a zero would be a false result), while a choice question keeps its
// counts, zeros included.
func TestResultsMixed(t *testing.T) {
	m, err := election.Parse([]byte(`{"version":1,"title":{"ru":"В","en":"E"},"questions":[` +
		`{"title":{"ru":"Да?","en":"Yes?"},"min":0,"max":1,"options":[{"title":{"ru":"Да","en":"Yes"}},{"title":{"ru":"Нет","en":"No"}}]},` +
		`{"title":{"ru":"Совет","en":"Council"},"min":1,"max":2,"options":[{"title":{"ru":"А","en":"A"}},{"title":{"ru":"Б","en":"B"}}],"type":"ranked","method":"irv"},` +
		`{"title":{"ru":"Проекты","en":"Projects"},"min":0,"max":1,"options":[{"title":{"ru":"П","en":"P"}}],"type":"graded","method":"majority-judgment","grades":[{"ru":"Х","en":"G"},{"ru":"П","en":"P"}]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	qs := results(m, [][]uint64{{3, 0}, nil, nil}, nil)
	b, err := json.Marshal(qs)
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"title":{"en":"Yes?","ru":"Да?"},"options":[{"title":{"en":"Yes","ru":"Да"},"count":3},{"title":{"en":"No","ru":"Нет"},"count":0}]},` +
		`{"title":{"en":"Council","ru":"Совет"},"options":[{"title":{"en":"A","ru":"А"}},{"title":{"en":"B","ru":"Б"}}],"mixed":true},` +
		`{"title":{"en":"Projects","ru":"Проекты"},"options":[{"title":{"en":"P","ru":"П"}}],"mixed":true}]`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
	if strings.Count(string(b), `"count"`) != 2 {
		t.Errorf("counts for mixed questions: %s", b)
	}
	// Counted by the mix phase: the IRV question's rounds (A 2, B 1, then
	// B excluded: A wins), none for majority judgment.
	mixed := []*tally.CountLine{
		tally.NewCountLine(1, election.IRV, &rank.IRVResult{Ballots: 3, Winner: 0, Rounds: []rank.Round{{Votes: []int64{2, 1}, Excluded: 1}, {Votes: []int64{3, 0}, Excluded: -1}}}),
		tally.NewCountLine(2, election.MajorityJudgment, &rank.MJResult{Ballots: 3, Winner: 0}),
	}
	qs = results(m, [][]uint64{{3, 0}, nil, nil}, mixed)
	b, err = json.Marshal(qs[1:])
	if err != nil {
		t.Fatal(err)
	}
	want = `[{"title":{"en":"Council","ru":"Совет"},"options":[{"title":{"en":"A","ru":"А"}},{"title":{"en":"B","ru":"Б"}}],"mixed":true,` +
		`"rounds":{"method":"irv","unit":1,"ballots":3,"blank":0,"spoiled":0,"rounds":[{"action":"first-preferences","candidate":-1,"votes":[2,1],"exhausted":0},` +
		`{"action":"exclusion","candidate":1,"votes":[3,0],"exhausted":0,"elected":[0]}],"elected":[0]},"winners":[0]},` +
		`{"title":{"en":"Projects","ru":"Проекты"},"options":[{"title":{"en":"P","ru":"П"}}],"mixed":true,"winners":[0]}]`
	if string(b) != want {
		t.Errorf("with the mix phase's counts:\ngot  %s\nwant %s", b, want)
	}
}

// TestServeFile: /record/files/NAME serves the mix phase's file NAME
// (64 lowercase hex digits) from the files directory, and nothing for
// any other name: no path, no uppercase, no other length.
func TestServeFile(t *testing.T) {
	dir := t.TempDir()
	name, err := mix.Dir(dir).Put([]byte("a mix file"))
	if err != nil {
		t.Fatal(err)
	}
	s := &Site{cfg: Config{Files: dir}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /record/files/{name}", s.serveFile)
	get := func(path string) (int, string) {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		return rec.Code, rec.Body.String()
	}
	hexName := mix.Name(name)
	if code, body := get("/record/files/" + hexName); code != http.StatusOK || body != "a mix file" {
		t.Errorf("the file: %d %q", code, body)
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{strings.ToUpper(hexName), hexName[:63], hexName + "0", "notes.txt", "..%2Fnotes.txt", strings.Repeat("0", 64)} {
		if code, body := get("/record/files/" + bad); code != http.StatusNotFound || strings.Contains(body, "secret") {
			t.Errorf("%q: %d %q", bad, code, body)
		}
	}
}
