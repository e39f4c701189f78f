package verify_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/evote-org/evote/tally/internal/synth"
	"github.com/evote-org/evote/tally/verify"
)

// outcome is what this verifier says of a record, for the TypeScript
// verifier (tally/verify/ts) to agree with: an error, or the status of
// every check, the counts and the hash of the re-derived record.
type outcome struct {
	File        string     `json:"file"`
	MustFail    bool       `json:"mustFail"` // a hostile record whose change affects the result
	Error       bool       `json:"error"`
	Checks      []string   `json:"checks"`
	Counts      [][]string `json:"counts"`
	Districts   []string   `json:"districts"` // district:roll:issued, when check 6 passed
	DerivedHash string     `json:"derivedHash"`
}

// TestRecordsForTS writes election records, and hostile variants of one
// made as TestTamper makes them, with this verifier's outcome of each,
// to the directory $EVOTE_TS_RECORDS (scripts/test sets it and runs the
// TypeScript verifier on them). Without it, it is skipped. With
// EVOTE_TS_SAMPLE=k it writes every k-th hostile variant from a random
// offset (logged), so that CI stays short and covers them all over runs.
func TestRecordsForTS(t *testing.T) {
	dir := os.Getenv("EVOTE_TS_RECORDS")
	if dir == "" {
		t.Skip("EVOTE_TS_RECORDS is not set")
	}
	sample, _ := strconv.Atoi(os.Getenv("EVOTE_TS_SAMPLE"))
	sample = max(sample, 1)
	offset := rand.IntN(sample)
	t.Logf("hostile variants %d, %d+%d, …", offset, offset, sample)
	configs := []struct {
		name string
		cfg  synth.Config
	}{
		{"plain", synth.Config{Voters: 10}},
		{"invalid", synth.Config{Voters: 6, Invalid: true, Bad: []int{4}, Absent: []int{5}}},
		{"questions", synth.Config{Voters: 9, Invalid: true, Absent: []int{2}, Bad: []int{1},
			Questions: []synth.Shape{{Options: 2, Min: 1, Max: 1}, {Options: 5, Min: 1, Max: 3}, {Options: 3, Min: 0, Max: 3}}}},
		{"malformed", synth.Config{Voters: 4, Malformed: []int{2}, N: 4, T: 2, Absent: []int{1}}},
		{"empty", synth.Config{}},
		{"districts", logConfig},
	}
	var all []outcome
	for _, c := range configs {
		b, _ := makeRecord(t, c.cfg)
		all = append(all, write(t, dir, c.name+".jsonl", b, false))
	}
	orig, _ := makeRecord(t, synth.Config{Voters: 2, Invalid: true, Bad: []int{4}, Absent: []int{5}})
	all = append(all, write(t, dir, "tamper-base.jsonl", orig, false))
	base := parse(t, orig)
	n := 0
	for i, f := range fields(base) {
		for k := range mutations(f) {
			if n++; (n-1)%sample != offset {
				continue
			}
			r := parse(t, orig)
			g := fields(r)[i]
			mutate(g, k)
			name := fmt.Sprintf("hostile-%03d.jsonl", n-1)
			o := write(t, dir, name, r.encode(g.path[:4] != "publ"), !exempt(base, f.path))
			o.File += " " + g.path
			all = append(all, o)
		}
	}
	logRecord, _ := makeRecord(t, logConfig)
	for i, f := range logForgeries {
		r := parse(t, logRecord)
		f.forge(t, r)
		o := write(t, dir, fmt.Sprintf("forged-log-%02d.jsonl", i), r.encode(true), true)
		o.File += " " + strings.ReplaceAll(f.name, " ", "_")
		all = append(all, o)
	}
	b, err := json.MarshalIndent(all, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "outcomes.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d records in %s", len(all), dir)
}

// write writes a record and returns this verifier's outcome of it.
func write(t *testing.T, dir, name string, b []byte, mustFail bool) outcome {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	o := outcome{File: name, MustFail: mustFail}
	rep, err := verify.Record(bytes.NewReader(b), verify.Options{Out: &out})
	if err != nil {
		o.Error = true
		return o
	}
	for _, c := range rep.Checks {
		o.Checks = append(o.Checks, c.Status.String())
	}
	for _, q := range rep.Counts {
		var qs []string
		for _, n := range q {
			qs = append(qs, fmt.Sprint(n))
		}
		o.Counts = append(o.Counts, qs)
	}
	for _, d := range rep.Districts {
		o.Districts = append(o.Districts, fmt.Sprintf("%s:%d:%d", d.District, d.Roll, d.Issued))
	}
	h := sha256.New()
	for _, line := range bytes.SplitAfter(out.Bytes(), []byte("\n")) {
		if !bytes.HasPrefix(line, []byte(`{"type":"published",`)) {
			h.Write(line)
		}
	}
	o.DerivedHash = hex.EncodeToString(h.Sum(nil))
	return o
}
