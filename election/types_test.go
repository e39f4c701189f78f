package election

import (
	"bytes"
	"encoding/hex"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/evote-org/evote/crypto/ballot"
)

// ranked is a manifest with a ranked (STV, 2 seats of 3) and a graded
// question.
func ranked() *Manifest {
	m := sample()
	names := func(s ...string) []Option {
		var out []Option
		for _, n := range s {
			out = append(out, Option{Text{RU: n, EN: n}})
		}
		return out
	}
	m.Questions = []Question{{
		Title: Text{RU: "Совет", EN: "Council"}, Min: 1, Max: 3, Options: names("A", "B", "C"),
		Type: Ranked, Method: STV, Seats: 2,
	}, {
		Title: Text{RU: "Проекты", EN: "Projects"}, Min: 0, Max: 2, Options: names("P", "Q"),
		Type: Graded, Method: MajorityJudgment, Grades: []Text{{RU: "Хорошо", EN: "Good"}, {RU: "Плохо", EN: "Poor"}},
	}}
	return m
}

func TestRankedAndGraded(t *testing.T) {
	data := ranked().Bytes()
	m, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	want := []ballot.Question{{Options: 3, Min: 1, Max: 3, Kind: ballot.Ranked}, {Options: 2, Max: 2, Kind: ballot.Graded, Grades: 2}}
	for i, q := range m.Shape() {
		if q != want[i] {
			t.Errorf("question %d shape %+v, want %+v", i, q, want[i])
		}
	}
	if !m.Questions[0].Mixed() || !m.Questions[1].Mixed() || sample().Questions[0].Mixed() {
		t.Error("Mixed")
	}
}

// TestChoiceUnchanged: the new fields are absent from a choice question,
// so an existing manifest keeps its bytes and its election id.
func TestChoiceUnchanged(t *testing.T) {
	data, err := os.ReadFile("testdata/sample.json")
	if err != nil {
		t.Fatal(err)
	}
	data = bytes.TrimSpace(data)
	m, err := Parse(data)
	if err != nil || !bytes.Equal(m.Bytes(), data) {
		t.Fatalf("sample manifest changed: %v", err)
	}
	for _, field := range []string{`"type"`, `"method"`, `"seats"`, `"grades"`} {
		if bytes.Contains(sample().Bytes(), []byte(field)) {
			t.Errorf("a choice question encodes %s", field)
		}
	}
}

func TestTypeRejects(t *testing.T) {
	good := string(ranked().Bytes())
	edit := func(f func(*Manifest)) string {
		m := ranked()
		f(m)
		return string(m.Bytes())
	}
	for name, data := range map[string]string{
		"unknown type":        edit(func(m *Manifest) { m.Questions[0].Type = "approval" }),
		"ranked, no method":   edit(func(m *Manifest) { m.Questions[0].Method = ""; m.Questions[0].Seats = 0 }),
		"ranked, mj":          edit(func(m *Manifest) { m.Questions[0].Method = MajorityJudgment; m.Questions[0].Seats = 0 }),
		"stv, no seats":       edit(func(m *Manifest) { m.Questions[0].Seats = 0 }),
		"stv, all seats":      edit(func(m *Manifest) { m.Questions[0].Seats = 3 }),
		"stv, negative seats": edit(func(m *Manifest) { m.Questions[0].Seats = -1 }),
		"irv with seats":      edit(func(m *Manifest) { m.Questions[0].Method = IRV }),
		"ranked with grades":  edit(func(m *Manifest) { m.Questions[0].Grades = m.Questions[1].Grades }),
		"ranked, no rank":     edit(func(m *Manifest) { m.Questions[0].Min, m.Questions[0].Max = 0, 0 }),
		"graded, irv":         edit(func(m *Manifest) { m.Questions[1].Method = IRV }),
		"graded, seats":       edit(func(m *Manifest) { m.Questions[1].Seats = 1 }),
		"one grade":           edit(func(m *Manifest) { m.Questions[1].Grades = m.Questions[1].Grades[:1] }),
		"eleven grades":       edit(func(m *Manifest) { m.Questions[1].Grades = make([]Text, 11) }),
		"empty grade":         edit(func(m *Manifest) { m.Questions[1].Grades[1].RU = " " }),
		"choice with method":  edit(func(m *Manifest) { m.Questions[0].Type = Choice; m.Questions[0].Seats = 0 }),
		"choice with grades":  edit(func(m *Manifest) { m.Questions[1].Type, m.Questions[1].Method = Choice, "" }),
		"empty grades list":   strings.Replace(good, `"min":1,"max":3`, `"min":1,"max":3,"grades":[]`, 1),
		"seats 0 spelled":     strings.Replace(good, `"method":"stv","seats":2`, `"method":"stv","seats":2,"seats":0`, 1),
		"type empty spelled":  strings.Replace(sampleString(), `"options"`, `"type":"","options"`, 1),
		"fields out of order": strings.Replace(good, `"type":"ranked","method":"stv"`, `"method":"stv","type":"ranked"`, 1),
		"ranked ballot too big": edit(func(m *Manifest) {
			m.Questions[0].Options = append(m.Questions[0].Options, make([]Option, 9)...)
			for i := range m.Questions[0].Options {
				m.Questions[0].Options[i] = Option{Text{RU: "x", EN: "x"}}
			}
			m.Questions[0].Max = 12
		}),
	} {
		if _, err := Parse([]byte(data)); !errors.Is(err, ErrManifest) {
			t.Errorf("%s: got %v, want ErrManifest", name, err)
		}
	}
}

func sampleString() string { return string(sample().Bytes()) }

// TestProtocolExamples: the manifests quoted in docs/protocol.md, section
// 2, parse and have the sizes and election ids it states.
func TestProtocolExamples(t *testing.T) {
	doc, err := os.ReadFile("../docs/protocol.md")
	if err != nil {
		t.Fatal(err)
	}
	for prefix, want := range map[string]struct {
		size int
		id   string
	}{
		`    {"version":1,"title":{"ru":"Опрос"`:         {203, "86957549af4fa05db8a68a9722e5258eb75cf85f06f8fea1b9f405c7d37c1cd2"},
		`    {"version":1,"title":{"ru":"Выборы совета"`: {701, "dd6fd2792257f01803dd1952018c4eb4c74c6b12003250eba7fff8c1d00449a4"},
	} {
		i := strings.Index(string(doc), "\n"+prefix)
		if i < 0 {
			t.Errorf("docs/protocol.md quotes no manifest %s…", prefix)
			continue
		}
		line, _, _ := strings.Cut(string(doc[i+5:]), "\n")
		id := ID([]byte(line))
		if _, err := Parse([]byte(line)); err != nil || len(line) != want.size || hex.EncodeToString(id[:]) != want.id {
			t.Errorf("example %s…: %d bytes, id %x, %v", prefix, len(line), id, err)
		}
		if !strings.Contains(string(doc), "0x"+want.id) {
			t.Errorf("docs/protocol.md does not state the id 0x%s", want.id)
		}
	}
}
