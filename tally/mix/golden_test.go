package mix_test

import (
	"bytes"
	"encoding/hex"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/evote-org/evote/crypto/shuffle"
	"github.com/evote-org/evote/tally/mix"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden is the worked example of docs/protocol.md, section 14.8: a 2-of-3
// ceremony, 3 ballots of the test manifest's two mixed questions, and
// trustee 1's mix of them.
func golden(t *testing.T) (*fixture, map[string][]byte) {
	f := newFixture(t, "golden-mix", 3, 2, 3)
	_, file := f.mixOf(t, f.initial, 1)
	return f, map[string][]byte{
		"input0-v1.hex":  f.initial[0].Bytes(),
		"input1-v1.hex":  f.initial[1].Bytes(),
		"mixfile-v1.hex": file,
	}
}

// TestGolden freezes the mix file's encoding (go test -update rewrites
// the files).
func TestGolden(t *testing.T) {
	_, files := golden(t)
	for name, got := range files {
		path := filepath.Join("testdata", name)
		text := hex.EncodeToString(got) + "\n"
		if *update {
			if err := os.MkdirAll("testdata", 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if want := readHex(t, name); !bytes.Equal(want, got) {
			t.Errorf("%s: encoding changed; if on purpose, bump the version, update docs/protocol.md and run go test -update", name)
		}
	}
}

// TestGoldenVerifies: from the files alone, the values docs/protocol.md
// quotes, and the mix verifies.
func TestGoldenVerifies(t *testing.T) {
	f, _ := golden(t)
	in := []*shuffle.List{must(shuffle.ParseList(readHex(t, "input0-v1.hex"))), must(shuffle.ParseList(readHex(t, "input1-v1.hex")))}
	file := readHex(t, "mixfile-v1.hex")
	parsed := must(mix.ParseFile(file, f.p.Widths()))
	post := mix.MixPost{Trustee: 1, Input: mix.ListsHash(in), Output: mix.ListsHash(parsed.Lists), File: sum(file)}
	for what, tc := range map[string]struct {
		got  []byte
		want string
	}{
		"K":      {f.p.Key.Bytes(), "868a365a988afa6d6af7c73ff0427990f114d03dcff8c36d0cf97761f29ddd0c"},
		"input":  {post.Input[:], "e3cbbf36b15166a321aea8fe9e65634f118a4b82f80d7dc9d1afbff2ff1128a9"},
		"output": {post.Output[:], "5689f77b41821cf5495ffe028711d5d9adcead24b2f3ac810e613e648e478021"},
		"file":   {post.File[:], "e1dec06ac4d5d86cb27a0a79f9ed981254f069ad61620455889babb3c10f44e2"},
	} {
		if got := hex.EncodeToString(tc.got); got != tc.want {
			t.Errorf("%s = %s, want %s", what, got, tc.want)
		}
	}
	files := mix.Dir(t.TempDir())
	must(files.Put(file))
	c := must(mix.Check(f.p, files, in, []mix.MixPost{post}))
	if c.Verdicts[0].Verdict != mix.Valid {
		t.Fatal(c.Verdicts[0].Err)
	}
}

func readHex(t *testing.T, name string) []byte {
	t.Helper()
	text, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return must(hex.DecodeString(strings.TrimSpace(string(text))))
}

func TestParseFileRejects(t *testing.T) {
	f, files := golden(t)
	enc, widths := files["mixfile-v1.hex"], f.p.Widths()
	list0 := len(files["input0-v1.hex"])
	proof0 := 2 + 8 + list0
	list1 := proof0 + 8 + shuffle.ProofSize(3, 4)
	for name, b := range map[string][]byte{
		"empty":                 nil,
		"version 2":             with(enc, 0, 2),
		"one list":              with(enc, 1, 1),
		"three lists":           with(enc, 1, 3),
		"list length + 1":       with(enc, 2+7, byte(list0+1)),
		"list length 2^64 − 1":  with(enc, 2, bytes.Repeat([]byte{0xff}, 8)...),
		"list 0 is list 1":      append(append(bytes.Clone(enc[:2+8]), enc[list1+8:]...), enc[2+8+list0:]...),
		"proof length − 1":      with(enc, proof0+7, enc[proof0+7]-1),
		"truncated":             enc[:len(enc)-1],
		"one byte more":         append(bytes.Clone(enc), 0),
		"list 1 has 2 ballots":  with(enc, list1+8+1, 0, 0, 0, 2),
		"a non-canonical point": with(enc, 2+8+9, bytes.Repeat([]byte{0xff}, 32)...),
	} {
		if _, err := mix.ParseFile(b, widths); !errors.Is(err, mix.ErrDecode) {
			t.Errorf("%s: got %v, want ErrDecode", name, err)
		}
	}
	if _, err := mix.ParseFile(enc, []int{4, 2}); !errors.Is(err, mix.ErrDecode) {
		t.Errorf("another width: got %v", err)
	}
	if _, err := mix.ParseFile([]byte{1, 0}, nil); !errors.Is(err, mix.ErrDecode) {
		t.Errorf("no mixed question: got %v", err)
	}
}

func FuzzParseFile(f *testing.F) {
	enc := must(hex.DecodeString(strings.TrimSpace(string(must(os.ReadFile(filepath.Join("testdata", "mixfile-v1.hex")))))))
	f.Add(enc)
	f.Add(enc[:100])
	f.Fuzz(func(t *testing.T, b []byte) {
		file, err := mix.ParseFile(b, []int{4, 3})
		if err != nil {
			if !errors.Is(err, mix.ErrDecode) {
				t.Fatalf("error %v is not ErrDecode", err)
			}
			return
		}
		if !bytes.Equal(file.Bytes(), b) {
			t.Fatal("accepted a non-canonical encoding")
		}
	})
}
