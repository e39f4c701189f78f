package mix

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrNoFile is returned by Files.Get when no file has the hash and the
// size asked for.
var ErrNoFile = errors.New("mix: no such file")

// Files holds content-addressed files: a file's name is the SHA-256 of
// its bytes, so any transport can carry them and the name proves the
// content.
type Files interface {
	// Get returns the file whose SHA-256 is h and whose length is size,
	// or an error wrapping ErrNoFile if there is none: its bytes do not
	// hash to h, or it has another length, which is refused before
	// anything is read (the reader knows the exact size of the file it
	// needs, so a hostile poster's oversized file costs it nothing).
	Get(h [32]byte, size int64) ([]byte, error)
	// Put stores b and returns its SHA-256. Storing the same bytes twice
	// is harmless.
	Put(b []byte) ([32]byte, error)
}

// Name is the file name of hash h: 64 lowercase hexadecimal digits.
func Name(h [32]byte) string { return hex.EncodeToString(h[:]) }

// Dir is a directory of content-addressed files, each named by Name.
type Dir string

// Get reads DIR/<hex of h> if it is a regular file of size bytes and
// checks that its bytes hash to h.
func (d Dir) Get(h [32]byte, size int64) ([]byte, error) {
	path := filepath.Join(string(d), Name(h))
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s", ErrNoFile, Name(h))
	}
	if err != nil {
		return nil, fmt.Errorf("mix: %w", err)
	}
	if !info.Mode().IsRegular() || info.Size() != size {
		return nil, fmt.Errorf("%w: %s is not a regular file of %d bytes", ErrNoFile, Name(h), size)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("mix: %w", err)
	}
	if sha256.Sum256(b) != h {
		return nil, fmt.Errorf("%w: %s holds other bytes", ErrNoFile, Name(h))
	}
	return b, nil
}

// Put writes b as DIR/<hex of SHA-256(b)>: to a temporary file in DIR,
// synced, then renamed, so that a reader never sees a partial file under
// the name.
func (d Dir) Put(b []byte) ([32]byte, error) {
	h := sha256.Sum256(b)
	if err := os.MkdirAll(string(d), 0o755); err != nil {
		return h, fmt.Errorf("mix: %w", err)
	}
	tmp, err := os.CreateTemp(string(d), ".put-*")
	if err != nil {
		return h, fmt.Errorf("mix: %w", err)
	}
	defer os.Remove(tmp.Name())
	_, err = tmp.Write(b)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), filepath.Join(string(d), Name(h)))
	}
	if err == nil {
		err = syncDir(string(d))
	}
	if err != nil {
		return h, fmt.Errorf("mix: storing %s: %w", Name(h), err)
	}
	return h, nil
}

// syncDir makes a rename in dir durable.
func syncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}
