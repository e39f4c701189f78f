package booth

import (
	"bytes"
	"context"
	"crypto/sha3"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/evote-org/evote/crypto/blind"
	"github.com/evote-org/evote/crypto/voter"
)

// pendingVersion tags a saved pending sign-in; blindLabel separates the
// stream its blinding is made from.
const (
	pendingVersion = "evote/v1/booth-pending"
	blindLabel     = "evote/v1/booth-blinding"
	maxVoterID     = 256
)

// ErrPending is returned for a saved pending sign-in that does not
// decode or does not make its own blinded message again in this
// election: the booth starts a fresh sign-in instead.
var ErrPending = errors.New("booth: the pending sign-in is not valid for this election")

// Pending is a sign-in whose token request may have reached the
// registrar: the pseudonym key, the blinding and the blinded message for
// one voter. Save it before the request is sent, so that a reload sends
// the same blinded message again (the registrar answers it with the same
// signature; a fresh one would be refused as already issued). It is
// secret, like a Credential: it links the voter to the pseudonym.
type Pending struct {
	VoterID string
	Blinded []byte
	e       *Election
	key     *voter.Key
	seed    [32]byte // the key's 32 bytes
	bseed   [32]byte // the blinding's 32 bytes
	msg     []byte
	state   *blind.State
}

// savedPending is a Pending as Save encodes it (never the voting code).
type savedPending struct {
	Version string `json:"v"`
	VoterID string `json:"voter"`
	Seed    []byte `json:"seed"`
	Blind   []byte `json:"blind"`
	Blinded []byte `json:"blinded"`
}

// Begin makes a fresh pseudonym key and blinds the token message naming
// it, for voterID.
func (e *Election) Begin(voterID string, rand io.Reader) (*Pending, error) {
	k, seed, err := newKey(rand)
	if err != nil {
		return nil, err
	}
	p := &Pending{VoterID: voterID, e: e, key: k, seed: seed}
	if _, err := io.ReadFull(rand, p.bseed[:]); err != nil {
		return nil, fmt.Errorf("booth: reading randomness: %w", err)
	}
	if err := p.blind(); err != nil {
		return nil, err
	}
	return p, nil
}

// blind makes the blinded message and state from the key and bseed: the
// same seeds always make the same ones (blind.Blind reads its randomness
// in a fixed order).
func (p *Pending) blind() error {
	stream := sha3.NewSHAKE256()
	stream.Write([]byte(blindLabel))
	stream.Write(p.bseed[:])
	p.msg = blind.Message(p.e.Context, p.key.Address())
	blinded, state, err := blind.Blind(p.e.RegistrarKey, p.msg, stream)
	if err != nil {
		return fmt.Errorf("booth: blinding: %w", err)
	}
	p.Blinded, p.state = blinded, state
	return nil
}

// Pseudonym is the address of the pending sign-in's pseudonym key.
func (p *Pending) Pseudonym() [20]byte { return p.key.Address() }

// Save encodes the pending sign-in for the voter's own tab only: it
// holds the pseudonym key and the blinding, never the voting code.
func (p *Pending) Save() []byte {
	b, _ := json.Marshal(savedPending{Version: pendingVersion, VoterID: p.VoterID, Seed: p.seed[:], Blind: p.bseed[:], Blinded: p.Blinded})
	return b
}

// ResumePending decodes a saved pending sign-in and checks that it makes
// its own blinded message again under this election's registrar key.
func (e *Election) ResumePending(data []byte) (*Pending, error) {
	var s savedPending
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrPending, err)
	}
	if s.Version != pendingVersion || len(s.Seed) != 32 || len(s.Blind) != 32 ||
		s.VoterID == "" || len(s.VoterID) > maxVoterID || !utf8.ValidString(s.VoterID) {
		return nil, ErrPending
	}
	k, err := voter.NewKey(bytes.NewReader(s.Seed))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrPending, err)
	}
	p := &Pending{VoterID: s.VoterID, e: e, key: k}
	copy(p.seed[:], s.Seed)
	copy(p.bseed[:], s.Blind)
	if err := p.blind(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrPending, err)
	}
	if !bytes.Equal(p.Blinded, s.Blinded) {
		return nil, fmt.Errorf("%w: its blinded message is not its own", ErrPending)
	}
	return p, nil
}

// Finish sends the blinded message with the voter's code, unblinds the
// registrar's signature and checks the token under the election's
// registrar key. It may be called again with the same Pending (after a
// refusal, a lost answer or a reload): the request is the same.
func (p *Pending) Finish(ctx context.Context, reg Signer, code string) (*Credential, error) {
	sig, err := reg.BlindSign(ctx, p.VoterID, code, p.Blinded)
	if err != nil {
		return nil, err
	}
	token, err := blind.Finalize(p.state, sig)
	if err != nil {
		return nil, fmt.Errorf("booth: the registrar's signature does not unblind: %w", err)
	}
	if err := blind.Verify(p.e.RegistrarKey, p.msg, token); err != nil {
		return nil, fmt.Errorf("booth: token: %w", err)
	}
	return &Credential{Key: p.key, Token: token}, nil
}
