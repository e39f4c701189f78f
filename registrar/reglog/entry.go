package reglog

import (
	"errors"
	"fmt"

	"github.com/evote-org/evote/registrar/roll"
)

// MaxDistrictLen is the longest district an entry carries, as on a roll.
const MaxDistrictLen = roll.MaxDistrictLen

// MaxEntrySize is the size of the longest entry.
const MaxEntrySize = LeafSize + 1 + MaxDistrictLen

// ErrEntry is returned for bytes that are not a canonical entry, or a
// district that no roll has.
var ErrEntry = errors.New("reglog: malformed entry")

// Entry returns the entry of a voter with the given leaf and district:
// leaf || u8(len(district)) || district. The district is empty (a roll
// without districts) or a roll's district (roll.CheckDistrict).
func Entry(leaf [LeafSize]byte, district string) ([]byte, error) {
	if err := checkDistrict(district); err != nil {
		return nil, err
	}
	e := make([]byte, 0, LeafSize+1+len(district))
	e = append(e, leaf[:]...)
	e = append(e, byte(len(district)))
	return append(e, district...), nil
}

// ParseEntry reads an entry, accepting only the canonical encoding: a
// leaf, a length byte equal to the number of bytes that follow, at most
// MaxDistrictLen, and a district of the roll's alphabet. Entry of its
// results gives back exactly e.
func ParseEntry(e []byte) (leaf [LeafSize]byte, district string, err error) {
	if len(e) < LeafSize+1 {
		return leaf, "", fmt.Errorf("%w: %d bytes, at least %d", ErrEntry, len(e), LeafSize+1)
	}
	n := int(e[LeafSize])
	if len(e) != LeafSize+1+n {
		return leaf, "", fmt.Errorf("%w: %d bytes, the length byte says %d", ErrEntry, len(e), LeafSize+1+n)
	}
	district = string(e[LeafSize+1:])
	if err := checkDistrict(district); err != nil {
		return leaf, "", err
	}
	return [LeafSize]byte(e), district, nil
}

func checkDistrict(d string) error {
	if d == "" {
		return nil
	}
	if err := roll.CheckDistrict(d); err != nil {
		return fmt.Errorf("%w: %w", ErrEntry, err)
	}
	return nil
}
