package elgamal

import (
	"bytes"
	"crypto/rand"
	"errors"
	"testing"

	"github.com/evote-org/evote/crypto/group"
	"github.com/gtank/ristretto255"
)

func TestHomomorphicSum(t *testing.T) {
	s, _ := group.RandomScalar(rand.Reader)
	pk := NewPublicKey(ristretto255.NewElement().ScalarBaseMult(s))
	sum := Zero()
	for _, m := range []uint64{1, 0, 1, 1, 0, 1} {
		c, _, err := Encrypt(pk, m, rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		sum = Add(sum, c)
	}
	// Decrypt with the whole key: B − sA = 4G.
	m := sum.Message(ristretto255.NewElement().ScalarMult(s, sum.A()))
	if m.Equal(ristretto255.NewElement().ScalarBaseMult(group.Uint64(4))) != 1 {
		t.Fatal("sum does not decrypt to 4")
	}
}

func TestEncoding(t *testing.T) {
	s, _ := group.RandomScalar(rand.Reader)
	pk := NewPublicKey(ristretto255.NewElement().ScalarBaseMult(s))
	c, r, _ := Encrypt(pk, 1, rand.Reader)
	d, err := ParseCiphertext(c.Bytes())
	if err != nil || !d.Equal(c) || !bytes.Equal(d.Bytes(), c.Bytes()) {
		t.Fatalf("round trip: %v", err)
	}
	if !EncryptWithNonce(pk, 1, r).Equal(c) || EncryptWithNonce(pk, 0, r).Equal(c) {
		t.Fatal("EncryptWithNonce does not reproduce the ciphertext")
	}
	pk2, err := ParsePublicKey(pk.Bytes())
	if err != nil || pk2.Element().Equal(pk.Element()) != 1 {
		t.Fatalf("public key round trip: %v", err)
	}
	for name, b := range map[string][]byte{
		"short":      c.Bytes()[:63],
		"identity A": append(make([]byte, 32), c.Bytes()[32:]...),
		"identity B": append(bytes.Clone(c.Bytes()[:32]), make([]byte, 32)...),
	} {
		if _, err := ParseCiphertext(b); !errors.Is(err, ErrDecode) {
			t.Errorf("%s: got %v, want ErrDecode", name, err)
		}
	}
	if _, err := ParsePublicKey(make([]byte, 32)); !errors.Is(err, ErrDecode) {
		t.Errorf("identity key: got %v", err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add(make([]byte, 64))
	f.Fuzz(func(t *testing.T, b []byte) {
		if c, err := ParseCiphertext(b); err == nil && !bytes.Equal(c.Bytes(), b) {
			t.Fatal("re-encoding differs")
		}
		ParsePublicKey(b)
	})
}
