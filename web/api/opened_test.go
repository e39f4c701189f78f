package api_test

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/evote-org/evote/crypto/transcript"
	"github.com/evote-org/evote/web/api"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// goldenHex reads a golden file of crypto/ballot.
func goldenHex(t *testing.T, name string) []byte {
	t.Helper()
	text, err := os.ReadFile("../../crypto/ballot/testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	b, err := hex.DecodeString(strings.TrimSpace(string(text)))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestOpenedGolden freezes the opened ballot's format: the golden ballot
// and opening of crypto/ballot/testdata (docs/protocol.md, section 6:
// chain id 31337, contract b0b0 00…00, election id e1 00…00, pseudonym
// a11ce0 00…00) make testdata/opened-v1.json, the worked example of
// section 11 (go test -update rewrites it).
func TestOpenedGolden(t *testing.T) {
	ctx := transcript.Context{ChainID: 31337, Contract: [20]byte{0xb0, 0xb0}, ElectionID: [32]byte{0xe1}}
	pseudonym := [20]byte{0xa1, 0x1c, 0xe0}
	got, err := json.Marshal(api.NewOpened(ctx, pseudonym, goldenHex(t, "ballot-v1.hex"), goldenHex(t, "opening-v1.hex")))
	if err != nil {
		t.Fatal(err)
	}
	const path = "testdata/opened-v1.json"
	if *update {
		if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(string(want)) != string(got) {
		t.Errorf("%s: the opened ballot's encoding changed; if on purpose, bump its version, update docs/protocol.md and run go test -update", path)
	}
	o, c, p, err := api.ParseOpened(want)
	if err != nil || c != ctx || p != pseudonym || o.Type != api.OpenedType {
		t.Fatalf("parse: %+v %v %x %v", o, c, p, err)
	}
}

// TestParseOpenedHostile: malformed text is refused with ErrOpened.
func TestParseOpenedHostile(t *testing.T) {
	good, err := os.ReadFile("testdata/opened-v1.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{
		"", "null", "[]", "{", strings.Repeat("[", 100_000),
		strings.Replace(string(good), `"opened-ballot"`, `"ballot"`, 1),
		strings.Replace(string(good), `"version":1`, `"version":2`, 1),
		strings.Replace(string(good), `"contract":"0x`, `"contract":"`, 1),
		strings.Replace(string(good), `"pseudonym":"0xa11ce0`, `"pseudonym":"0xa11c`, 1),
		strings.Replace(string(good), `"pseudonym":"0xa11ce0`, `"pseudonym":"0xzz1ce0`, 1),
		strings.Replace(string(good), `"electionId":"0xe1`, `"electionId":"0x`, 1),
		strings.Replace(string(good), `"chainId":31337`, `"chainId":-1`, 1),
		strings.Replace(string(good), `"ballot":"`, `"ballot":"!`, 1),
	} {
		if _, _, _, err := api.ParseOpened([]byte(bad)); !errors.Is(err, api.ErrOpened) {
			t.Errorf("%.40q: %v", bad, err)
		}
	}
}
