package transcript

import (
	"encoding/hex"
	"testing"
)

// TestEncoding freezes the field layout and the challenge of a small
// transcript; docs/protocol.md uses it as a worked example.
func TestEncoding(t *testing.T) {
	tr := New("example")
	tr.AppendContext(Context{ChainID: 1, Contract: [20]byte{0xaa}, ElectionID: [32]byte{0xbb}})
	tr.AppendUint64("n", 5)
	wantBytes := "0003646f6d0000001065766f74652f76312f6578616d706c65" + // "dom" "evote/v1/example"
		"00036374780000003c" + "0000000000000001" + "aa" + "00000000000000000000000000000000000000" +
		"bb" + "00000000000000000000000000000000000000000000000000000000000000" +
		"00016e00000008" + "0000000000000005"
	if got := hex.EncodeToString(tr.Bytes()); got != wantBytes {
		t.Fatalf("transcript bytes\n got %s\nwant %s", got, wantBytes)
	}
	// SHA-512 of the bytes above as a little-endian integer mod ℓ (checked
	// independently with Python's hashlib).
	const wantChallenge = "770e8b873d463941e0863d5817bb0c97fcd1e1f5aa1be06bd079803165c2a00e"
	if got := hex.EncodeToString(tr.Challenge().Bytes()); got != wantChallenge {
		t.Fatalf("challenge %s, want %s", got, wantChallenge)
	}
}

func TestFieldsAreUnambiguous(t *testing.T) {
	a, b := New("x"), New("x")
	a.Append("ab", []byte("c"))
	b.Append("a", []byte("bc"))
	if a.Challenge().Equal(b.Challenge()) == 1 {
		t.Fatal("different field splits give the same challenge")
	}
	if New("x").Challenge().Equal(New("y").Challenge()) == 1 {
		t.Fatal("different domains give the same challenge")
	}
}
