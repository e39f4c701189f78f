package booth

import (
	"context"
	"fmt"
	"io"

	"github.com/evote-org/evote/crypto/blind"
	"github.com/evote-org/evote/crypto/voter"
)

// Signer is the registrar as the booth sees it: it blind-signs a blinded
// message for a voter who proves who they are (Registrar implements it
// over HTTP).
type Signer interface {
	BlindSign(ctx context.Context, voterID, code string, blinded []byte) ([]byte, error)
}

// Credential is what the voter holds after registration: the one-time
// pseudonym key and the registrar's token naming it.
type Credential struct {
	Key   *voter.Key
	Token []byte
	seed  [32]byte // the key's 32 bytes, for Save
}

// Register makes a fresh pseudonym key and gets the registrar's token for
// it without showing the registrar the pseudonym.
func (e *Election) Register(ctx context.Context, reg Signer, voterID, code string, rand io.Reader) (*Credential, error) {
	k, seed, err := newKey(rand)
	if err != nil {
		return nil, err
	}
	msg := blind.Message(e.Context, k.Address())
	blinded, state, err := blind.Blind(e.RegistrarKey, msg, rand)
	if err != nil {
		return nil, fmt.Errorf("booth: blinding: %w", err)
	}
	sig, err := reg.BlindSign(ctx, voterID, code, blinded)
	if err != nil {
		return nil, err
	}
	token, err := blind.Finalize(state, sig)
	if err != nil {
		return nil, fmt.Errorf("booth: the registrar's signature does not unblind: %w", err)
	}
	if err := blind.Verify(e.RegistrarKey, msg, token); err != nil {
		return nil, fmt.Errorf("booth: token: %w", err)
	}
	return &Credential{Key: k, Token: token, seed: seed}, nil
}
