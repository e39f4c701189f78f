package verify_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/evote-org/evote/crypto/ballot"
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/internal/synth"
	"github.com/evote-org/evote/tally/verify"
	"github.com/evote-org/evote/web/api"
	"github.com/gtank/ristretto255"
)

// openedFixture is a record of a synthetic election and a ballot of it
// opened as the booth opens one: options 2 of question 1 and 1 and 3 of
// question 2 chosen.
func openedFixture(t *testing.T) (rec string, e *ballot.Election, opened *api.Opened) {
	t.Helper()
	data, out := makeRecord(t, synth.Config{Voters: 1, Questions: []synth.Shape{{Options: 3, Min: 1, Max: 1}, {Options: 3, Min: 0, Max: 2}}})
	rec = filepath.Join(t.TempDir(), "record.jsonl")
	if err := os.WriteFile(rec, data, 0o644); err != nil {
		t.Fatal(err)
	}
	te, err := tally.NewElection(out.Header)
	if err != nil {
		t.Fatal(err)
	}
	e = te.Manifest.Ballot(te.Context, te.Key)
	pseudonym := [20]byte{0xa1, 0x1c, 0xe0}
	b, o, err := ballot.Encrypt(e, pseudonym, [][]bool{{false, true, false}, {true, false, true}}, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return rec, e, api.NewOpened(e.Context, pseudonym, b.Bytes(), o.Bytes())
}

func marshal(t *testing.T, o *api.Opened) []byte {
	t.Helper()
	b, err := json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestCheckOpened: an honest opened ballot shows its choices; one changed
// byte anywhere that matters, or another election, fails with the
// problem named.
func TestCheckOpened(t *testing.T) {
	_, e, good := openedFixture(t)
	res, err := verify.CheckOpened(e, marshal(t, good))
	if err != nil {
		t.Fatalf("honest opened ballot: %v", err)
	}
	if want := [][]uint8{{0, 1, 0}, {1, 0, 1}}; !reflect.DeepEqual(res.Values, want) {
		t.Errorf("values %v, want %v", res.Values, want)
	}
	for _, tc := range []struct {
		name   string
		change func(o *api.Opened)
		want   error
		text   string
	}{
		// The nonce of question 1, option 2 starts at 1 + 1·33 + 1; its low byte keeps it canonical.
		{"randomness", func(o *api.Opened) { o.Opening[1+33+1] ^= 1 }, verify.ErrOpening, "question 1, option 2: the ciphertext is not the encryption of 1 (chosen)"},
		{"plaintext", func(o *api.Opened) { o.Opening[1+2*33] = 1 }, verify.ErrOpening, "question 1: 2 chosen, the question allows 1 to 1"},
		{"plaintext byte", func(o *api.Opened) { o.Opening[1] = 2 }, verify.ErrOpening, "opening value byte 2 above 1"},
		// The lowest bit of B's first byte: a ristretto255 encoding with it set is never canonical.
		{"ciphertext", func(o *api.Opened) { o.Ballot[1+32] ^= 1 }, verify.ErrOpenedBallot, "question 0"},
		{"proof", func(o *api.Opened) { o.Ballot[1+64+200] ^= 1 }, verify.ErrOpenedBallot, ""},
		{"pseudonym", func(o *api.Opened) { o.Pseudonym = "0x" + strings.Repeat("00", 20) }, verify.ErrOpenedBallot, "proofs do not verify"},
		{"another election", func(o *api.Opened) { o.ElectionID = "0x" + strings.Repeat("ab", 32) }, verify.ErrOpenedElection, "election 0xabab"},
		{"short opening", func(o *api.Opened) { o.Opening = o.Opening[:40] }, verify.ErrOpening, "opening is 40 bytes"},
		{"version", func(o *api.Opened) { o.Version = 2 }, api.ErrOpened, "version 2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := *good
			o.Ballot, o.Opening = bytes.Clone(good.Ballot), bytes.Clone(good.Opening)
			tc.change(&o)
			_, err := verify.CheckOpened(e, marshal(t, &o))
			if !errors.Is(err, tc.want) || !strings.Contains(fmtErr(err), tc.text) {
				t.Errorf("got %v, want %v with %q", err, tc.want, tc.text)
			}
		})
	}
	for _, bad := range []string{"", "{", "null", `{"type":"opened-ballot","version":1,"chainId":"x"}`, strings.Repeat("[", 10000)} {
		if _, err := verify.CheckOpened(e, []byte(bad)); !errors.Is(err, api.ErrOpened) {
			t.Errorf("%.20q: %v", bad, err)
		}
	}
}

func fmtErr(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// TestCheckOpenedGolden: the worked example of docs/protocol.md, section
// 11 (web/api/testdata/opened-v1.json) opens to its choices under the
// parameters the document gives (K = 7·G).
func TestCheckOpenedGolden(t *testing.T) {
	data, err := os.ReadFile("../../web/api/testdata/opened-v1.json")
	if err != nil {
		t.Fatal(err)
	}
	key, err := elgamal.ParsePublicKey(ristretto255.NewElement().ScalarBaseMult(group.Uint64(7)).Bytes())
	if err != nil {
		t.Fatal(err)
	}
	e := &ballot.Election{Context: transcript.Context{ChainID: 31337, Contract: [20]byte{0xb0, 0xb0}, ElectionID: [32]byte{0xe1}},
		Key: key, Questions: []ballot.Question{{Options: 2, Min: 1, Max: 1}, {Options: 5, Min: 1, Max: 3}}}
	res, err := verify.CheckOpened(e, data)
	if err != nil || !reflect.DeepEqual(res.Values, [][]uint8{{1, 0}, {1, 0, 0, 1, 0}}) {
		t.Fatalf("%+v, %v", res, err)
	}
}

// TestOpenedCLI: verify --opening FILE --record FILE prints the choices
// of an honest opened ballot, and fails naming the option of a tampered
// one.
func TestOpenedCLI(t *testing.T) {
	rec, _, good := openedFixture(t)
	dir := t.TempDir()
	run := func(o *api.Opened) (string, error) {
		f := filepath.Join(dir, "opened.json")
		if err := os.WriteFile(f, marshal(t, o), 0o644); err != nil {
			t.Fatal(err)
		}
		var out, errOut bytes.Buffer
		err := verify.Main(context.Background(), []string{"--opening", f, "--record", rec}, &out, &errOut)
		return out.String() + errOut.String(), err
	}
	out, err := run(good)
	if err != nil || !strings.Contains(out, "1. Question: Option 2") || !strings.Contains(out, "2. Question 2: Option 1, Option 3") {
		t.Fatalf("honest: %v\n%s", err, out)
	}
	bad := *good
	bad.Opening = bytes.Clone(good.Opening)
	bad.Opening[1+3*33+1+33+1] ^= 1 // the nonce of question 2, option 2
	out, err = run(&bad)
	if !errors.Is(err, verify.ErrFailed) || !strings.Contains(out, "question 2, option 2: the ciphertext is not the encryption of 0 (not chosen)") {
		t.Fatalf("tampered: %v\n%s", err, out)
	}
	if _, err := run(&api.Opened{}); !errors.Is(err, api.ErrOpened) {
		t.Errorf("empty: %v", err)
	}
}

// TestCheckOpenedRanked: an opened ranked ballot shows its ranks; an
// opening that reveals a tie fails the answer rule, and one that reveals
// another rank fails the encryption check.
func TestCheckOpenedRanked(t *testing.T) {
	_, e, _ := openedFixture(t)
	e.Questions = []ballot.Question{{Options: 3, Min: 1, Max: 3, Kind: ballot.Ranked}}
	pseudonym := [20]byte{0xa1}
	b, o, err := ballot.EncryptValues(e, pseudonym, [][]uint8{{2, 0, 1}}, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	good := api.NewOpened(e.Context, pseudonym, b.Bytes(), o.Bytes())
	res, err := verify.CheckOpened(e, marshal(t, good))
	if err != nil || !reflect.DeepEqual(res.Values, [][]uint8{{2, 0, 1}}) {
		t.Fatalf("honest opened ranking: %+v, %v", res, err)
	}
	tie := *good
	tie.Opening = bytes.Clone(good.Opening)
	tie.Opening[1+33] = 2 // candidate 2 also ranked second
	_, err = verify.CheckOpened(e, marshal(t, &tie))
	for _, want := range []string{"question 1, option 2: the ciphertext is not the encryption of 2 (rank 2)", "question 1: ballot: choices do not fit the question: a ranking"} {
		if !errors.Is(err, verify.ErrOpening) || !strings.Contains(fmtErr(err), want) {
			t.Errorf("tie: %v, want %q", err, want)
		}
	}
}
