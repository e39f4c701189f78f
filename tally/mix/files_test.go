package mix_test

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/evote-org/evote/tally/mix"
)

func TestDir(t *testing.T) {
	dir := mix.Dir(filepath.Join(t.TempDir(), "files"))
	b := []byte("a mix file")
	h, err := dir.Put(b)
	if err != nil || h != sha256.Sum256(b) {
		t.Fatalf("Put: %x, %v", h, err)
	}
	if mix.Name(h) != hex.EncodeToString(h[:]) || len(mix.Name(h)) != 64 {
		t.Errorf("name %s", mix.Name(h))
	}
	if h2, err := dir.Put(b); err != nil || h2 != h {
		t.Errorf("second Put: %v", err)
	}
	size := int64(len(b))
	got, err := dir.Get(h, size)
	if err != nil || string(got) != string(b) {
		t.Fatalf("Get: %q, %v", got, err)
	}
	for _, other := range []int64{0, size - 1, size + 1, 1 << 40} {
		if _, err := dir.Get(h, other); !errors.Is(err, mix.ErrNoFile) {
			t.Errorf("the file asked for as %d bytes: got %v", other, err)
		}
	}
	entries, _ := os.ReadDir(string(dir))
	if len(entries) != 1 || entries[0].Name() != mix.Name(h) {
		t.Errorf("the directory holds %v", entries)
	}
	if _, err := dir.Get(sha256.Sum256([]byte("other")), size); !errors.Is(err, mix.ErrNoFile) {
		t.Errorf("missing file: got %v", err)
	}
	if err := os.WriteFile(filepath.Join(string(dir), mix.Name(h)), []byte("a mix fil!"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := dir.Get(h, size); !errors.Is(err, mix.ErrNoFile) {
		t.Errorf("a file of the right size whose bytes do not hash to its name: got %v", err)
	}
	sub := sha256.Sum256([]byte("a directory"))
	if err := os.Mkdir(filepath.Join(string(dir), mix.Name(sub)), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := dir.Get(sub, size); !errors.Is(err, mix.ErrNoFile) {
		t.Errorf("a directory under a file's name: got %v", err)
	}
}
