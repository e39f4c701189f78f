package reglog_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/evote-org/evote/registrar/reglog"
)

func TestEntryRoundTrip(t *testing.T) {
	leaf := [32]byte{0xab, 1, 2}
	for _, d := range []string{"", "N", "TVERSKOY", "a.b_c-9", strings.Repeat("Z", 64)} {
		e, err := reglog.Entry(leaf, d)
		if err != nil {
			t.Fatalf("Entry(%q): %v", d, err)
		}
		if len(e) != 33+len(d) || e[32] != byte(len(d)) || !bytes.Equal(e[:32], leaf[:]) || string(e[33:]) != d {
			t.Fatalf("Entry(%q) = %x", d, e)
		}
		l, got, err := reglog.ParseEntry(e)
		if err != nil || l != leaf || got != d {
			t.Fatalf("ParseEntry(%x) = %x, %q, %v", e, l, got, err)
		}
	}
}

func TestEntryRefuses(t *testing.T) {
	for _, d := range []string{"north west", "ЦАО", strings.Repeat("Z", 65), "a\x00", "a/b"} {
		if _, err := reglog.Entry([32]byte{}, d); !errors.Is(err, reglog.ErrEntry) {
			t.Errorf("Entry(%q): err %v, want ErrEntry", d, err)
		}
	}
}

func TestParseEntryRefuses(t *testing.T) {
	leaf := bytes.Repeat([]byte{7}, 32)
	for name, e := range map[string][]byte{
		"empty":                 {},
		"leaf only":             leaf,
		"short leaf":            cat(leaf[:31], []byte{0}),
		"length byte too big":   cat(leaf, []byte{2}, []byte("N")),
		"length byte too small": cat(leaf, []byte{0}, []byte("N")),
		"trailing byte":         cat(leaf, []byte{1}, []byte("NN")),
		"district too long":     cat(leaf, []byte{65}, bytes.Repeat([]byte("Z"), 65)),
		"space":                 cat(leaf, []byte{3}, []byte("a b")),
		"NUL":                   cat(leaf, []byte{1}, []byte{0}),
		"non-ASCII":             cat(leaf, []byte{2}, []byte("Ж")),
		"invalid UTF-8":         cat(leaf, []byte{1}, []byte{0xff}),
		"length 255":            cat(leaf, []byte{255}, bytes.Repeat([]byte("Z"), 255)),
	} {
		if _, _, err := reglog.ParseEntry(e); !errors.Is(err, reglog.ErrEntry) {
			t.Errorf("%s: err %v, want ErrEntry", name, err)
		}
	}
}

// FuzzParseEntry: ParseEntry never panics, and what it accepts is the
// canonical encoding of what it returns.
func FuzzParseEntry(f *testing.F) {
	leaf := bytes.Repeat([]byte{7}, 32)
	f.Add(append(append([]byte{}, leaf...), 0))
	f.Add(append(append([]byte{}, leaf...), 3, 'A', 'B', 'C'))
	f.Add(append(append([]byte{}, leaf...), 2, 'A'))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, e []byte) {
		l, d, err := reglog.ParseEntry(e)
		if err != nil {
			return
		}
		back, err := reglog.Entry(l, d)
		if err != nil || !bytes.Equal(back, e) {
			t.Fatalf("ParseEntry(%x) = %x, %q; Entry gives %x, %v", e, l, d, back, err)
		}
	})
}
