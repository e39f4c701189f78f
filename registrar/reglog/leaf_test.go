package reglog_test

import (
	"encoding/hex"
	"errors"
	"strings"
	"testing"

	"github.com/evote-org/evote/registrar/code"
	"github.com/evote-org/evote/registrar/reglog"
)

func electionID(b byte) [32]byte {
	var e [32]byte
	for i := range e {
		e[i] = b + byte(i)
	}
	return e
}

// TestLeafReference checks a leaf against another Argon2id implementation,
// @noble/hashes 2.4.0 (the TypeScript verifier's), fed from the spec:
//
//	E = 00 01 .. 1f; v = "m-0001"; c = "0123456789AB"
//	salt = sha256(concat(utf8("evote/registration-log/v1/salt"), E, [v.length], v))
//	argon2id(utf8(c), salt, {t: 1, m: 1024, p: 1, dkLen: 32})
func TestLeafReference(t *testing.T) {
	leaf, err := reglog.Leaf("0123456789AB", electionID(0), "m-0001")
	if err != nil {
		t.Fatal(err)
	}
	const want = "d81d432a947cf06f5465ad9a02408aed41b040f65e3fe20c43b8ad7316b4709c"
	if got := hex.EncodeToString(leaf[:]); got != want {
		t.Fatalf("leaf\n got %s\nwant %s", got, want)
	}
}

// TestLeafSeparates: the salt holds the election and the voter, so the
// same code gives unrelated leaves in another election or for another
// voter.
func TestLeafSeparates(t *testing.T) {
	const c = "0123456789AB"
	base := mustLeaf(t, c, electionID(0), "m-0001")
	for name, other := range map[string][32]byte{
		"another election": mustLeaf(t, c, electionID(1), "m-0001"),
		"another voter":    mustLeaf(t, c, electionID(0), "m-0002"),
		"another code":     mustLeaf(t, "0123456789AC", electionID(0), "m-0001"),
	} {
		if other == base {
			t.Errorf("%s: the same leaf", name)
		}
		if d := hammingDistance(base, other); d < 64 || d > 192 {
			t.Errorf("%s: %d of 256 bits differ, not like independent hashes", name, d)
		}
	}
}

func hammingDistance(a, b [32]byte) int {
	d := 0
	for i := range a {
		for x := a[i] ^ b[i]; x != 0; x &= x - 1 {
			d++
		}
	}
	return d
}

func TestLeafRefuses(t *testing.T) {
	for _, tc := range []struct{ code, voter string }{
		{"0123-4567-89AB", "m-0001"}, // printed form
		{"0123456789ab", "m-0001"},   // lower case
		{"0123456789A", "m-0001"},    // short
		{"0123456789AO", "m-0001"},   // O is read as 0: not canonical
		{"0123456789AB", ""},
		{"0123456789AB", "m 0001"},
		{"0123456789AB", strings.Repeat("a", 65)},
	} {
		if _, err := reglog.Leaf(tc.code, electionID(0), tc.voter); !errors.Is(err, reglog.ErrLeafInput) {
			t.Errorf("Leaf(%q, %q): err %v, want ErrLeafInput", tc.code, tc.voter, err)
		}
	}
	if _, err := reglog.Leaf("0123456789AB", electionID(0), strings.Repeat("a", 64)); err != nil {
		t.Errorf("a 64-character voter id: %v", err)
	}
}

// TestLeafCost: the leaf costs what the stored code hash costs, so public
// leaves are no easier to search than a stolen credential store. The
// leaf's cost is frozen in v1: if the store's cost changes, the log needs
// a v2 leaf (and this test says so).
func TestLeafCost(t *testing.T) {
	if p := code.DefaultParams; p != (code.Params{Time: 1, MemoryKiB: 1024, Threads: 1}) {
		t.Fatalf("code.DefaultParams = %+v, the v1 leaf uses t=1 m=1024 p=1: make a v2 leaf with the new cost", p)
	}
}

func mustLeaf(t testing.TB, c string, e [32]byte, v string) [32]byte {
	t.Helper()
	l, err := reglog.Leaf(c, e, v)
	if err != nil {
		t.Fatal(err)
	}
	return l
}
