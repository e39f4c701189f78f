// Package roll is the voter roll: the list of people entitled to a token,
// imported from a CSV file that the city's election office exports.
//
// The file is UTF-8 CSV (RFC 4180; a leading byte-order mark is ignored)
// with a header line naming the columns:
//
//	voter_id,name[,district]
//
// voter_id is 1 to MaxIDLen characters from [A-Za-z0-9._-], unique in the
// file; name is the display name (used to address the voting-code letter,
// never by the registrar itself), 1 to MaxNameLen characters of printable
// UTF-8; district is optional, for elections restricted to part of the
// city (a district, ward or precinct code, same alphabet as voter_id).
//
// Read checks every line and reports every bad line (up to MaxErrors) at
// once, each error naming its line, so that an operator fixes the file in
// one pass.
package roll

import (
	"errors"
	"fmt"
	"slices"
)

// Limits of the fields.
const (
	MaxIDLen       = 64
	MaxNameLen     = 200
	MaxDistrictLen = 64
	// MaxErrors is how many line errors Read reports before it stops.
	MaxErrors = 100
)

var (
	// ErrHeader is returned for a missing or wrong header line.
	ErrHeader = errors.New("roll: bad header")
	// ErrID is returned for an invalid voter id.
	ErrID = errors.New("roll: invalid voter id")
	// ErrName is returned for an invalid display name.
	ErrName = errors.New("roll: invalid name")
	// ErrDistrict is returned for an invalid district.
	ErrDistrict = errors.New("roll: invalid district")
	// ErrDuplicate is returned for a voter id listed twice.
	ErrDuplicate = errors.New("roll: duplicate voter id")
	// ErrFields is returned for a line with the wrong number of fields.
	ErrFields = errors.New("roll: wrong number of fields")
	// ErrEmpty is returned for a roll without voters.
	ErrEmpty = errors.New("roll: no voters")
)

// LineError is a problem on one line of the file (lines count from 1,
// the header is line 1).
type LineError struct {
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

// Voter is one entry of the roll.
type Voter struct {
	ID       string
	Name     string
	District string // empty when the roll has no district column
}

// Roll is a checked voter roll, in file order.
type Roll struct {
	Voters []Voter
}

// Eligible returns the voters of the given districts, in roll order; with
// no districts, every voter (an election for the whole city).
func (r *Roll) Eligible(districts ...string) []Voter {
	if len(districts) == 0 {
		return slices.Clone(r.Voters)
	}
	var out []Voter
	for _, v := range r.Voters {
		if slices.Contains(districts, v.District) {
			out = append(out, v)
		}
	}
	return out
}

// CheckID reports whether id is a well-formed voter id: 1 to MaxIDLen
// characters from [A-Za-z0-9._-]. The registrar applies the same rule to
// the voter ids it receives over the network.
func CheckID(id string) error {
	if err := checkCode(id, MaxIDLen); err != nil {
		return fmt.Errorf("%w: %w", ErrID, err)
	}
	return nil
}

// CheckDistrict reports whether d is a well-formed district: 1 to
// MaxDistrictLen characters from [A-Za-z0-9._-]. (A voter of a roll
// without districts has the empty district, which Read never checks.)
func CheckDistrict(d string) error {
	if err := checkCode(d, MaxDistrictLen); err != nil {
		return fmt.Errorf("%w: %w", ErrDistrict, err)
	}
	return nil
}

// checkCode checks an identifier-like field: 1 to max characters from
// [A-Za-z0-9._-].
func checkCode(s string, max int) error {
	if s == "" {
		return errors.New("empty")
	}
	if len(s) > max {
		return fmt.Errorf("%d characters, at most %d", len(s), max)
	}
	for i, r := range []rune(s) {
		if r >= 0x80 || !idChar(byte(r)) {
			return fmt.Errorf("character %q at position %d not allowed (use A-Z, a-z, 0-9, '.', '_', '-')", r, i+1)
		}
	}
	return nil
}

func idChar(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
		c == '.' || c == '_' || c == '-'
}
