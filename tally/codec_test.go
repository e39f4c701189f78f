package tally_test

import (
	"bytes"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/evote-org/evote/tally"
)

func TestCanonical(t *testing.T) {
	c := &tally.CastLine{Type: tally.TypeCast, Seq: 3, Token: []byte{1, 2}, Verdict: "counted"}
	line := tally.Marshal(c)
	var back tally.CastLine
	if err := tally.Unmarshal(line, &back); err != nil {
		t.Fatal(err)
	}
	for name, bad := range map[string]string{
		"spaces":         strings.Replace(string(line), `"seq":3`, `"seq": 3`, 1),
		"field order":    strings.Replace(string(line), `{"type":"cast","seq":3`, `{"seq":3,"type":"cast"`, 1),
		"unknown field":  strings.Replace(string(line), `"seq":3`, `"seq":3,"x":1`, 1),
		"upper-case hex": strings.Replace(string(line), `"tx":"0x00`, `"tx":"0X00`, 1),
		"base64 padding": strings.Replace(string(line), `"AQI="`, `"AQI"`, 1),
		"number form":    strings.Replace(string(line), `"seq":3`, `"seq":3.0`, 1),
	} {
		if bad == string(line) {
			t.Fatalf("%s: no change", name)
		}
		if err := tally.Unmarshal([]byte(bad), &back); !errors.Is(err, tally.ErrRecord) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestReaderWriter(t *testing.T) {
	var buf bytes.Buffer
	w := tally.NewWriter(&buf)
	h := &tally.Header{Type: tally.TypeHeader}
	c := &tally.CastLine{Type: tally.TypeCast}
	w.Write(h)
	w.Write(c)
	hash := w.Hash()
	w.Publish(&tally.Published{RecordHash: hash})
	if err := w.Write(c); err == nil {
		t.Error("a line after the published line")
	}
	w.Flush()
	r := tally.NewReader(&buf)
	types := readTypes(t, r)
	if !slices.Equal(types, []string{"header", "cast", "published"}) || r.Hash() != hash {
		t.Errorf("read %v, hash %x, want %x", types, r.Hash(), hash)
	}
}

// TestLineType: a line is of a type only if its type is exactly that
// name; a canonical line of type "castle" is of no type.
func TestLineType(t *testing.T) {
	var buf bytes.Buffer
	w := tally.NewWriter(&buf)
	w.Write(&tally.CastLine{Type: "castle"})
	w.Write(&tally.CastLine{Type: tally.TypeCast})
	w.Flush()
	r := tally.NewReader(&buf)
	types := readTypes(t, r)
	if !slices.Equal(types, []string{"", "cast"}) {
		t.Errorf("read types %q, want \"\" and \"cast\"", types)
	}
}

// readTypes reads every line of r and returns their types.
func readTypes(t *testing.T, r *tally.Reader) []string {
	t.Helper()
	var types []string
	for {
		typ, _, err := r.Next()
		if err == io.EOF {
			return types
		}
		if err != nil {
			t.Fatal(err)
		}
		types = append(types, typ)
	}
}

func TestResult(t *testing.T) {
	h := &tally.Header{ReadBlock: 77, Casts: 12}
	b := tally.EncodeResult(h, 9, []uint64{4, 0, 5})
	r, err := tally.ParseResult(b)
	if err != nil || r.ReadBlock != 77 || r.Casts != 12 || r.Counted != 9 || !slices.Equal(r.Counts, []uint64{4, 0, 5}) {
		t.Fatalf("%+v %v", r, err)
	}
	for _, bad := range [][]byte{nil, b[:26], b[:len(b)-1], append(slices.Clone(b), 0), append([]byte{2}, b[1:]...)} {
		if _, err := tally.ParseResult(bad); err == nil {
			t.Errorf("%x parsed", bad)
		}
	}
}

func FuzzUnmarshal(f *testing.F) {
	f.Add(tally.Marshal(&tally.CastLine{Type: tally.TypeCast, Token: []byte{1}}))
	f.Add(tally.Marshal(&tally.Header{Type: tally.TypeHeader, States: []tally.StateFact{{State: "Open"}}}))
	f.Fuzz(func(t *testing.T, line []byte) {
		for _, v := range []any{new(tally.CastLine), new(tally.Header), new(tally.TallyLine)} {
			if tally.Unmarshal(line, v) == nil && !bytes.Equal(tally.Marshal(v), line) {
				t.Fatalf("accepted a non-canonical line %q", line)
			}
		}
	})
}

func FuzzParseResult(f *testing.F) {
	f.Add(tally.EncodeResult(&tally.Header{}, 1, []uint64{1, 0}))
	f.Fuzz(func(t *testing.T, b []byte) {
		if r, err := tally.ParseResult(b); err == nil {
			h := &tally.Header{ReadBlock: r.ReadBlock, Casts: r.Casts}
			if !bytes.Equal(tally.EncodeResult(h, r.Counted, r.Counts), b) {
				t.Fatalf("%x does not round-trip", b)
			}
		}
	})
}
