package blind_test

import (
	"bytes"
	"compress/gzip"
	"crypto/rsa"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/cloudflare/circl/blindsign/blindrsa"
	"github.com/evote-org/evote/crypto/blind"
	"github.com/evote-org/evote/crypto/blind/signer"
)

// vectorFile holds the test vectors of RFC 9474, Appendix A, copied
// unchanged from github.com/cloudflare/circl v1.6.3
// blindsign/blindrsa/testdata.
const vectorFile = "testdata/test_vectors_rfc9474.json.gz"

// vector is one RFC 9474 test vector; all fields are hex.
type vector struct {
	Name                     string
	P, Q, N, E, D, Inv       string
	Msg, MsgPrefix, InputMsg string
	Salt, BlindedMsg         string
	BlindSig, Sig            string
}

func (v *vector) UnmarshalJSON(data []byte) error {
	var m map[string]string
	if err := json.Unmarshal(data, &m); err != nil {
		return err
	}
	*v = vector{
		Name: m["name"], P: m["p"], Q: m["q"], N: m["n"], E: m["e"], D: m["d"],
		Inv: m["inv"], Msg: m["msg"], MsgPrefix: m["msg_prefix"],
		InputMsg: m["input_msg"], Salt: m["salt"], BlindedMsg: m["blinded_msg"],
		BlindSig: m["blind_sig"], Sig: m["sig"],
	}
	return nil
}

// loadVector returns the RSABSSA-SHA384-PSS-Randomized vector.
func loadVector(tb testing.TB) vector {
	tb.Helper()
	f, err := os.Open(vectorFile)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	var vs []vector
	if err := json.NewDecoder(zr).Decode(&vs); err != nil {
		tb.Fatal(err)
	}
	for _, v := range vs {
		if v.Name == "RSABSSA-SHA384-PSS-Randomized" {
			return v
		}
	}
	tb.Fatal("no RSABSSA-SHA384-PSS-Randomized vector")
	return vector{}
}

func unhex(tb testing.TB, s string) []byte {
	tb.Helper()
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func unhexInt(tb testing.TB, s string) *big.Int {
	tb.Helper()
	return new(big.Int).SetBytes(unhex(tb, s))
}

// privateKey is the vector's 4096-bit key.
func (v vector) privateKey(tb testing.TB) *rsa.PrivateKey {
	tb.Helper()
	return &rsa.PrivateKey{
		PublicKey: rsa.PublicKey{N: unhexInt(tb, v.N), E: int(unhexInt(tb, v.E).Int64())},
		D:         unhexInt(tb, v.D),
		Primes:    []*big.Int{unhexInt(tb, v.P), unhexInt(tb, v.Q)},
	}
}

// TestRFC9474Vector drives Blind with the vector's randomizer, salt and
// blinding factor, and checks blinded message, blind signature (from this
// package's CRT signer and from circl's), token and verification
// byte for byte.
func TestRFC9474Vector(t *testing.T) {
	v := loadVector(t)
	sk := v.privateKey(t)
	signer, err := signer.New(sk)
	if err != nil {
		t.Fatal(err)
	}
	pub := signer.Public()
	prefix, msg := unhex(t, v.MsgPrefix), unhex(t, v.Msg)
	if !bytes.Equal(unhex(t, v.InputMsg), append(prefix[:len(prefix):len(prefix)], msg...)) {
		t.Fatal("vector: input_msg != msg_prefix || msg")
	}
	// Blind reads randomizer, salt, then r = inv^-1 mod n as crypto/rand.Int
	// does: Size() big-endian bytes (n is 4096 bits: no masking).
	r := new(big.Int).ModInverse(unhexInt(t, v.Inv), sk.N)
	stream := append(append(bytes.Clone(prefix), unhex(t, v.Salt)...), r.FillBytes(make([]byte, pub.Size()))...)
	rd := bytes.NewReader(stream)

	blinded, st, err := blind.Blind(pub, msg, rd)
	if err != nil {
		t.Fatal(err)
	}
	if rd.Len() != 0 {
		t.Fatalf("Blind left %d bytes of randomness unread", rd.Len())
	}
	equal(t, "blinded_msg", blinded, unhex(t, v.BlindedMsg))

	blindSig, err := signer.BlindSign(blinded)
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "blind_sig", blindSig, unhex(t, v.BlindSig))
	circlSig, err := blindrsa.NewSigner(sk).BlindSign(blinded)
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "blind_sig (circl)", circlSig, unhex(t, v.BlindSig))

	token, err := blind.Finalize(st, blindSig)
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "token", token, append(bytes.Clone(prefix), unhex(t, v.Sig)...))
	if err := blind.Verify(pub, msg, token); err != nil {
		t.Fatal(err)
	}
}

func equal(t *testing.T, what string, got, want []byte) {
	t.Helper()
	if !bytes.Equal(got, want) {
		t.Errorf("%s:\n got %x\nwant %x", what, got, want)
	}
}
