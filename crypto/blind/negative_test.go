package blind_test

import (
	"bytes"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"math/big"
	"testing"

	"github.com/evote-org/evote/crypto/blind"
	"github.com/evote-org/evote/crypto/blind/signer"
)

// TestShortKeyRejected: a 2048-bit key (RFC 9500) gets nowhere.
func TestShortKeyRejected(t *testing.T) {
	_, _, k := rsaKeys(t)
	der, err := x509.MarshalPKIXPublicKey(&k.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	pkcs8, err := x509.MarshalPKCS8PrivateKey(k)
	if err != nil {
		t.Fatal(err)
	}
	file := pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: pkcs8})
	for name, f := range map[string]func() error{
		"NewPublicKey":   func() error { _, err := blind.NewPublicKey(&k.PublicKey); return err },
		"ParsePublicKey": func() error { _, err := blind.ParsePublicKey(der); return err },
		"NewSigner":      func() error { _, err := signer.New(k); return err },
		"signer.Parse":   func() error { _, err := signer.Parse(file); return err },
		"GenerateKey":    func() error { _, err := signer.Generate(rand.Reader, 2048); return err },
	} {
		if err := f(); !errors.Is(err, blind.ErrKeySize) {
			t.Errorf("%s: %v, want ErrKeySize", name, err)
		}
	}
}

// TestNoKey: client, verifier and signer refuse a missing or zero key, the
// only way to reach them without a checked key.
func TestNoKey(t *testing.T) {
	_, _, msg := testMessage()
	token := make([]byte, 416)
	for name, err := range map[string]error{
		"Blind nil":        errOf3(blind.Blind(nil, msg, rand.Reader)),
		"Blind zero":       errOf3(blind.Blind(&blind.PublicKey{}, msg, rand.Reader)),
		"Verify nil":       blind.Verify(nil, msg, token),
		"Verify zero":      blind.Verify(&blind.PublicKey{}, msg, token),
		"BlindSign zero":   errOf((&signer.Key{}).BlindSign(token[:384])),
		"NewSigner nil":    errOf(signer.New(nil)),
		"NewPublicKey nil": errOf(blind.NewPublicKey(nil)),
	} {
		if !errors.Is(err, blind.ErrKey) {
			t.Errorf("%s: %v, want ErrKey", name, err)
		}
	}
	if _, err := blind.Finalize(&blind.State{}, token[:384]); !errors.Is(err, blind.ErrState) {
		t.Errorf("Finalize zero state: %v, want ErrState", err)
	}
	if _, _, err := blind.Blind(testSigner(t).Public(), msg, nil); err == nil {
		t.Error("Blind with no randomness succeeded")
	}
}

func errOf[T any](_ T, err error) error          { return err }
func errOf3[A, B any](_ A, _ B, err error) error { return err }

// TestBadKeys: wrong exponent, even or oversized modulus, inconsistent
// private key.
func TestBadKeys(t *testing.T) {
	a, _, _ := rsaKeys(t)
	big1 := big.NewInt(1)
	for name, c := range map[string]struct {
		pk   rsa.PublicKey
		want error
	}{
		"e=3":       {rsa.PublicKey{N: a.N, E: 3}, blind.ErrKey},
		"even n":    {rsa.PublicKey{N: new(big.Int).Add(a.N, big1), E: 65537}, blind.ErrKey},
		"8200 bits": {rsa.PublicKey{N: new(big.Int).Lsh(a.N, 5128), E: 65537}, blind.ErrKeySize},
	} {
		if _, err := blind.NewPublicKey(&c.pk); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", name, err, c.want)
		}
	}
	bad := *a
	bad.D = new(big.Int).Add(a.D, big1)
	bad.Precomputed = rsa.PrecomputedValues{}
	if _, err := signer.New(&bad); !errors.Is(err, blind.ErrKey) {
		t.Errorf("signer.New with a wrong d: %v, want ErrKey", err)
	}
}

func TestBlindSignRejects(t *testing.T) {
	s := testSigner(t)
	a, _, _ := rsaKeys(t)
	n := a.N.FillBytes(make([]byte, 384))
	for name, m := range map[string][]byte{
		"empty":    nil,
		"short":    make([]byte, 383),
		"long":     append([]byte{0}, n...)[:385],
		"zero":     make([]byte, 384),
		"n":        n,
		"n+1":      new(big.Int).Add(a.N, big.NewInt(1)).FillBytes(make([]byte, 384)),
		"all ones": bytes.Repeat([]byte{0xff}, 384),
	} {
		if _, err := s.BlindSign(m); !errors.Is(err, signer.ErrBlindedMessage) {
			t.Errorf("%s: %v, want ErrBlindedMessage", name, err)
		}
	}
}

func TestFinalizeRejects(t *testing.T) {
	s := testSigner(t)
	a, _, _ := rsaKeys(t)
	_, _, msg := testMessage()
	blinded, st, err := blind.Blind(s.Public(), msg, detRand(6))
	if err != nil {
		t.Fatal(err)
	}
	good, err := s.BlindSign(blinded)
	if err != nil {
		t.Fatal(err)
	}
	for name, sig := range map[string][]byte{
		"empty":   nil,
		"short":   good[1:],
		"long":    append([]byte{0}, good...),
		"zero":    make([]byte, 384),
		"n":       a.N.FillBytes(make([]byte, 384)),
		"flipped": flip(good, 200),
		"echo":    blinded,
	} {
		if _, err := blind.Finalize(st, sig); !errors.Is(err, blind.ErrBlindSignature) {
			t.Errorf("%s: %v, want ErrBlindSignature", name, err)
		}
	}
	if _, err := blind.Finalize(nil, good); !errors.Is(err, blind.ErrState) {
		t.Errorf("nil state: %v, want ErrState", err)
	}
}

// flip returns b with bit i flipped.
func flip(b []byte, i int) []byte {
	c := bytes.Clone(b)
	c[i/8] ^= 1 << (i % 8)
	return c
}
