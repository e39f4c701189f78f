// Package api holds the relay's election-info answer (GET /v1/election,
// docs/relay-api.md), shared by the relay and the booth, which
// cross-checks it against what the site told it and must not link the
// relay's package (go-ethereum) into its WebAssembly. The relay's casts
// and updates are in package relay (wire.go).
package api

// Election is the answer of GET /v1/election: the election the relay
// checks casts against, as it loaded it from the chain when it started
// (relay.LoadParams). The booth compares every field with the site's
// /api/election before it blinds or encrypts anything.
type Election struct {
	Version      string `json:"version"`       // "evote/v1"
	ChainID      uint64 `json:"chain_id"`      // EVM chain id
	Contract     string `json:"contract"`      // ballot-box address, 0x + 40 lowercase hex
	ElectionID   string `json:"election_id"`   // 0x + 64 lowercase hex
	RegistrarKey []byte `json:"registrar_key"` // PKIX DER, base64, as on chain
	ElectionKey  []byte `json:"election_key"`  // 32 bytes (ristretto255), base64
}
