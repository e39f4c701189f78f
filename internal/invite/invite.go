// Package invite is a trustee's invitation to an election: the file the
// commission's console makes for each trustee (web/console) and "evote
// trustee --invite" reads. It tells the trustee where the election is
// (the chain's JSON-RPC endpoint, the contract, its deployment block and
// the chain id), which trustee it is (its number in the contract's
// trustee list and its account's address) and what the commission calls
// it (a local label, not on chain).
//
// An invitation holds no secret and proves nothing: whoever hands it over
// could name another contract. The trustee's own checks stand (evote
// trustee join refuses a contract whose trustee list does not hold its
// account), and the trustee should compare the contract with the one the
// commission publishes.
package invite

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/election"
)

// Version is the invitation format's version.
const Version = 1

// MaxSize bounds an invitation file.
const MaxSize = 16 << 10

// Invite is one trustee's invitation.
type Invite struct {
	Version   int            `json:"version"`
	Name      string         `json:"name"`          // the commission's label for the trustee
	Trustee   int            `json:"trustee"`       // 1-based, the contract's order
	Address   common.Address `json:"address"`       // the trustee's chain account
	Title     election.Text  `json:"title"`         // the election's, from its manifest
	Contract  common.Address `json:"contract"`      // the election's ballot box
	FromBlock uint64         `json:"fromBlock"`     // its deployment block
	ChainID   uint64         `json:"chainId"`       // the chain's id
	RPC       string         `json:"rpc,omitempty"` // a JSON-RPC endpoint the trustee can reach ("": the trustee's own)
	Election  string         `json:"electionId"`    // 0x-hex, for the trustee to compare
}

// ErrInvalid wraps every reason an invitation is refused.
var ErrInvalid = errors.New("invite: not a valid invitation")

// Encode writes the invitation as indented JSON.
func (inv *Invite) Encode() []byte {
	data, _ := json.MarshalIndent(inv, "", "  ")
	return append(data, '\n')
}

// Read reads and checks an invitation: at most MaxSize bytes of JSON
// with no unknown field, this version, a trustee number, non-zero
// addresses, a chain id, an http(s) or ws(s) endpoint or none, and
// printable text.
func Read(r io.Reader) (*Invite, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxSize {
		return nil, fmt.Errorf("%w: larger than %d bytes", ErrInvalid, MaxSize)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var inv Invite
	if err := dec.Decode(&inv); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: data after the invitation", ErrInvalid)
	}
	return &inv, inv.check()
}

func (inv *Invite) check() error {
	switch {
	case inv.Version != Version:
		return fmt.Errorf("%w: version %d, want %d", ErrInvalid, inv.Version, Version)
	case inv.Trustee < 1 || inv.Trustee > 64:
		return fmt.Errorf("%w: trustee number %d", ErrInvalid, inv.Trustee)
	case inv.Address == (common.Address{}) || inv.Contract == (common.Address{}):
		return fmt.Errorf("%w: no trustee address or no contract", ErrInvalid)
	case inv.ChainID == 0:
		return fmt.Errorf("%w: no chain id", ErrInvalid)
	case inv.RPC != "" && !hasScheme(inv.RPC, "http://", "https://", "ws://", "wss://"):
		return fmt.Errorf("%w: endpoint %q is not http(s) or ws(s)", ErrInvalid, inv.RPC)
	}
	for _, s := range []string{inv.Name, inv.Title.RU, inv.Title.EN, inv.RPC, inv.Election} {
		if !printable(s) {
			return fmt.Errorf("%w: a field with control characters or invalid UTF-8", ErrInvalid)
		}
	}
	return nil
}

func hasScheme(u string, schemes ...string) bool {
	for _, s := range schemes {
		if strings.HasPrefix(u, s) && len(u) > len(s) {
			return true
		}
	}
	return false
}

// printable reports whether s is valid UTF-8 without control
// characters (an invitation's text is shown in a terminal).
func printable(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return false
		}
	}
	return true
}
