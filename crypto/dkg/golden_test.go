package dkg_test

import (
	"encoding/hex"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGolden freezes the wire formats: a deterministic ceremony must
// encode to the bytes in testdata/ (go test -update rewrites them).
func TestGolden(t *testing.T) {
	f := newMixFixture(t, "golden-dkg")
	for name, got := range map[string][]byte{
		"key-v1.hex":       f.keys[0].Bytes(),
		"dealing-v1.hex":   f.dealings[0].Bytes(),
		"complaint-v1.hex": f.complaint.Bytes(),
		"partial-v1.hex":   f.parts[0].Bytes(),
		"mixshare-v1.hex":  f.decs[0].Bytes(),
	} {
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
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if strings.TrimSpace(string(want)) != strings.TrimSpace(text) {
			t.Errorf("%s: encoding changed; if on purpose, bump the version, update docs/protocol.md and run go test -update", name)
		}
	}
}
