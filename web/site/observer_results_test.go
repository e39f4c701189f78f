package site

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/evote-org/evote/election"
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
	qs := results(m, [][]uint64{{3, 0}, nil, nil})
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
}
