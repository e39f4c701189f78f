package registrar_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/csv"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/evote-org/evote/crypto/blind"
	"github.com/evote-org/evote/crypto/blind/signer"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/roll"
	"github.com/evote-org/evote/registrar/store/pebblestore"
)

// A registrar from the roll to a voter's token: import the roll, make the
// voting codes, serve, and a booth gets its token.
func Example() {
	dir, _ := os.MkdirTemp("", "registrar")
	defer os.RemoveAll(dir)
	st, err := pebblestore.Open(dir, pebblestore.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer st.Close()

	// The election office's roll, and a code for every voter of it (and
	// their registration-log entries, which depend on the election).
	ctx := transcript.Context{ChainID: 31337, ElectionID: [32]byte{0xe1}}
	r, err := roll.Read(strings.NewReader("voter_id,name\nm-000001,Anna Ivanova\n"))
	if err != nil {
		log.Fatal(err)
	}
	var letters bytes.Buffer // voter_id,code: goes to the printer
	if err := registrar.GenerateCodes(context.Background(), ctx.ElectionID, r.Eligible(), st, &letters, registrar.CodeConfig{}); err != nil {
		log.Fatal(err)
	}
	lines, _ := csv.NewReader(&letters).ReadAll()
	voterID, code := lines[1][0], lines[1][1]

	// The registrar. A real election uses registrar.LoadOrGenerateKey.
	key, err := signer.Load(testKeyPath)
	if err != nil {
		log.Fatal(err)
	}
	svc, err := registrar.New(registrar.Config{Context: ctx, Key: key, Store: st})
	if err != nil {
		log.Fatal(err)
	}

	// The booth blinds a token message for a fresh pseudonym; the
	// registrar signs it without seeing it (over HTTP: svc.Handler()).
	msg := blind.Message(ctx, [20]byte{0xa1})
	blinded, state, _ := blind.Blind(key.Public(), msg, rand.Reader)
	sig, err := svc.Issue(context.Background(), registrar.Request{VoterID: voterID, Code: code, Blinded: blinded})
	if err != nil {
		log.Fatal(err)
	}
	token, _ := blind.Finalize(state, sig)
	fmt.Println("token verifies:", blind.Verify(key.Public(), msg, token) == nil)

	// A second blinded message for the same voter is refused.
	other, _, _ := blind.Blind(key.Public(), msg, rand.Reader)
	_, err = svc.Issue(context.Background(), registrar.Request{VoterID: voterID, Code: code, Blinded: other})
	fmt.Println(err)
	// Output:
	// token verifies: true
	// registrar: voter already bound to another blinded message
}
