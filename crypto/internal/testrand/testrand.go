// Package testrand gives tests a deterministic stream of "random" bytes,
// so that golden encodings are reproducible. Never use it outside tests:
// anyone who knows the seed knows every secret made from it.
package testrand

import (
	"crypto/sha3"
	"io"
)

// New returns a reader of the SHAKE256 output of seed.
func New(seed string) io.Reader {
	h := sha3.NewSHAKE256()
	h.Write([]byte("evote/test/" + seed))
	return h
}
