package election

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func sample() *Manifest {
	return &Manifest{
		Version: Version,
		Title:   Text{RU: "Городской референдум", EN: "City referendum"},
		Questions: []Question{{
			Title: Text{RU: "Строить ли новый парк?", EN: "Build a new park?"},
			Min:   1, Max: 1,
			Options: []Option{{Text{RU: "Да", EN: "Yes"}}, {Text{RU: "Нет", EN: "No"}}},
		}},
	}
}

func TestSampleFile(t *testing.T) {
	data, err := os.ReadFile("testdata/sample.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := Parse(bytes.TrimSpace(data))
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Shape()) != 2 || m.Shape()[1].Options != 5 {
		t.Fatalf("shape %+v", m.Shape())
	}
}

func TestRoundTrip(t *testing.T) {
	m := sample()
	data := m.Bytes()
	got, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), data) {
		t.Fatal("round trip changed the bytes")
	}
	if ID(data) != crypto.Keccak256Hash(data) {
		t.Fatal("ID is not keccak256 of the bytes")
	}
}

func TestParseRejects(t *testing.T) {
	good := string(sample().Bytes())
	edit := func(f func(*Manifest)) string {
		m := sample()
		f(m)
		return string(m.Bytes())
	}
	for name, data := range map[string]string{
		"empty":          "",
		"whitespace":     good + "\n",
		"indented":       strings.Replace(good, `{"version"`, `{ "version"`, 1),
		"unknown field":  strings.Replace(good, `{"version":1`, `{"version":1,"extra":1`, 1),
		"duplicate key":  strings.Replace(good, `{"version":1`, `{"version":1,"version":1`, 1),
		"two objects":    good + good,
		"version":        edit(func(m *Manifest) { m.Version = 2 }),
		"no questions":   edit(func(m *Manifest) { m.Questions = nil }),
		"empty title":    edit(func(m *Manifest) { m.Title.EN = " " }),
		"no russian":     edit(func(m *Manifest) { m.Questions[0].Options[1].Title.RU = "" }),
		"min > max":      edit(func(m *Manifest) { m.Questions[0].Min = 2 }),
		"max > options":  edit(func(m *Manifest) { m.Questions[0].Max = 3 }),
		"negative min":   edit(func(m *Manifest) { m.Questions[0].Min = -1 }),
		"long text":      edit(func(m *Manifest) { m.Title.RU = strings.Repeat("я", MaxTextLength) }),
		"invalid utf-8":  edit(func(m *Manifest) { m.Title.EN = "\xff" }),
		"ballot too big": edit(func(m *Manifest) { m.Questions[0].Options = make([]Option, 60) }),
		"too large":      strings.Repeat(" ", MaxSize+1),
		"not json":       "version: 1",
	} {
		if _, err := Parse([]byte(data)); !errors.Is(err, ErrManifest) {
			t.Errorf("%s: got %v, want ErrManifest", name, err)
		}
	}
}

func TestLargestBallotFits(t *testing.T) {
	m := sample()
	// 56 yes/no options fit the contract's 16 KiB ballot limit.
	m.Questions[0].Options = nil
	for i := range 56 {
		s := fmt.Sprint(i)
		m.Questions[0].Options = append(m.Questions[0].Options, Option{Text{RU: s, EN: s}})
	}
	if _, err := Parse(m.Bytes()); err != nil {
		t.Fatalf("56 options refused: %v", err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add(sample().Bytes())
	f.Add(ranked().Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		if m, err := Parse(data); err == nil && !bytes.Equal(m.Bytes(), data) {
			t.Fatal("accepted a manifest that is not its canonical encoding")
		}
	})
}

func TestCanonical(t *testing.T) {
	pretty := "{\n  \"version\": 1,\n  \"title\": {\"ru\": \"Опрос\", \"en\": \"Poll\"},\n  \"questions\": [{\"title\": {\"ru\": \"Да?\", \"en\": \"Yes?\"}, \"min\": 0, \"max\": 1,\n   \"options\": [{\"title\": {\"ru\": \"Да\", \"en\": \"Yes\"}}]}]\n}\n"
	data, err := Canonical([]byte(pretty))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Parse(data); err != nil {
		t.Fatalf("canonical form does not parse: %v", err)
	}
	if _, err := Canonical([]byte(pretty + "{}")); !errors.Is(err, ErrManifest) {
		t.Fatalf("trailing object: %v", err)
	}
	if _, err := Canonical([]byte(strings.Replace(pretty, `"version": 1`, `"version": 1, "x": 2`, 1))); !errors.Is(err, ErrManifest) {
		t.Fatalf("unknown field: %v", err)
	}
}

func TestSchedule(t *testing.T) {
	for _, tc := range []struct {
		opens, closes string
		ok            bool
	}{
		{"2026-09-18T08:00:00+03:00", "2026-09-20T20:00:00+03:00", true},
		{"2026-09-20T20:00:00Z", "2026-09-18T08:00:00Z", false},
		{"2026-09-18T08:00:00Z", "2026-09-18T08:00:00Z", false},
		{"18.09.2026 08:00", "2026-09-20T20:00:00Z", false},
		{"2026-09-18T08:00:00Z", "", false},
	} {
		m := sample()
		m.Schedule = &Schedule{Opens: tc.opens, Closes: tc.closes}
		_, err := Parse(m.Bytes())
		if (err == nil) != tc.ok || (err != nil && !errors.Is(err, ErrManifest)) {
			t.Errorf("schedule %q..%q: %v", tc.opens, tc.closes, err)
		}
	}
	if bytes.Contains(sample().Bytes(), []byte("schedule")) {
		t.Error("a manifest without a schedule encodes one")
	}
}
