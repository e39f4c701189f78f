// Package api holds the registrar's HTTP/JSON messages (docs/registrar-api.md),
// shared by the registrar and its clients (the booth, the demo and the
// tests) without importing the registrar itself, which holds the secret
// key.
package api

// ElectionInfo is the answer of GET /v1/elections/{election}: what the
// booth needs before blinding. The booth must check public_key against
// the key published on chain for the election, and election_key, when
// the registrar gives one, against the key it encrypts to.
type ElectionInfo struct {
	Version    string `json:"version"`     // "evote/v1"
	ChainID    uint64 `json:"chain_id"`    // EVM chain id
	Contract   string `json:"contract"`    // ballot-box address, 0x + 40 hex
	ElectionID string `json:"election_id"` // 0x + 64 hex
	PublicKey  []byte `json:"public_key"`  // PKIX DER, base64
	// ElectionKey is the election key (32 bytes, base64) as the registrar
	// read it from the chain when it started; absent if the key ceremony
	// had not finished then.
	ElectionKey []byte `json:"election_key,omitempty"`
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
	// AttemptsLeft, with auth_failed, is how many more wrong codes this
	// client may send for this voter id in the window before
	// too_many_attempts; absent if no limit applies.
	AttemptsLeft *int `json:"attempts_left,omitempty"`
	// RetryAfter is the Retry-After header's seconds, when it is set
	// (too_many_attempts, client_locked, unavailable, busy).
	RetryAfter int `json:"retry_after,omitempty"`
}
