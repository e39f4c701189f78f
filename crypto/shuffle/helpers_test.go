package shuffle_test

import (
	"crypto/rand"
	"encoding/hex"
	"io"
	"testing"

	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/crypto/internal/testrand"
	"github.com/evote-org/evote/crypto/shuffle"
	"github.com/evote-org/evote/crypto/shuffle/mixer"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/gtank/ristretto255"
)

var testCtx = transcript.Context{ChainID: 31337, Contract: [20]byte{0x5f, 0x1e}, ElectionID: [32]byte{0xe1, 0xec}}

// secret is the election key's secret in the tests: K = 7·G.
var secret = group.Uint64(7)

var testKey = elgamal.NewPublicKey(ristretto255.NewElement().ScalarBaseMult(secret))

// order is ℓ, the group order, little-endian: a scalar out of range.
var order, _ = hex.DecodeString("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010")

// fixture is one mixer's shuffle of n ballots of width w and its proof.
type fixture struct {
	st    *shuffle.Statement
	proof *shuffle.Proof
}

// message is the plaintext of component k of input ballot i.
func message(i, k int) uint64 { return uint64(10*i + k + 1) }

// inputList encrypts n ballots of width w, component k of ballot i
// holding message(i, k).
func inputList(tb testing.TB, n, w int, r io.Reader) *shuffle.List {
	tb.Helper()
	rows := make([][]*elgamal.Ciphertext, n)
	for i := range rows {
		for k := range w {
			ct, _, err := elgamal.Encrypt(testKey, message(i, k), r)
			if err != nil {
				tb.Fatal(err)
			}
			rows[i] = append(rows[i], ct)
		}
	}
	l, err := shuffle.NewList(rows)
	if err != nil {
		tb.Fatal(err)
	}
	return l
}

// newFixture shuffles and proves; seed "" draws from crypto/rand.
func newFixture(tb testing.TB, n, w int, seed string) *fixture {
	tb.Helper()
	var r io.Reader = rand.Reader
	if seed != "" {
		r = testrand.New(seed)
	}
	st, wit := shuffled(tb, n, w, r)
	p, err := mixer.Prove(st, wit, r)
	if err != nil {
		tb.Fatal(err)
	}
	return &fixture{st: st, proof: p}
}

// shuffled is mixer 2's shuffle of an input list, before any proof.
func shuffled(tb testing.TB, n, w int, r io.Reader) (*shuffle.Statement, *mixer.Witness) {
	tb.Helper()
	st := &shuffle.Statement{Context: testCtx, Mixer: 2, Key: testKey, Input: inputList(tb, n, w, r)}
	out, wit, err := mixer.Shuffle(testKey, st.Input, r)
	if err != nil {
		tb.Fatal(err)
	}
	st.Output = out
	return st, wit
}

// check verifies p for st with fresh batch weights.
func check(st *shuffle.Statement, p *shuffle.Proof) error {
	return p.Check(st, rand.Reader)
}

// decrypt returns the plaintext elements of a row, B − s·A.
func decrypt(row []*elgamal.Ciphertext) []*ristretto255.Element {
	out := make([]*ristretto255.Element, len(row))
	for k, ct := range row {
		out[k] = ct.Message(ristretto255.NewElement().ScalarMult(secret, ct.A()))
	}
	return out
}

// with returns a copy of b with b[at:] overwritten by x.
func with(b []byte, at int, x []byte) []byte {
	c := append([]byte(nil), b...)
	copy(c[at:], x)
	return c
}

// bump returns the encoding of the element e + G (a different valid
// element) for a 32-byte element encoding, or of s + 1 for a scalar.
func bumpElement(tb testing.TB, enc []byte) []byte {
	tb.Helper()
	e, err := group.DecodeElement(enc)
	if err != nil {
		tb.Fatal(err)
	}
	return e.Add(e, ristretto255.NewGeneratorElement()).Bytes()
}

func bumpScalar(tb testing.TB, enc []byte) []byte {
	tb.Helper()
	s, err := group.DecodeScalar(enc)
	if err != nil {
		tb.Fatal(err)
	}
	return s.Add(s, group.Uint64(1)).Bytes()
}
