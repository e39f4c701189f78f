package registrar

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/evote-org/evote/crypto/transcript"
)

// ElectionInfo is the answer of GET /v1/elections/{election}: what the
// booth needs before blinding. The booth must check public_key against
// the key published on chain for the election.
type ElectionInfo struct {
	Version    string `json:"version"`     // "evote/v1"
	ChainID    uint64 `json:"chain_id"`    // EVM chain id
	Contract   string `json:"contract"`    // ballot-box address, 0x + 40 hex
	ElectionID string `json:"election_id"` // 0x + 64 hex
	PublicKey  []byte `json:"public_key"`  // PKIX DER, base64
}

// CountInfo is the answer of GET /v1/elections/{election}/count.
type CountInfo struct {
	EligibleVoters uint64 `json:"eligible_voters"`
	IssuedTokens   uint64 `json:"issued_tokens"`
}

// TokenRequest is the body of POST /v1/elections/{election}/tokens.
type TokenRequest struct {
	VoterID        string `json:"voter_id"`
	Code           string `json:"code"`
	BlindedMessage []byte `json:"blinded_message"` // base64, modulus-sized
}

// TokenResponse is its answer.
type TokenResponse struct {
	BlindSignature []byte `json:"blind_signature"` // base64, modulus-sized
}

// ErrorResponse is the body of every error answer.
type ErrorResponse struct {
	Error   string `json:"error"`   // machine-readable code
	Message string `json:"message"` // the sentence to show the voter
}

// errRequest is a body that is not one TokenRequest.
var errRequest = errors.New("registrar: malformed request")

// decodeTokenRequest reads exactly one JSON object with only the known
// fields. Errors from the reader (such as *http.MaxBytesError) are
// returned wrapped.
func decodeTokenRequest(r io.Reader) (TokenRequest, error) {
	var req TokenRequest
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		return TokenRequest{}, fmt.Errorf("%w: %w", errRequest, err)
	}
	switch _, err := dec.Token(); {
	case err == io.EOF:
	case err != nil:
		return TokenRequest{}, fmt.Errorf("%w: after the object: %w", errRequest, err)
	default:
		return TokenRequest{}, fmt.Errorf("%w: data after the object", errRequest)
	}
	return req, nil
}

// info is the ElectionInfo of the service.
func (s *Service) info() ElectionInfo {
	c := s.cfg.Context
	return ElectionInfo{
		Version:    transcript.Version,
		ChainID:    c.ChainID,
		Contract:   "0x" + hex.EncodeToString(c.Contract[:]),
		ElectionID: electionHex(c),
		PublicKey:  s.cfg.Key.Public().Bytes(),
	}
}

func electionHex(c transcript.Context) string {
	return "0x" + hex.EncodeToString(c.ElectionID[:])
}

// isElection reports whether a path element names this election: its id
// in hex, with or without 0x, in either case.
func (s *Service) isElection(p string) bool {
	p = strings.ToLower(p)
	return p == electionHex(s.cfg.Context) || "0x"+p == electionHex(s.cfg.Context)
}
