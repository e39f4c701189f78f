package booth

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	relayapi "github.com/evote-org/evote/ballotbox/relay/api"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/evote-org/evote/registrar/api"
)

// The booth gets the election's context, the registrar key and the
// election key from the site, which also sends the booth's code. Before
// it blinds or encrypts anything it compares them with a second origin
// run by another organisation: the relay's GET /v1/election (CheckRelay),
// and, before the sign-in, the registrar's own answer (CheckInfo, and
// CheckElectionKey when the registrar gives the election key).
var (
	// ErrElectionKeyMismatch is returned when the site's election key is
	// not the relay's: encrypting to it could let whoever chose it read
	// the ballot.
	ErrElectionKeyMismatch = errors.New("booth: the site's election key is not the relay's")
	// ErrRegistrarKeyMismatch is returned when the site's registrar key
	// is not the relay's.
	ErrRegistrarKeyMismatch = errors.New("booth: the site's registrar key is not the relay's")
	// ErrRelayElection is returned for a relay answer about another
	// election or in an unknown format.
	ErrRelayElection = errors.New("booth: the relay answers for another election")
	// ErrRegistrarElectionKey is returned when the registrar gives an
	// election key and it is not the site's.
	ErrRegistrarElectionKey = errors.New("booth: the site's election key is not the registrar's")
	// ErrRelayUnreachable is returned when the relay gave no election
	// answer: the booth cannot check the site's and must not go on.
	ErrRelayUnreachable = errors.New("booth: relay unreachable")
)

// CheckRelay compares the relay's election answer with what the site
// said: the context, the registrar key (PKIX DER) and the election key
// (32 bytes).
func CheckRelay(e *relayapi.Election, ctx transcript.Context, registrarKey, electionKey []byte) error {
	if !sameContext(ctx, e.Version, e.ChainID, e.Contract, e.ElectionID) {
		return ErrRelayElection
	}
	if !bytes.Equal(e.ElectionKey, electionKey) {
		return ErrElectionKeyMismatch
	}
	if !bytes.Equal(e.RegistrarKey, registrarKey) {
		return ErrRegistrarKeyMismatch
	}
	return nil
}

// CheckElectionKey compares the election key of the registrar's answer,
// if it gives one, with the site's.
func CheckElectionKey(info *api.ElectionInfo, electionKey []byte) error {
	if info.ElectionKey != nil && !bytes.Equal(info.ElectionKey, electionKey) {
		return ErrRegistrarElectionKey
	}
	return nil
}

// sameContext reports whether a server's answer names the election ctx
// in this wire version.
func sameContext(ctx transcript.Context, version string, chainID uint64, contract, electionID string) bool {
	return version == transcript.Version && chainID == ctx.ChainID &&
		strings.EqualFold(contract, fmt.Sprintf("0x%x", ctx.Contract)) &&
		strings.EqualFold(electionID, fmt.Sprintf("0x%x", ctx.ElectionID))
}

// RelayElection fetches a relay's GET /v1/election (url is its base URL).
func RelayElection(ctx context.Context, send Send, url, lang string) (*relayapi.Election, error) {
	status, data, err := send(ctx, "GET", strings.TrimSuffix(url, "/")+"/v1/election", nil, lang)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrRelayUnreachable, err)
	}
	if status != statusOK {
		return nil, fmt.Errorf("%w: answered %d", ErrRelayUnreachable, status)
	}
	var e relayapi.Election
	if err := json.Unmarshal(data, &e); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrRelayElection, err)
	}
	return &e, nil
}

// Fingerprint is how the booth shows a key for a person to compare
// (docs/protocol.md, "The booth's checks"): the SHA-256 of the key's
// bytes as published on chain (the registrar key's PKIX DER, the
// election key's 32-byte encoding), 64 lowercase hex digits in 16 groups
// of 4 separated by spaces.
func Fingerprint(key []byte) string {
	sum := sha256.Sum256(key)
	h := hex.EncodeToString(sum[:])
	var b strings.Builder
	for i := 0; i < len(h); i += 4 {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(h[i : i+4])
	}
	return b.String()
}
