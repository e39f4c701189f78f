package reglog

import (
	"crypto/sha256"
	"errors"
	"fmt"

	"golang.org/x/crypto/argon2"

	"github.com/evote-org/evote/registrar/code"
	"github.com/evote-org/evote/registrar/roll"
)

// LeafSize is the size of a leaf in bytes.
const LeafSize = 32

// saltTag is the domain separation tag of the leaf's salt.
const saltTag = "evote/registration-log/v1/salt"

// The Argon2id cost of a leaf, frozen with the v1 format: the same as
// the registrar's stored code hash (code.DefaultParams) when it was made.
const (
	argonTime      = 1
	argonMemoryKiB = 1024
	argonThreads   = 1
)

// ErrLeafInput is returned by Leaf for a code that is not canonical or a
// voter id that is not a roll's.
var ErrLeafInput = errors.New("reglog: leaf input")

// Leaf returns the leaf of the voter voterID in the election electionID
// whose canonical code (as code.Normalize returns it) is c. It costs one
// Argon2id evaluation of 1 MiB.
func Leaf(c string, electionID [32]byte, voterID string) ([LeafSize]byte, error) {
	if n, ok := code.Normalize(c); !ok || n != c {
		return [LeafSize]byte{}, fmt.Errorf("%w: the code is not in canonical form", ErrLeafInput)
	}
	if err := roll.CheckID(voterID); err != nil {
		return [LeafSize]byte{}, fmt.Errorf("%w: %w", ErrLeafInput, err)
	}
	salt := leafSalt(electionID, voterID)
	return [LeafSize]byte(argon2.IDKey([]byte(c), salt[:], argonTime, argonMemoryKiB, argonThreads, LeafSize)), nil
}

func leafSalt(electionID [32]byte, voterID string) [32]byte {
	b := make([]byte, 0, len(saltTag)+len(electionID)+1+len(voterID))
	b = append(b, saltTag...)
	b = append(b, electionID[:]...)
	b = append(b, byte(len(voterID)))
	b = append(b, voterID...)
	return sha256.Sum256(b)
}
