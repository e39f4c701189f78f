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

// LogInfo is the answer of GET /v1/elections/{election}/log: the
// registration log's posts on chain (docs/protocol.md), in chain order.
// Hashes are 64 lowercase hex digits without 0x.
type LogInfo struct {
	Roll      *RollPost      `json:"roll"` // null until a roll is posted
	Intervals []IntervalPost `json:"intervals"`
}

// RollPost is the committed roll: the root of every voter's entry, their
// number and the block of the post.
type RollPost struct {
	Root  string `json:"root"`
	Count uint64 `json:"count"`
	Block uint64 `json:"block"`
}

// IntervalPost is a token count post: the count so far, the root of the
// entries of the issuances since the previous post, the block, and
// whether it is the final count.
type IntervalPost struct {
	Count uint64 `json:"count"`
	Root  string `json:"root"`
	Block uint64 `json:"block"`
	Final bool   `json:"final"`
}

// LogBucket is the answer of GET /v1/elections/{election}/log/{bb}: one
// bucket of the roll and of every posted interval, each with its path to
// the posted root.
type LogBucket struct {
	Bucket    int              `json:"bucket"`
	Roll      *BucketProof     `json:"roll"` // null until a roll is posted
	Intervals []IntervalBucket `json:"intervals"`
}

// BucketProof is a bucket's entries in tree order (hex) and its path
// (PathLen sibling hashes, from the bucket up).
type BucketProof struct {
	Entries []string `json:"entries"`
	Path    []string `json:"path"`
}

// IntervalBucket is a BucketProof of the interval ending at Count.
type IntervalBucket struct {
	Count   uint64   `json:"count"`
	Entries []string `json:"entries"`
	Path    []string `json:"path"`
}

// LogAll is the answer of GET /v1/elections/{election}/log/all: every
// entry of the roll and of every posted interval, in tree order.
type LogAll struct {
	Roll      *Entries          `json:"roll"` // null until a roll is posted
	Intervals []IntervalEntries `json:"intervals"`
}

// Entries is a list of entries in hex.
type Entries struct {
	Entries []string `json:"entries"`
}

// IntervalEntries are the entries of the interval ending at Count.
type IntervalEntries struct {
	Count   uint64   `json:"count"`
	Entries []string `json:"entries"`
}
