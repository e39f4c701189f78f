package booth

import (
	"context"
	"io"

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
}

// Register makes a fresh pseudonym key and gets the registrar's token for
// it without showing the registrar the pseudonym (Begin, then Finish).
func (e *Election) Register(ctx context.Context, reg Signer, voterID, code string, rand io.Reader) (*Credential, error) {
	p, err := e.Begin(voterID, rand)
	if err != nil {
		return nil, err
	}
	return p.Finish(ctx, reg, code)
}
