package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/evote-org/evote/crypto/transcript"
)

// OpenedType and OpenedVersion name the format of an opened ballot.
const (
	OpenedType    = "opened-ballot"
	OpenedVersion = 1
)

// ErrOpened is returned for text that is not an opened ballot of this
// format.
var ErrOpened = errors.New("api: not an opened ballot")

// Opened is a ballot that the booth opened for a Benaloh check instead of
// casting it: everything a checker on another device needs besides the
// election itself, which the checker takes from its own source (the
// site's GET /api/election, a chain node, a record) and never from this
// text (docs/protocol.md, section 11). The booth shows it as one line of
// JSON with the fields in this order.
type Opened struct {
	Type       string `json:"type"`       // OpenedType
	Version    int    `json:"version"`    // OpenedVersion
	ChainID    uint64 `json:"chainId"`    // the election's context
	Contract   string `json:"contract"`   // 0x + 40 lowercase hex digits
	ElectionID string `json:"electionId"` // 0x + 64 lowercase hex digits
	Pseudonym  string `json:"pseudonym"`  // 0x + 40: the address the ballot's proofs bind
	Ballot     []byte `json:"ballot"`     // the ballot's encoding (section 6), base64
	Opening    []byte `json:"opening"`    // its opening (section 6, "Opening"), base64
}

// NewOpened is the opened ballot of a ballot made for ctx and pseudonym.
func NewOpened(ctx transcript.Context, pseudonym [20]byte, ballot, opening []byte) *Opened {
	e := Election{}
	e.SetContext(ctx)
	return &Opened{Type: OpenedType, Version: OpenedVersion, ChainID: ctx.ChainID, Contract: e.Contract,
		ElectionID: e.ElectionID, Pseudonym: fmt.Sprintf("0x%x", pseudonym), Ballot: ballot, Opening: opening}
}

// ParseOpened decodes an opened ballot: its type and version, its
// context and pseudonym. It does not check the ballot or the opening.
func ParseOpened(data []byte) (*Opened, transcript.Context, [20]byte, error) {
	var o Opened
	var pseudonym [20]byte
	d := json.NewDecoder(bytes.NewReader(data))
	d.DisallowUnknownFields()
	if err := d.Decode(&o); err != nil {
		return nil, transcript.Context{}, pseudonym, fmt.Errorf("%w: %w", ErrOpened, err)
	}
	if o.Type != OpenedType || o.Version != OpenedVersion {
		return nil, transcript.Context{}, pseudonym, fmt.Errorf("%w: type %q version %d", ErrOpened, o.Type, o.Version)
	}
	ctx, err := (&Election{ChainID: o.ChainID, Contract: o.Contract, ElectionID: o.ElectionID}).Context()
	if err != nil {
		return nil, ctx, pseudonym, fmt.Errorf("%w: %w", ErrOpened, err)
	}
	if err := fixedHex(pseudonym[:], o.Pseudonym); err != nil {
		return nil, ctx, pseudonym, fmt.Errorf("%w: pseudonym: %w", ErrOpened, err)
	}
	return &o, ctx, pseudonym, nil
}
