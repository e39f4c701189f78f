package relay

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/ballotbox"
)

// Request is what a booth sends: the body of POST /v1/casts, or one
// WebSocket text message (docs/relay-api.md). Binary fields are standard
// base64 with padding.
type Request struct {
	Type      string `json:"type,omitempty"` // WebSocket: "cast" or "watch"
	ID        string `json:"id,omitempty"`   // echoed in the answers; at most 64 bytes
	Lang      string `json:"lang,omitempty"` // "en" or "ru"; default from Accept-Language
	Pseudonym string `json:"pseudonym,omitempty"`
	Token     []byte `json:"token,omitempty"`
	Ballot    []byte `json:"ballot,omitempty"`
	Signature []byte `json:"signature,omitempty"`
	Tracker   string `json:"tracker,omitempty"` // "watch"
}

// Update is every answer of the relay, and every message it sends over
// a WebSocket.
type Update struct {
	ID      string `json:"id,omitempty"`      // the id of the request answered
	Status  string `json:"status"`            // accepted, included, rejected, or error
	Tracker string `json:"tracker,omitempty"` // XXXX-XXXX-XXXX-XXXX
	Block   uint64 `json:"block,omitempty"`   // included: the block number
	Tx      string `json:"tx,omitempty"`      // included: the transaction hash, 0x + 64 hex
	Reason  string `json:"reason,omitempty"`  // rejected: why (a Reason)
	Error   string `json:"error,omitempty"`   // error: what went wrong; nothing was queued
	Message string `json:"message"`           // a sentence for the voter, in their language
}

// maxID bounds a request id.
const maxID = 64

// errRequest is a request that is not one well-formed Request.
var errRequest = fmt.Errorf("%w: request", ErrMalformed)

// decodeRequest reads exactly one JSON object with only known fields.
// Errors from the reader (such as *http.MaxBytesError) are wrapped.
func decodeRequest(r io.Reader) (Request, error) {
	var m Request
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return Request{}, fmt.Errorf("%w: %w", errRequest, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return Request{}, fmt.Errorf("%w: data after the object", errRequest)
	}
	if len(m.ID) > maxID {
		return Request{}, fmt.Errorf("%w: id longer than %d bytes", errRequest, maxID)
	}
	return m, nil
}

// submitRequest submits the request's cast.
func (r *Relay) submitRequest(ctx context.Context, m Request) (Status, error) {
	c, err := m.cast()
	if err != nil {
		return Status{}, err
	}
	return r.Submit(ctx, c)
}

// cast is the request's cast.
func (m *Request) cast() (ballotbox.Cast, error) {
	p, err := parsePseudonym(m.Pseudonym)
	if err != nil {
		return ballotbox.Cast{}, err
	}
	c := ballotbox.Cast{Pseudonym: p, Token: m.Token, Ballot: m.Ballot, Signature: m.Signature}
	return c, checkSizes(c)
}

// parsePseudonym reads 0x + 40 hex digits, in any case.
func parsePseudonym(s string) (common.Address, error) {
	h, ok := strings.CutPrefix(s, "0x")
	if !ok || len(h) != 2*common.AddressLength {
		return common.Address{}, fmt.Errorf("%w: pseudonym is not 0x + 40 hex digits", ErrMalformed)
	}
	b, err := hex.DecodeString(h)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: pseudonym: %w", ErrMalformed, err)
	}
	return common.Address(b), nil
}

// update is the wire form of a status.
func update(st Status, lang string) Update {
	u := Update{Status: st.Phase.String(), Tracker: st.Tracker.String(), Reason: string(st.Reason)}
	if st.Phase == Included {
		u.Block, u.Tx = st.Block, st.TxHash.Hex()
	}
	u.Message = statusMessage(st, lang)
	return u
}
