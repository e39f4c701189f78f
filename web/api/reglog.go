package api

// RegistrationLog is GET /api/registration-log: the registrar's posts of
// the registration log (docs/protocol.md) as the site's server read them
// from the ballot-box contract at block Head. The registration page
// checks the entries the registrar serves against these roots, never
// against the registrar's own list of them.
type RegistrationLog struct {
	ElectionID string `json:"election_id"` // 0x + 64 hex, as in Election
	State      string `json:"state"`
	Head       uint64 `json:"head"`
	// Roll is the last roll posted (RollPosted), null before one is.
	// Once the polls have opened (Committed) the contract takes no other:
	// it is the committed roll.
	Roll      *LogPost `json:"roll"`
	Committed bool     `json:"committed"`
	// Intervals are the token-count posts, in chain order: interval k
	// holds the issuances numbered Intervals[k-1].Count+1 ..
	// Intervals[k].Count, and Root is the root of their entries.
	Intervals []LogPost `json:"intervals"`
}

// LogPost is one post of the registration log.
type LogPost struct {
	Count uint64 `json:"count"`
	Root  string `json:"root"` // 64 lowercase hex, as the registrar's API writes roots
	Block uint64 `json:"block"`
	Time  uint64 `json:"time"` // the block's time (seconds since 1970, the chain's clock)
	Final bool   `json:"final,omitempty"`
}
