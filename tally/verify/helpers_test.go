package verify_test

import (
	"bytes"
	"io"
	"slices"
	"testing"

	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/internal/synth"
	"github.com/evote-org/evote/tally/verify"
)

// record is a parsed election record.
type record struct {
	Header    *tally.Header
	Roll      []*tally.RollLine
	Issued    []*tally.IssuedLine
	Casts     []*tally.CastLine
	Tally     *tally.TallyLine
	Mix       tally.MixRecord
	Published *tally.Published
}

// makeRecord writes a synthetic record.
func makeRecord(t testing.TB, cfg synth.Config) ([]byte, *synth.Outcome) {
	t.Helper()
	var buf bytes.Buffer
	out, err := synth.Write(&buf, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), out
}

// parse reads a record's lines.
func parse(t testing.TB, b []byte) *record {
	t.Helper()
	rd := tally.NewReader(bytes.NewReader(b))
	r := &record{}
	for {
		typ, line, err := rd.Next()
		if err == io.EOF {
			return r
		}
		if err != nil {
			t.Fatal(err)
		}
		var v any
		switch typ {
		case tally.TypeHeader:
			r.Header = new(tally.Header)
			v = r.Header
		case tally.TypeRoll:
			l := new(tally.RollLine)
			r.Roll, v = append(r.Roll, l), l
		case tally.TypeIssued:
			l := new(tally.IssuedLine)
			r.Issued, v = append(r.Issued, l), l
		case tally.TypeCast:
			c := new(tally.CastLine)
			r.Casts, v = append(r.Casts, c), c
		case tally.TypeTally:
			r.Tally = new(tally.TallyLine)
			v = r.Tally
		case tally.TypePublished:
			r.Published = new(tally.Published)
			v = r.Published
		case tally.TypeMix, tally.TypeMixFinished, tally.TypeMixShare, tally.TypeCount:
			if err := r.Mix.Add(typ, line); err != nil {
				t.Fatalf("line %d: %v", rd.Line(), err)
			}
			continue
		}
		if err := tally.Unmarshal(line, v); err != nil {
			t.Fatalf("line %d: %v", rd.Line(), err)
		}
	}
}

// encode writes r back; with rehash, the published line gets the new
// record hash (a consistent forgery, as a tamperer would make it).
func (r *record) encode(rehash bool) []byte {
	var buf bytes.Buffer
	w := tally.NewWriter(&buf)
	w.Write(r.Header)
	for _, l := range r.Roll {
		w.Write(l)
	}
	for _, l := range r.Issued {
		w.Write(l)
	}
	for _, c := range r.Casts {
		w.Write(c)
	}
	w.Write(r.Tally)
	for _, l := range r.Mix.Lines() {
		w.Write(l)
	}
	p := *r.Published
	if rehash {
		p.RecordHash = w.Hash()
	}
	w.Publish(&p)
	w.Flush()
	return buf.Bytes()
}

// check verifies b offline and returns the report (nil if unreadable).
func check(t testing.TB, b []byte) *verify.Report {
	t.Helper()
	rep, err := verify.Record(bytes.NewReader(b), verify.Options{})
	if err != nil {
		return nil
	}
	return rep
}

// detected reports whether a verification failed or counts differently.
func detected(rep *verify.Report, want []uint64) bool {
	return rep == nil || !rep.OK() || len(rep.Counts) != 1 || !slices.Equal(rep.Counts[0], want)
}
