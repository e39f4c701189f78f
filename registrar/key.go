package registrar

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"

	"github.com/evote-org/evote/crypto/blind"
	"github.com/evote-org/evote/crypto/blind/signer"
)

// ErrKeyFile is returned for a key file that others may read.
var ErrKeyFile = errors.New("registrar: key file permissions too open")

// LoadOrGenerateKey returns the election's registrar key kept at path:
// it loads the file if it exists (refusing one that group or others may
// access), else generates a fresh RSA key of blind.MinBits and saves it
// with mode 0600. Generation takes seconds. Publish the public key on
// chain before registration opens.
func LoadOrGenerateKey(path string, log *slog.Logger) (*signer.Key, error) {
	if log == nil {
		log = slog.Default()
	}
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		k, err := signer.Generate(rand.Reader, blind.MinBits)
		if err != nil {
			return nil, err
		}
		if err := k.Save(path); err != nil {
			return nil, err
		}
		log.Info("registrar: generated a new election key", "path", path, "bits", blind.MinBits)
		return k, nil
	}
	if err != nil {
		return nil, fmt.Errorf("registrar: key file: %w", err)
	}
	if perm := fi.Mode().Perm(); perm&0o077 != 0 {
		return nil, fmt.Errorf("%w: %s has mode %04o, want 0600", ErrKeyFile, path, perm)
	}
	return signer.Load(path)
}
