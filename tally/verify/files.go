package verify

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/evote-org/evote/tally/mix"
)

// URLFiles reads the mix phase's files from a web server that serves
// each one at Base/<name> (the site's /record/files/, or any mirror):
// the name proves the content, so a file whose bytes do not hash to its
// name is refused as absent (mix.ErrNoFile), like a missing one.
type URLFiles struct {
	Base   string
	Client *http.Client // nil: http.DefaultClient
}

// Get fetches the file whose SHA-256 is h, reading at most size + 1
// bytes: a longer or shorter answer is refused as absent.
func (u URLFiles) Get(h [32]byte, size int64) ([]byte, error) {
	url := strings.TrimSuffix(u.Base, "/") + "/" + mix.Name(h)
	c := u.Client
	if c == nil {
		c = http.DefaultClient
	}
	resp, err := c.Get(url)
	if err != nil {
		return nil, fmt.Errorf("verify: reading %s: %w", url, err)
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotFound:
		return nil, fmt.Errorf("%w: %s answered %s", mix.ErrNoFile, url, resp.Status)
	case resp.StatusCode != http.StatusOK:
		return nil, fmt.Errorf("verify: %s answered %s", url, resp.Status)
	}
	if resp.ContentLength >= 0 && resp.ContentLength != size {
		return nil, fmt.Errorf("%w: %s is %d bytes, not %d", mix.ErrNoFile, url, resp.ContentLength, size)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, size+1))
	switch {
	case err != nil:
		return nil, fmt.Errorf("verify: reading %s: %w", url, err)
	case int64(len(b)) != size:
		return nil, fmt.Errorf("%w: %s is not %d bytes", mix.ErrNoFile, url, size)
	case sha256.Sum256(b) != h:
		return nil, fmt.Errorf("%w: %s holds other bytes", mix.ErrNoFile, url)
	}
	return b, nil
}

// Put refuses: a verifier only reads.
func (u URLFiles) Put([]byte) ([32]byte, error) {
	return [32]byte{}, errors.New("verify: the files at a URL are read-only")
}

// files is the --files flag: a directory, or an http(s) URL.
func files(dirOrURL string) mix.Files {
	if strings.HasPrefix(dirOrURL, "http://") || strings.HasPrefix(dirOrURL, "https://") {
		return URLFiles{Base: dirOrURL, Client: &http.Client{Timeout: time.Hour}}
	}
	return mix.Dir(dirOrURL)
}
