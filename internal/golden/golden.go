// Package golden freezes encodings in hex files under a test package's
// testdata/ directory, for tests only: Check compares bytes with their
// file, and `go test -update` rewrites the files instead (a reviewer must
// then see the change in the diff, with docs/protocol.md's).
package golden

import (
	"encoding/hex"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// Check compares got with the hex in testdata/name, or writes it there
// when the test runs with -update.
func Check(t testing.TB, name string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join("testdata", name), []byte(hex.EncodeToString(got)+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if hex.EncodeToString(Read(t, name)) != hex.EncodeToString(got) {
		t.Errorf("%s: encoding changed; if on purpose, bump the version, update docs/protocol.md and run go test -update", name)
	}
}

// Read returns the bytes of the hex in testdata/name.
func Read(t testing.TB, name string) []byte {
	t.Helper()
	text, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	b, err := hex.DecodeString(strings.TrimSpace(string(text)))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return b
}
