package registrar

import (
	"encoding/hex"
	"errors"
	"github.com/evote-org/evote/registrar/api"
	"io"
	"strings"

	"github.com/evote-org/evote/crypto/transcript"
)

// errRequest is a body that is not one api.TokenRequest.
var errRequest = errors.New("registrar: malformed request")

// decodeTokenRequest reads exactly one api.TokenRequest (decodeOne).
func decodeTokenRequest(r io.Reader) (api.TokenRequest, error) {
	var req api.TokenRequest
	if err := decodeOne(r, &req); err != nil {
		return api.TokenRequest{}, err
	}
	return req, nil
}

// info is the api.ElectionInfo of the service.
func (s *Service) info() api.ElectionInfo {
	c := s.cfg.Context
	return api.ElectionInfo{
		Version:     transcript.Version,
		ChainID:     c.ChainID,
		Contract:    "0x" + hex.EncodeToString(c.Contract[:]),
		ElectionID:  electionHex(c),
		PublicKey:   s.cfg.Key.Public().Bytes(),
		ElectionKey: s.ElectionKey(),
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
