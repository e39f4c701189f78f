package console

import (
	"errors"
	"testing"
)

// TestDraftKinds: each kind of question the form offers becomes a
// question its manifest validates, and every field out of range is
// refused with the sentence for it, never the manifest's generic one.
func TestDraftKinds(t *testing.T) {
	five := "А | A\nБ | B\nВ | V\nГ | G\nД | D"
	base := func(kind string) draftQuestion {
		return draftQuestion{RU: "Вопрос", EN: "Question", Min: "1", Max: "3", Options: five, Kind: kind, Seats: "2", Grades: "Хорошо | Good\nПлохо | Poor"}
	}
	for _, kind := range kinds {
		d := &draft{TitleRU: "Т", TitleEN: "T", Questions: []draftQuestion{base(kind)}}
		m, err := d.manifest()
		if err != nil {
			t.Fatalf("%s: %v", kind, err)
		}
		q := m.Questions[0]
		if q.Mixed() != (kind != "choice") || q.Mixed() && q.Method != kind || (q.Seats == 2) != (kind == "stv") || (len(q.Grades) == 2) != (kind == "majority-judgment") {
			t.Errorf("%s: %+v", kind, q)
		}
	}
	for _, tc := range []struct {
		name   string
		change func(q *draftQuestion)
		key    string
	}{
		{"no kind", func(q *draftQuestion) { q.Kind = "" }, "err_form_kind"},
		{"an unknown kind", func(q *draftQuestion) { q.Kind = "borda" }, "err_form_kind"},
		{"STV for as many seats as candidates", func(q *draftQuestion) { q.Kind, q.Seats = "stv", "5" }, "err_form_seats"},
		{"STV for no seat", func(q *draftQuestion) { q.Kind, q.Seats = "stv", "0" }, "err_form_seats"},
		{"STV seats not a number", func(q *draftQuestion) { q.Kind, q.Seats = "stv", "two" }, "err_form_seats"},
		{"a ranking of none", func(q *draftQuestion) { q.Kind, q.Min, q.Max = "irv", "0", "0" }, "err_form_limits"},
		{"one grade", func(q *draftQuestion) { q.Kind, q.Grades = "majority-judgment", "Хорошо | Good" }, "err_form_grades"},
		{"eleven grades", func(q *draftQuestion) {
			q.Kind, q.Grades = "majority-judgment", "1|1\n2|2\n3|3\n4|4\n5|5\n6|6\n7|7\n8|8\n9|9\n10|10\n11|11"
		}, "err_form_grades"},
		{"a grade in one language", func(q *draftQuestion) { q.Kind, q.Grades = "majority-judgment", "Хорошо\nПлохо | Poor" }, "err_form_grade"},
		{"a ranking of more than the candidates", func(q *draftQuestion) { q.Kind, q.Max = "schulze", "6" }, "err_form_limits"},
	} {
		q := base("choice")
		tc.change(&q)
		_, err := (&draft{TitleRU: "Т", TitleEN: "T", Questions: []draftQuestion{q}}).manifest()
		var ref *refusal
		if !errors.As(err, &ref) || ref.key != tc.key {
			t.Errorf("%s: %v, want %s", tc.name, err, tc.key)
		}
	}
}
