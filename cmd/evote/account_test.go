package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAccountAddress makes a key with "account new" and reads its address
// back with "account address"; a file that is not a key, a missing file
// and a missing argument are refused without printing anything.
func TestAccountAddress(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "trustee.key")
	var made, read bytes.Buffer
	if err := accountNew([]string{"--out", path}, &made); err != nil {
		t.Fatal(err)
	}
	if err := accountAddress([]string{path}, &read); err != nil {
		t.Fatal(err)
	}
	if made.String() != read.String() || !strings.HasPrefix(read.String(), "0x") || len(read.String()) != 43 {
		t.Errorf("account new printed %q, account address %q", made.String(), read.String())
	}
	key, _ := os.ReadFile(path)
	if strings.Contains(read.String(), strings.TrimSpace(string(key))) {
		t.Error("account address printed the key")
	}
	if err := accountNew([]string{"--out", path}, &made); err == nil {
		t.Error("account new overwrote a key")
	}
	bad := filepath.Join(dir, "not-a-key")
	os.WriteFile(bad, []byte("hello\n"), 0o600)
	for name, args := range map[string][]string{"not a key": {bad}, "missing": {filepath.Join(dir, "none")}, "no file": nil, "two files": {path, path}} {
		var out bytes.Buffer
		if err := accountAddress(args, &out); err == nil || out.Len() > 0 {
			t.Errorf("%s: err %v, printed %q", name, err, out.String())
		}
	}
}
