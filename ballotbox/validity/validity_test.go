package validity_test

import (
	"bytes"
	"crypto/rand"
	"testing"

	"github.com/evote-org/evote/ballotbox/validity"
	"github.com/evote-org/evote/crypto/ballot"
	"github.com/evote-org/evote/crypto/blind"
	"github.com/evote-org/evote/crypto/blind/signer"
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/evote-org/evote/crypto/voter"
	"github.com/gtank/ristretto255"
)

type fixture struct {
	t      testing.TB
	params *validity.Params
	reg    *signer.Key
}

func newFixture(t testing.TB) *fixture {
	reg, err := signer.Load("../../crypto/blind/testdata/test-only-key-3072.pem")
	if err != nil {
		t.Fatal(err)
	}
	ctx := transcript.Context{ChainID: 31337, Contract: [20]byte{0xbb}, ElectionID: [32]byte{0xe1}}
	key := elgamal.NewPublicKey(ristretto255.NewElement().ScalarBaseMult(group.Uint64(99)))
	e := &ballot.Election{Context: ctx, Key: key, Questions: []ballot.Question{{Options: 3, Min: 0, Max: 1}}}
	return &fixture{t: t, reg: reg, params: &validity.Params{Election: e, RegistrarKey: reg.Public(), OpenBlock: 10, CloseBlock: 100}}
}

// token runs the blind issuance for pseudonym in ctx.
func (f *fixture) token(ctx transcript.Context, pseudonym [20]byte) []byte {
	blinded, st, err := blind.Blind(f.reg.Public(), blind.Message(ctx, pseudonym), rand.Reader)
	if err != nil {
		f.t.Fatal(err)
	}
	sig, err := f.reg.BlindSign(blinded)
	if err != nil {
		f.t.Fatal(err)
	}
	tok, err := blind.Finalize(st, sig)
	if err != nil {
		f.t.Fatal(err)
	}
	return tok
}

// vote makes a valid cast choosing option o of the first question in
// block.
func (f *fixture) vote(o int, block uint64) (validity.Cast, *voter.Key) {
	values := [][]uint8{make([]uint8, f.params.Election.Questions[0].Options)}
	values[0][o] = 1
	return f.cast(values, block)
}

// cast makes a valid cast of an answer to every question in block.
func (f *fixture) cast(values [][]uint8, block uint64) (validity.Cast, *voter.Key) {
	k, err := voter.NewKey(rand.Reader)
	if err != nil {
		f.t.Fatal(err)
	}
	e := f.params.Election
	b, _, err := ballot.EncryptValues(e, k.Address(), values, rand.Reader)
	if err != nil {
		f.t.Fatal(err)
	}
	c := validity.Cast{Pseudonym: k.Address(), Token: f.token(e.Context, k.Address()), Ballot: b.Bytes(), Block: block}
	f.sign(&c, k)
	return c, k
}

func (f *fixture) sign(c *validity.Cast, k *voter.Key) {
	sig, err := k.SignCast(f.params.Election.Context, c.Token, c.Ballot)
	if err != nil {
		f.t.Fatal(err)
	}
	c.Signature = sig
}

func TestReasons(t *testing.T) {
	f := newFixture(t)
	good, _ := f.vote(0, 50)
	alice, aliceKey := f.vote(1, 50)

	// Replays and forgeries, each with its reason.
	again := alice // the same ballot cast twice
	again.Block = 51
	before, _ := f.vote(2, 9)  // before the block that opened the polls
	first, _ := f.vote(1, 10)  // in the block that opened the polls: counts
	after, _ := f.vote(2, 101) // after the close
	badSig := good
	badSig.Signature = bytes.Clone(good.Signature)
	badSig.Signature[10] ^= 1
	otherToken, k := f.vote(0, 50) // a valid token, but for someone else
	otherToken.Token = good.Token
	f.sign(&otherToken, k)
	copied, mk := f.vote(0, 50) // Alice's ciphertexts under Mallory's own token
	copied.Ballot = alice.Ballot
	f.sign(&copied, mk)
	otherElection, ok := f.vote(0, 50) // a token and ballot of another election
	otherCtx := f.params.Election.Context
	otherCtx.ElectionID[0] ^= 1
	otherElection.Token = f.token(otherCtx, ok.Address())
	f.sign(&otherElection, ok)
	garbage, gk := f.vote(0, 50)
	garbage.Ballot = []byte{1, 2, 3}
	f.sign(&garbage, gk)
	second := alice // a second, properly signed ballot of Alice
	other, _, _ := ballot.Encrypt(f.params.Election, alice.Pseudonym, [][]bool{{true, false, false}}, rand.Reader)
	second.Ballot, second.Block = other.Bytes(), 60
	f.sign(&second, aliceKey)

	casts := []validity.Cast{before, first, good, alice, again, badSig, otherToken, copied, otherElection, garbage, second, after}
	want := []validity.Reason{validity.NotOpen, validity.Counted, validity.Counted, validity.Counted, validity.Duplicate,
		validity.Signature, validity.Token, validity.Proof, validity.Token, validity.Encoding,
		validity.Duplicate, validity.NotOpen}
	got := validity.Check(f.params, casts)
	for i := range casts {
		if got[i].Reason != want[i] {
			t.Errorf("cast %d: %v, want %v", i, got[i].Reason, want[i])
		}
		if (got[i].Reason == validity.Counted) != (got[i].Ballot != nil) {
			t.Errorf("cast %d: ballot returned for %v", i, got[i].Reason)
		}
	}
}

func TestStillOpen(t *testing.T) {
	f := newFixture(t)
	f.params.CloseBlock = 0
	c, _ := f.vote(0, 5000)
	if r := validity.Check(f.params, []validity.Cast{c})[0].Reason; r != validity.Counted {
		t.Fatalf("cast while open: %v", r)
	}
}

func TestReasonNames(t *testing.T) {
	for r := validity.Counted; r <= validity.Duplicate; r++ {
		back, err := validity.ParseReason(r.String())
		if err != nil || back != r {
			t.Errorf("%d: %q does not parse back (%v)", r, r.String(), err)
		}
	}
	if _, err := validity.ParseReason("nonsense"); err == nil {
		t.Error("unknown reason parsed")
	}
}

// TestRankedAndGraded: ballots of ranked and graded questions pass the
// same checks as any other, with the ranges of the manifest's shape: a
// valid one counts, one copied under another token fails its proofs, one
// made for another range (a ranking of 2 where 3 ranks are allowed, so
// other proof sizes) does not decode.
func TestRankedAndGraded(t *testing.T) {
	f := newFixture(t)
	ranked := ballot.Question{Options: 3, Min: 1, Max: 3, Kind: ballot.Ranked}
	graded := ballot.Question{Options: 2, Min: 0, Max: 2, Kind: ballot.Graded, Grades: 4}
	f.params.Election.Questions = []ballot.Question{f.params.Election.Questions[0], ranked, graded}
	values := [][]uint8{{0, 1, 0}, {2, 3, 1}, {4, 0}}
	good, _ := f.cast(values, 50)
	copied, mk := f.cast(values, 50)
	copied.Ballot = good.Ballot
	f.sign(&copied, mk)
	narrow := *f.params.Election
	narrow.Questions = []ballot.Question{narrow.Questions[0], {Options: 3, Min: 1, Max: 2, Kind: ballot.Ranked}, graded}
	k, _ := voter.NewKey(rand.Reader)
	b, _, err := ballot.EncryptValues(&narrow, k.Address(), [][]uint8{{0, 1, 0}, {2, 0, 1}, {4, 0}}, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	other := validity.Cast{Pseudonym: k.Address(), Token: f.token(narrow.Context, k.Address()), Ballot: b.Bytes(), Block: 50}
	f.sign(&other, k)
	want := []validity.Reason{validity.Counted, validity.Proof, validity.Encoding}
	for i, v := range validity.Check(f.params, []validity.Cast{good, copied, other}) {
		if v.Reason != want[i] {
			t.Errorf("cast %d: %v, want %v", i, v.Reason, want[i])
		}
	}
}
