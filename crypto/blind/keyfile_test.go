package blind_test

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/evote-org/evote/crypto/blind"
	"github.com/evote-org/evote/crypto/blind/signer"
)

func TestKeyFile(t *testing.T) {
	s := testSigner(t)
	path := filepath.Join(t.TempDir(), "registrar.pem")
	if err := s.Save(path); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %v, want 0600", fi.Mode().Perm())
	}
	if err := s.Save(path); !errors.Is(err, os.ErrExist) {
		t.Fatalf("Save over an existing file: %v, want ErrExist", err)
	}
	got, err := signer.Load(path)
	if err != nil || !got.Public().Equal(s.Public()) {
		t.Fatalf("signer.Load: %v", err)
	}
	_, _, msg := testMessage()
	if err := blind.Verify(s.Public(), msg, issue(t, got, msg, 4)); err != nil {
		t.Fatal(err)
	}
}

func TestParseKeyRejects(t *testing.T) {
	a, _, _ := rsaKeys(t)
	good := testSigner(t).MarshalPEM()
	block, _ := pem.Decode(good)
	ec, err := ecdsa.GenerateKey(elliptic.P256(), detRand(12))
	if err != nil {
		t.Fatal(err)
	}
	ecDER, err := x509.MarshalPKCS8PrivateKey(ec)
	if err != nil {
		t.Fatal(err)
	}
	pemOf := func(typ string, h map[string]string, der []byte) []byte {
		return pem.EncodeToMemory(&pem.Block{Type: typ, Headers: h, Bytes: der})
	}
	for name, data := range map[string][]byte{
		"empty":      nil,
		"not PEM":    block.Bytes,
		"trailing":   append(bytes.Clone(good), "junk"...),
		"two blocks": append(bytes.Clone(good), good...),
		"PKCS#1":     pemOf("RSA PRIVATE KEY", nil, x509.MarshalPKCS1PrivateKey(a)),
		"headers":    pemOf("PRIVATE KEY", map[string]string{"Proc-Type": "4,ENCRYPTED"}, block.Bytes),
		"ECDSA":      pemOf("PRIVATE KEY", nil, ecDER),
		"bad PKCS#8": pemOf("PRIVATE KEY", nil, block.Bytes[:100]),
	} {
		if _, err := signer.Parse(data); !errors.Is(err, blind.ErrKey) {
			t.Errorf("%s: %v, want ErrKey", name, err)
		}
	}
	if _, err := signer.Load(keyFileA); err != nil {
		t.Errorf("signer.Load(%s): %v", keyFileA, err)
	}
}
