package shuffle_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"strings"
	"testing"

	"github.com/evote-org/evote/crypto/internal/testrand"
	"github.com/evote-org/evote/crypto/shuffle"
)

func u32(v uint32) []byte { return binary.BigEndian.AppendUint32(nil, v) }

var nonCanonical = bytes.Repeat([]byte{0xff}, 32)

// TestParseListRejects: every way a list encoding can be wrong.
func TestParseListRejects(t *testing.T) {
	f := newFixture(t, 2, 3, "")
	enc := f.st.Input.Bytes()
	for name, b := range map[string][]byte{
		"empty":            nil,
		"header only":      enc[:9],
		"version 2":        with(enc, 0, []byte{2}),
		"no ballots":       with(enc, 1, u32(0)),
		"width 0":          with(enc, 5, u32(0)),
		"too many ballots": with(enc, 1, u32(shuffle.MaxLen+1)),
		"too wide":         with(enc, 5, u32(shuffle.MaxWidth+1)),
		"header says 3":    with(enc, 1, u32(3)),
		// 9 + 64·2^22·64 is 9 modulo 2^32: a 32-bit length check passes.
		"size wraps 32 bits": with(with(enc[:9], 1, u32(shuffle.MaxLen)), 5, u32(shuffle.MaxWidth)),
		"one byte short":     enc[:len(enc)-1],
		"one byte more":      append(append([]byte(nil), enc...), 0),
		"identity A":         with(enc, 9, make([]byte, 32)),
		"identity B":         with(enc, 9+32*3, make([]byte, 32)),
		"non-canonical":      with(enc, 9+64*5, nonCanonical),
	} {
		if _, err := shuffle.ParseList(b); !errors.Is(err, shuffle.ErrDecode) {
			t.Errorf("%s: got %v, want ErrDecode", name, err)
		}
	}
}

// TestParseProofRejects: every way a proof encoding can be wrong.
func TestParseProofRejects(t *testing.T) {
	const n, w = 2, 3
	f := newFixture(t, n, w, "")
	enc := f.proof.Bytes()
	scalars := 1 + (3*n+3+2*w)*32
	for name, b := range map[string][]byte{
		"empty":                  nil,
		"version 0":              with(enc, 0, []byte{0}),
		"one byte short":         enc[:len(enc)-1],
		"one byte more":          append(append([]byte(nil), enc...), 0),
		"identity commitment":    with(enc, 1, make([]byte, 32)),
		"non-canonical t":        with(enc, 1+32*(2*n), nonCanonical),
		"scalar = ℓ":             with(enc, scalars, order),
		"last scalar ≥ ℓ":        with(enc, len(enc)-32, nonCanonical),
		"proof for another size": f.proof.Bytes()[:shuffle.ProofSize(n-1, w)],
	} {
		if _, err := shuffle.ParseProof(b, n, w); !errors.Is(err, shuffle.ErrDecode) {
			t.Errorf("%s: got %v, want ErrDecode", name, err)
		}
	}
	for _, size := range [][2]int{{0, 1}, {1, 0}, {shuffle.MaxLen + 1, 1}, {1, shuffle.MaxWidth + 1}} {
		if _, err := shuffle.ParseProof(enc, size[0], size[1]); !errors.Is(err, shuffle.ErrStatement) {
			t.Errorf("size %v: got %v, want ErrStatement", size, err)
		}
	}
}

func FuzzParseList(f *testing.F) {
	fx := newFixture(f, 2, 2, "fuzz-list")
	f.Add(fx.st.Input.Bytes())
	f.Add(fx.st.Output.Bytes())
	f.Add(with(fx.st.Input.Bytes(), 9, make([]byte, 32)))
	f.Add([]byte{shuffle.Version, 0, 0, 0, 1, 0, 0, 0, 1})
	f.Fuzz(func(t *testing.T, b []byte) {
		l, err := shuffle.ParseList(b)
		if err != nil {
			return
		}
		if !bytes.Equal(l.Bytes(), b) {
			t.Fatal("re-encoding differs")
		}
	})
}

// FuzzParseProof decodes a proof for n ballots of width w, both taken
// from the first byte, and checks what decodes against fx's statement
// when the sizes match.
func FuzzParseProof(f *testing.F) {
	fx := newFixture(f, 2, 2, "fuzz-proof")
	sizes := func(k byte) (int, int) { return int(k%4) + 1, int(k/4%4) + 1 }
	f.Add(append([]byte{0x05}, fx.proof.Bytes()...))
	f.Add(append([]byte{0x00}, with(fx.proof.Bytes(), 1, make([]byte, 32))...))
	f.Add([]byte{0x00, shuffle.Version})
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) == 0 {
			return
		}
		n, w := sizes(b[0])
		p, err := shuffle.ParseProof(b[1:], n, w)
		if err != nil {
			return
		}
		if !bytes.Equal(p.Bytes(), b[1:]) {
			t.Fatal("re-encoding differs")
		}
		if n == 2 && w == 2 && !bytes.Equal(b[1:], fx.proof.Bytes()) {
			if err := check(fx.st, p); err == nil {
				t.Fatal("a changed proof verifies")
			}
		}
	})
}

// TestParseListChunks: a list decoded in several chunks on every core
// round-trips, and a bad ciphertext in a later chunk is the one named.
func TestParseListChunks(t *testing.T) {
	enc := inputList(t, 1100, 1, testrand.New("chunks")).Bytes()
	l, err := shuffle.ParseList(enc)
	if err != nil || !bytes.Equal(l.Bytes(), enc) {
		t.Fatalf("round trip: %v", err)
	}
	_, err = shuffle.ParseList(with(enc, 9+64*1050, nonCanonical))
	if !errors.Is(err, shuffle.ErrDecode) || !strings.Contains(err.Error(), "ballot 1050 ") {
		t.Errorf("got %v, want ballot 1050 named", err)
	}
}
