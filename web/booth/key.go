package booth

import (
	"bytes"
	"fmt"
	"io"

	"github.com/evote-org/evote/crypto/voter"
)

// newKey makes a pseudonym key from 32 bytes of rand and returns them
// too, so that the key can be saved and made again.
func newKey(rand io.Reader) (*voter.Key, [32]byte, error) {
	var seed [32]byte
	for {
		if _, err := io.ReadFull(rand, seed[:]); err != nil {
			return nil, seed, fmt.Errorf("booth: reading randomness: %w", err)
		}
		if k, err := voter.NewKey(bytes.NewReader(seed[:])); err == nil {
			return k, seed, nil
		}
	}
}
