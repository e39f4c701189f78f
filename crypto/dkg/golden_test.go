package dkg_test

import (
	"testing"

	"github.com/evote-org/evote/internal/golden"
)

// TestGolden freezes the wire formats: a deterministic ceremony must
// encode to the bytes in testdata/ (go test -update rewrites them).
func TestGolden(t *testing.T) {
	f := newMixFixture(t, "golden-dkg")
	for name, got := range map[string][]byte{
		"key-v1.hex":       f.keys[0].Bytes(),
		"dealing-v1.hex":   f.dealings[0].Bytes(),
		"complaint-v1.hex": f.complaint.Bytes(),
		"partial-v1.hex":   f.parts[0].Bytes(),
		"mixshare-v1.hex":  f.decs[0].Bytes(),
	} {
		golden.Check(t, name, got)
	}
}
