package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestBindingsUpToDate regenerates the bindings in memory from the
// committed build/ and fails on any difference from the committed file.
func TestBindingsUpToDate(t *testing.T) {
	dir := filepath.Join("..", "..")
	for _, c := range contracts {
		t.Run(c.name, func(t *testing.T) {
			want, err := generate(dir, c)
			if err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(filepath.Join(dir, c.file))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("%s is stale: run `go generate ./contracts` and commit", c.file)
			}
		})
	}
}
