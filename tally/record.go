package tally

import "github.com/ethereum/go-ethereum/common"

// RecordVersion is the version of the record format (docs/record.md).
const RecordVersion = 1

// Line types, the first field of every line of a record.
const (
	TypeHeader    = "header"
	TypeRoll      = "roll"
	TypeIssued    = "issued"
	TypeCast      = "cast"
	TypeTally     = "tally"
	TypePublished = "published"
)

// Header is the first line of a record: the election's parameters, the
// key ceremony and the test decryption. Fields marked "derived" are
// computed from the others (NewElection, Qualify, TestDecryption); all
// others are facts read from the chain as of ReadBlock.
type Header struct {
	Type         string           `json:"type"`
	Version      int              `json:"version"`
	ChainID      uint64           `json:"chainId"`
	Contract     common.Address   `json:"contract"`
	ElectionID   common.Hash      `json:"electionId"`
	CreatedBlock uint64           `json:"createdBlock"`
	ReadBlock    uint64           `json:"readBlock"` // the tally read the chain at this block
	Manifest     []byte           `json:"manifest"`
	Commission   common.Address   `json:"commission"`
	Trustees     []common.Address `json:"trustees"`
	Threshold    int              `json:"threshold"`
	RegistrarKey []byte           `json:"registrarKey"`
	States       []StateFact      `json:"states"` // KeyCeremony to Closed
	Ceremony     Ceremony         `json:"ceremony"`
	Test         Decryption       `json:"test"`
	Casts        uint64           `json:"casts"`      // the contract's ballot count
	TokenCount   uint64           `json:"tokenCount"` // the registrar's last posted count
	RollPosts    []RollPost       `json:"rollPosts"`  // the registrar's commitments to its roll
	CountPosts   []CountPost      `json:"countPosts"` // its token counts with their log roots
}

// RollPost is a RollPosted event: the root of every roll entry and their
// number, posted by the registrar before the polls open; the last one
// is the committed roll.
type RollPost struct {
	Root  common.Hash `json:"root"`
	Count uint64      `json:"count"`
	Block uint64      `json:"block"`
	Tx    common.Hash `json:"tx"`
}

// CountPost is a TokenCountPosted (Final false) or FinalTokenCountPosted
// event: the count of tokens issued so far and the root of the entries
// issued since the previous post (the interval's entries).
type CountPost struct {
	Count   uint64      `json:"count"`
	LogRoot common.Hash `json:"logRoot"`
	Final   bool        `json:"final"`
	Block   uint64      `json:"block"`
	Tx      common.Hash `json:"tx"`
}

// RollLine is one bucket of the committed roll: its entries (leaf ||
// u8(len(district)) || district, registrar/reglog), in ascending order of
// leaf. Only buckets with entries have a line.
type RollLine struct {
	Type    string   `json:"type"`
	Bucket  uint64   `json:"bucket"`
	Entries [][]byte `json:"entries"`
}

// IssuedLine is one bucket of the entries issued in an interval (the
// issuances counted by count post Interval, from 1, and not by the one
// before). Only buckets with entries have a line.
type IssuedLine struct {
	Type     string   `json:"type"`
	Interval uint64   `json:"interval"`
	Bucket   uint64   `json:"bucket"`
	Entries  [][]byte `json:"entries"`
}

// StateFact is a state transition of the contract.
type StateFact struct {
	State string      `json:"state"`
	Block uint64      `json:"block"`
	Tx    common.Hash `json:"tx"`
}

// Post is a trustee's post. Trustee is the contract's index (from 0);
// the messages inside number trustees from 1.
type Post struct {
	Trustee int         `json:"trustee"`
	Data    []byte      `json:"data"`
	Block   uint64      `json:"block"`
	Tx      common.Hash `json:"tx"`
}

// Ceremony is the key ceremony: the posts, what the commission posted to
// end it, and (derived) how the posts settle.
type Ceremony struct {
	Keys            []Post  `json:"keys"`
	Dealings        []Post  `json:"dealings"`
	Complaints      []Post  `json:"complaints"`
	ElectionKey     []byte  `json:"electionKey"`     // as posted
	QualifiedMask   uint64  `json:"qualifiedMask"`   // as posted: bit i is contract trustee i
	Qualified       []int   `json:"qualified"`       // derived: QUAL, trustees from 1
	Excluded        []Blame `json:"excluded"`        // derived
	FalseComplaints []Blame `json:"falseComplaints"` // derived
}

// Blame names a trustee (from 1) and a stable reason (docs/record.md);
// Dealer is the dealer a complaint was about.
type Blame struct {
	Trustee int    `json:"trustee"`
	Dealer  int    `json:"dealer,omitempty"`
	Reason  string `json:"reason"`
}

// Decryption is a threshold decryption: the ciphertexts (derived), the
// trustees' posted shares and (derived) whose shares were combined, whose
// were rejected and why, and the decrypted values.
type Decryption struct {
	Ciphertexts [][]byte `json:"ciphertexts"`
	Shares      []Post   `json:"shares"`
	Used        []int    `json:"used"`
	Rejected    []Blame  `json:"rejected"`
	Values      []uint64 `json:"values"`
}

// CastLine is one cast, in chain order, with the predicate's verdict
// (derived; a validity.Reason name).
type CastLine struct {
	Type      string         `json:"type"`
	Seq       uint64         `json:"seq"`
	Block     uint64         `json:"block"`
	Tx        common.Hash    `json:"tx"`
	Index     uint           `json:"index"` // log index in the block
	Pseudonym common.Address `json:"pseudonym"`
	Token     []byte         `json:"token"`
	Ballot    []byte         `json:"ballot"`
	Signature []byte         `json:"signature"`
	Verdict   string         `json:"verdict"`
}

// TallyLine is the last hashed line: every field but Decryption.Shares
// is derived.
type TallyLine struct {
	Type       string         `json:"type"`
	Counted    uint64         `json:"counted"`
	Verdicts   []VerdictCount `json:"verdicts"`   // every reason, in order
	Aggregates [][]byte       `json:"aggregates"` // per option of the choice questions, in order
	Decryption Decryption     `json:"decryption"`
	Counts     [][]uint64     `json:"counts"` // per question, per option; nil (null) for a question the mix phase counts
	Result     []byte         `json:"result"` // as published (EncodeResult)
}

// VerdictCount is how many casts got a verdict.
type VerdictCount struct {
	Verdict string `json:"verdict"`
	Casts   uint64 `json:"casts"`
}

// Published is the optional last line, outside the hash: the result and
// record hash as the contract holds them, and the publishing transaction.
type Published struct {
	Type       string      `json:"type"`
	Result     []byte      `json:"result"`
	RecordHash common.Hash `json:"recordHash"`
	Block      uint64      `json:"block"`
	Tx         common.Hash `json:"tx"`
}
