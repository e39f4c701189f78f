package shuffle_test

import (
	"encoding/hex"
	"testing"

	"github.com/evote-org/evote/crypto/shuffle"
	"github.com/evote-org/evote/internal/golden"
)

// golden is the shuffle the golden files hold (docs/protocol.md, section
// 14): mixer 2 shuffles 3 ballots of 2 ciphertexts under K = 7·G.
func goldenFixture(t *testing.T) *fixture { return newFixture(t, 3, 2, "golden-shuffle") }

// TestGolden freezes the wire formats: a deterministic shuffle must encode
// to the bytes in testdata/ (go test -update rewrites them).
func TestGolden(t *testing.T) {
	f := goldenFixture(t)
	for name, got := range map[string][]byte{
		"input-v1.hex":  f.st.Input.Bytes(),
		"output-v1.hex": f.st.Output.Bytes(),
		"proof-v1.hex":  f.proof.Bytes(),
	} {
		golden.Check(t, name, got)
	}
}

// TestGoldenVerifies: the proof in the golden files verifies from the
// files alone, as docs/protocol.md's worked example says.
func TestGoldenVerifies(t *testing.T) {
	in, err := shuffle.ParseList(golden.Read(t, "input-v1.hex"))
	if err != nil {
		t.Fatal(err)
	}
	out, err := shuffle.ParseList(golden.Read(t, "output-v1.hex"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := shuffle.ParseProof(golden.Read(t, "proof-v1.hex"), 3, 2)
	if err != nil {
		t.Fatal(err)
	}
	st := &shuffle.Statement{Context: testCtx, Mixer: 2, Key: testKey, Input: in, Output: out}
	if err := check(st, p); err != nil {
		t.Fatal(err)
	}
	// The values docs/protocol.md quotes (14.7), which an implementation
	// written from that section alone reproduced.
	seed, u := st.Challenges(p.Perm)
	const wantU1 = "6301d22df79cd6410266f11d57d3068ddd4019087213f64be80aa686f3ca3e02"
	const wantC = "6c2f3d49aa4fea72d7a2eaf917a09e8b8b81f403e9ad5aed5f458f167ae92301"
	if got := hex.EncodeToString(u[0].Bytes()); got != wantU1 {
		t.Errorf("u_1 = %s, want %s", got, wantU1)
	}
	if got := hex.EncodeToString(shuffle.Challenge(seed, p).Bytes()); got != wantC {
		t.Errorf("c = %s, want %s", got, wantC)
	}
	for i, want := range []int64{2, 0, 1} {
		if got := findInput(decrypt(out.Row(i)), 3); got != want {
			t.Errorf("output ballot %d holds input ballot %d, want %d", i, got, want)
		}
	}
}

// TestGenerators freezes the generator derivation (docs/protocol.md,
// section 14) and checks that the generators are distinct and depend on
// the context and on N.
func TestGenerators(t *testing.T) {
	gens := shuffle.Generators(testCtx, 3)
	const wantH = "62e105ef8842239b07691b183de0156cb2056db5e2f40a1f8052a0d3d752583a"
	if got := hex.EncodeToString(gens[0].Bytes()); got != wantH {
		t.Errorf("h = %s, want %s", got, wantH)
	}
	seen := map[string]bool{}
	for _, g := range gens {
		seen[string(g.Bytes())] = true
	}
	if len(seen) != 4 {
		t.Errorf("%d distinct generators of 4", len(seen))
	}
	other := testCtx
	other.ElectionID[0] ^= 1
	if shuffle.Generators(other, 3)[1].Equal(gens[1]) == 1 {
		t.Error("the generators do not depend on the election")
	}
	if shuffle.Generators(testCtx, 4)[1].Equal(gens[1]) == 1 {
		t.Error("the generators do not depend on N")
	}
}
