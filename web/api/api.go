// Package api is the wire format between the booth site's server
// (web/site) and the pages it serves, including the booth's WebAssembly
// (web/booth/wasm). Binary fields are standard base64 with padding;
// addresses and ids are 0x + lowercase hex.
package api

// Election is GET /api/election: what the site's server read from the
// ballot-box contract at block Head. The booth does not take the keys
// from the site alone: it checks that the manifest's hash is the
// election id, that the relay's GET /v1/election has the same context
// and both keys, and that the registrar presents this registrar key
// (docs/protocol.md, "The booth's checks").
type Election struct {
	ChainID      uint64 `json:"chain_id"`
	Contract     string `json:"contract"`
	ElectionID   string `json:"election_id"`
	State        string `json:"state"` // the contract's state: Setup, KeyCeremony, Ready, Open, Closed, Tallied
	Head         uint64 `json:"head"`
	Manifest     []byte `json:"manifest"`      // the canonical bytes of the creation event
	RegistrarKey []byte `json:"registrar_key"` // PKIX DER, as on chain
	ElectionKey  []byte `json:"election_key"`  // 32 bytes; absent before the key ceremony ends
}

// Ballot is GET /api/ballots/{tracker}: a ballot found on chain by its
// tracker code.
type Ballot struct {
	Tracker string `json:"tracker"`
	Block   uint64 `json:"block"`
	Tx      string `json:"tx"`
}

// Error is every error answer of the site's API.
type Error struct {
	Error string `json:"error"` // a code the pages translate
}
