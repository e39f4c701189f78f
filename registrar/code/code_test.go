package code_test

import (
	"bytes"
	"crypto/rand"
	"errors"
	"strings"
	"testing"

	"github.com/evote-org/evote/registrar/code"
)

func TestNew(t *testing.T) {
	seen := map[string]bool{}
	for range 1000 {
		c, err := code.New(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		if n, ok := code.Normalize(c); !ok || n != c {
			t.Fatalf("New gave non-canonical %q", c)
		}
		if seen[c] {
			t.Fatalf("repeated code %q", c)
		}
		seen[c] = true
	}
	if _, err := code.New(bytes.NewReader(nil)); !errors.Is(err, code.ErrRand) {
		t.Fatalf("err = %v, want ErrRand", err)
	}
}

func TestFormatNormalize(t *testing.T) {
	if got := code.Format("0123456789AB"); got != "0123-4567-89AB" {
		t.Fatalf("Format = %q", got)
	}
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"0123-4567-89AB", "0123456789AB", true},
		{"0123 4567 89ab", "0123456789AB", true},
		{"o1il-4567-89ab", "0111456789AB", true},
		{"0123456789AB", "0123456789AB", true},
		{"0123-4567-89A", "", false},   // too short
		{"0123-4567-89ABC", "", false}, // too long
		{"0123-4567-89AU", "", false},  // U is not in the alphabet
		{"0123-4567-89A!", "", false},
		{"0123-4567-89AЯ", "", false},
		{"", "", false},
		{strings.Repeat("-", 100), "", false},
	}
	for _, tt := range tests {
		got, ok := code.Normalize(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Normalize(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestHashVerify(t *testing.T) {
	c, _ := code.New(rand.Reader)
	rec, err := code.Hash(c, code.DefaultParams, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	if len(rec) != code.RecordSize {
		t.Fatalf("record of %d bytes, want %d", len(rec), code.RecordSize)
	}
	if ok, err := code.Verify(rec, c); !ok || err != nil {
		t.Fatalf("Verify(right code) = %v, %v", ok, err)
	}
	other := []byte(c)
	other[0] ^= 1
	if ok, _ := code.Verify(rec, string(other)); ok {
		t.Fatal("Verify accepted a wrong code")
	}
	rec2, _ := code.Hash(c, code.DefaultParams, rand.Reader)
	if bytes.Equal(rec, rec2) {
		t.Fatal("two hashes of one code are equal: no salt")
	}
}

func TestVerifyBadRecord(t *testing.T) {
	rec, _ := code.Hash("0123456789AB", code.Params{Time: 1, MemoryKiB: 64, Threads: 1}, rand.Reader)
	bad := map[string][]byte{
		"empty":        nil,
		"short":        rec[:len(rec)-1],
		"version":      append([]byte{2}, rec[1:]...),
		"zero time":    patch(rec, 1, 0, 0, 0, 0),
		"huge time":    patch(rec, 1, 0, 0, 1, 0),
		"huge memory":  patch(rec, 5, 0x7f, 0, 0, 0),
		"zero threads": patch(rec, 9, 0),
	}
	for name, r := range bad {
		if _, err := code.Verify(r, "0123456789AB"); !errors.Is(err, code.ErrRecord) {
			t.Errorf("%s: err = %v, want ErrRecord", name, err)
		}
	}
	if _, err := code.Hash("x", code.Params{}, rand.Reader); !errors.Is(err, code.ErrRecord) {
		t.Errorf("Hash with zero params: err = %v", err)
	}
}

func patch(rec []byte, at int, b ...byte) []byte {
	out := bytes.Clone(rec)
	copy(out[at:], b)
	return out
}

func FuzzNormalize(f *testing.F) {
	f.Add("0123-4567-89AB")
	f.Add("oil ")
	f.Fuzz(func(t *testing.T, s string) {
		c, ok := code.Normalize(s)
		if !ok {
			return
		}
		if len(c) != code.Length {
			t.Fatalf("Normalize(%q) = %q", s, c)
		}
		if again, ok := code.Normalize(code.Format(c)); !ok || again != c {
			t.Fatalf("Format/Normalize round trip of %q gave %q", c, again)
		}
	})
}

// BenchmarkHash measures DefaultParams: the cost of one code at
// generation and of one login attempt.
//
//	go test -run='^$' -bench=Hash ./registrar/code/
func BenchmarkHash(b *testing.B) {
	for b.Loop() {
		if _, err := code.Hash("0123456789AB", code.DefaultParams, rand.Reader); err != nil {
			b.Fatal(err)
		}
	}
}
