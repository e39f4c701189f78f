package booth

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/evote-org/evote/crypto/blind"
	"github.com/evote-org/evote/crypto/voter"
)

// savedVersion tags a saved credential.
const savedVersion = "evote/v1/booth-credential"

// ErrSaved is returned for a saved credential that does not decode or
// whose token is not the registrar's for its pseudonym in this election.
var ErrSaved = errors.New("booth: the saved credential is not valid for this election")

// saved is a credential as Save encodes it.
type saved struct {
	Version string `json:"v"`
	Seed    []byte `json:"seed"`
	Token   []byte `json:"token"`
}

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

// Save encodes the credential so that a reloaded booth can vote with it
// (Restore): a voter's only token must not be lost with the page. It
// holds the pseudonym key: keep it in the voter's own tab only, and
// forget it once the ballot is cast.
func (c *Credential) Save() []byte {
	b, _ := json.Marshal(saved{Version: savedVersion, Seed: c.seed[:], Token: c.Token})
	return b
}

// Restore decodes a saved credential and checks that its token is the
// registrar's signature for its pseudonym in this election.
func (e *Election) Restore(data []byte) (*Credential, error) {
	var s saved
	if err := json.Unmarshal(data, &s); err != nil || s.Version != savedVersion || len(s.Seed) != 32 {
		return nil, ErrSaved
	}
	k, err := voter.NewKey(bytes.NewReader(s.Seed))
	if err != nil {
		return nil, ErrSaved
	}
	if err := blind.Verify(e.RegistrarKey, blind.Message(e.Context, k.Address()), s.Token); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSaved, err)
	}
	c := &Credential{Key: k, Token: s.Token}
	copy(c.seed[:], s.Seed)
	return c, nil
}
