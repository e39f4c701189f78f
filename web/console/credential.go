package console

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base32"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// credentialFile holds the SHA-256 of the access credential (hex). The
// credential is 160 random bits, so a fast hash is enough: there is no
// dictionary to search.
const credentialFile = "credential.sha256"

// ErrNoCredential is returned by New when the data directory has no
// credential: make one with NewCredential.
var ErrNoCredential = errors.New("console: no access credential: make one with NewCredential")

// NewCredential makes a fresh access credential for the console of dir,
// stores its hash (0600, replacing the old one, which stops working) and
// returns it. It is shown once and never stored.
func NewCredential(dir string) (string, error) {
	b := make([]byte, 20)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	raw := base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b)
	var groups []string
	for i := 0; i < len(raw); i += 4 {
		groups = append(groups, raw[i:i+4])
	}
	cred := strings.Join(groups, "-")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("console: %w", err)
	}
	path := filepath.Join(dir, credentialFile)
	sum := hashCredential(cred)
	if err := os.WriteFile(path+".tmp", []byte(hex.EncodeToString(sum[:])+"\n"), 0o600); err != nil {
		return "", fmt.Errorf("console: %w", err)
	}
	return cred, os.Rename(path+".tmp", path)
}

// hashCredential hashes a credential as typed: case and dashes and
// spaces do not matter.
func hashCredential(s string) [32]byte {
	s = strings.ToUpper(strings.NewReplacer("-", "", " ", "").Replace(s))
	return sha256.Sum256([]byte("evote/v1/console/credential\x00" + s))
}

// loadCredential reads the stored hash.
func loadCredential(dir string) ([32]byte, error) {
	var sum [32]byte
	data, err := os.ReadFile(filepath.Join(dir, credentialFile))
	if os.IsNotExist(err) {
		return sum, ErrNoCredential
	}
	if err != nil {
		return sum, fmt.Errorf("console: %w", err)
	}
	b, err := hex.DecodeString(strings.TrimSpace(string(data)))
	if err != nil || len(b) != len(sum) {
		return sum, fmt.Errorf("console: %s is not a SHA-256 in hex", credentialFile)
	}
	copy(sum[:], b)
	return sum, nil
}

// matches compares a typed credential with the stored hash in constant
// time.
func matches(stored [32]byte, typed string) bool {
	if len(typed) > 200 {
		return false
	}
	sum := hashCredential(typed)
	return subtle.ConstantTimeCompare(stored[:], sum[:]) == 1
}
