package code_test

import (
	"bytes"
	"encoding/hex"
	"testing"

	"github.com/evote-org/evote/registrar/code"
)

// TestRecordGolden freezes the stored hash record: version 1, t, m, p,
// salt, Argon2id tag. Stored records must stay readable: a change here is
// a new record version, not an edit.
func TestRecordGolden(t *testing.T) {
	salt := bytes.Repeat([]byte{0x5a}, 16)
	rec, err := code.Hash("0123456789AB", code.Params{Time: 1, MemoryKiB: 64, Threads: 1}, bytes.NewReader(salt))
	if err != nil {
		t.Fatal(err)
	}
	const want = "01" + "00000001" + "00000040" + "01" + "5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a" +
		// The tag, as the reference implementation computes it:
		// echo -n 0123456789AB | argon2 ZZZZZZZZZZZZZZZZ -id -t 1 -k 64 -p 1 -l 32 -r
		"dd05308a0a5b0f20697d2a48172257b16f53863dce1d41a759b601cb6099c1c1"
	if got := hex.EncodeToString(rec); got != want {
		t.Fatalf("record\n got %s\nwant %s", got, want)
	}
	if ok, err := code.Verify(rec, "0123456789AB"); !ok || err != nil {
		t.Fatalf("Verify = %v, %v", ok, err)
	}
}
