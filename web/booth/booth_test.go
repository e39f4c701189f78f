package booth_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/csv"
	"errors"
	"fmt"
	"net/http/httptest"
	"testing"

	"github.com/evote-org/evote/ballotbox/validity"
	"github.com/evote-org/evote/crypto/ballot"
	"github.com/evote-org/evote/crypto/blind/signer"
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/roll"
	"github.com/evote-org/evote/registrar/store/pebblestore"
	"github.com/evote-org/evote/web/booth"
	"github.com/gtank/ristretto255"
)

var tctx = transcript.Context{ChainID: 31337, Contract: [20]byte{0xb0}, ElectionID: [32]byte{0xe1}}

// newRegistrar runs a real registrar (Pebble store, HTTP) with n voters
// and returns it with the voters' codes.
func newRegistrar(t *testing.T, key *signer.Key, n int) (*booth.Registrar, map[string]string) {
	st, err := pebblestore.Open(t.TempDir(), pebblestore.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var voters []roll.Voter
	for i := range n {
		voters = append(voters, roll.Voter{ID: fmt.Sprintf("V%04d", i), Name: "Voter"})
	}
	var out bytes.Buffer
	if err := registrar.GenerateCodes(context.Background(), tctx.ElectionID, voters, st, &out, registrar.CodeConfig{}); err != nil {
		t.Fatal(err)
	}
	rows, _ := csv.NewReader(&out).ReadAll()
	codes := map[string]string{}
	for _, r := range rows[1:] {
		codes[r[0]] = r[1]
	}
	svc, err := registrar.New(registrar.Config{Context: tctx, Key: key, Store: st})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(svc.Handler())
	t.Cleanup(srv.Close)
	return &booth.Registrar{URL: srv.URL, ElectionID: fmt.Sprintf("0x%x", tctx.ElectionID), Language: "en"}, codes
}

func TestVoterFlow(t *testing.T) {
	ctx := context.Background()
	key, err := signer.Load("../../crypto/blind/testdata/test-only-key-3072.pem")
	if err != nil {
		t.Fatal(err)
	}
	reg, codes := newRegistrar(t, key, 2)
	info, err := reg.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	e, err := booth.CheckInfo(info, tctx, key.Public().Bytes())
	if err != nil {
		t.Fatal(err)
	}
	cred, err := e.Register(ctx, reg, "V0000", codes["V0000"], rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	be := testElection()
	c, _, err := cred.Prepare(be, [][]bool{{false, true, false}}, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	params := &validity.Params{Election: be, RegistrarKey: e.RegistrarKey, OpenBlock: 1}
	v := validity.Check(params, []validity.Cast{{Pseudonym: c.Pseudonym, Token: c.Token, Ballot: c.Ballot, Signature: c.Signature, Block: 2}})
	if v[0].Reason != validity.Counted {
		t.Fatalf("the booth's cast does not count: %v", v[0].Reason)
	}

	// A second registration of the same voter is refused, whatever the code.
	var re *booth.RegistrarError
	if _, err := e.Register(ctx, reg, "V0000", codes["V0000"], rand.Reader); !errors.As(err, &re) || re.ErrorResponse.Error != "already_issued" {
		t.Fatalf("second registration: %v", err)
	}
	if _, err := e.Register(ctx, reg, "V0001", "AAAA-BBBB-CCCC", rand.Reader); !errors.As(err, &re) || re.ErrorResponse.Error != "auth_failed" || re.Message == "" {
		t.Fatalf("wrong code: %v", err)
	}
}

func TestCheckInfo(t *testing.T) {
	key, _ := signer.Load("../../crypto/blind/testdata/test-only-key-3072.pem")
	other, _ := signer.Load("../../crypto/blind/testdata/test-only-key-3072-b.pem")
	reg, _ := newRegistrar(t, key, 1)
	info, err := reg.Info(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := booth.CheckInfo(info, tctx, other.Public().Bytes()); !errors.Is(err, booth.ErrKeyMismatch) {
		t.Errorf("a key other than the chain's: %v", err)
	}
	wrong := tctx
	wrong.ElectionID[1] = 9
	if _, err := booth.CheckInfo(info, wrong, key.Public().Bytes()); !errors.Is(err, booth.ErrElection) {
		t.Errorf("another election: %v", err)
	}
}

// TestTokenAtCast is the booth's flow: sign in (no token), encrypt for
// the pending pseudonym, and get the token only to cast; the sign-in
// then says a token was issued.
func TestTokenAtCast(t *testing.T) {
	ctx := context.Background()
	key, err := signer.Load("../../crypto/blind/testdata/test-only-key-3072.pem")
	if err != nil {
		t.Fatal(err)
	}
	reg, codes := newRegistrar(t, key, 1)
	var re *booth.RegistrarError
	if _, err := reg.SignIn(ctx, "V0000", "AAAA-BBBB-CCCC"); !errors.As(err, &re) || re.ErrorResponse.Error != "auth_failed" {
		t.Fatalf("wrong code: %v", err)
	}
	if issued, err := reg.SignIn(ctx, "V0000", codes["V0000"]); err != nil || issued {
		t.Fatalf("sign-in before the token: %v, %v", issued, err)
	}
	e := &booth.Election{Context: tctx, RegistrarKey: key.Public()}
	p, err := e.Begin("V0000", rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	be := testElection()
	b, _, err := p.Encrypt(be, [][]uint8{{1, 0, 0}}, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	cred, err := p.Finish(ctx, reg, codes["V0000"])
	if err != nil {
		t.Fatal(err)
	}
	c, err := cred.Sign(tctx, b)
	if err != nil || c.Pseudonym != p.Pseudonym() {
		t.Fatalf("sign: %v", err)
	}
	params := &validity.Params{Election: be, RegistrarKey: e.RegistrarKey, OpenBlock: 1}
	v := validity.Check(params, []validity.Cast{{Pseudonym: c.Pseudonym, Token: c.Token, Ballot: c.Ballot, Signature: c.Signature, Block: 2}})
	if v[0].Reason != validity.Counted {
		t.Fatalf("the cast does not count: %v", v[0].Reason)
	}
	if issued, err := reg.SignIn(ctx, "V0000", codes["V0000"]); err != nil || !issued {
		t.Fatalf("sign-in after the token: %v, %v", issued, err)
	}
}

// testElection is a one-of-three question to an arbitrary key.
func testElection() *ballot.Election {
	return &ballot.Election{Context: tctx, Questions: []ballot.Question{{Options: 3, Min: 1, Max: 1}},
		Key: elgamal.NewPublicKey(ristretto255.NewElement().ScalarBaseMult(group.Uint64(5)))}
}
