package blind_test

import (
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"sync"
	"testing"

	"github.com/evote-org/evote/crypto/blind"
	"github.com/evote-org/evote/crypto/blind/signer"
	"github.com/evote-org/evote/crypto/transcript"
)

// Test-only keys, committed under testdata/ because generating a 3072-bit
// key takes seconds. Their secrets are public: never use them for anything
// else.
const (
	keyFileA = "testdata/test-only-key-3072.pem"
	keyFileB = "testdata/test-only-key-3072-b.pem"
	// keyFile2048 is the RSA-2048 test key of RFC 9500, section 2.1, as
	// shipped with circl (PKCS#1, PEM type "RSA TESTING KEY").
	keyFile2048 = "testdata/testRSA2048.rfc9500.pem"
)

var keys struct {
	once   sync.Once
	a, b   *rsa.PrivateKey
	sa, sb *signer.Key
	k2048  *rsa.PrivateKey
	err    error
}

func loadKeys() {
	var errs [5]error
	keys.a, errs[0] = readKey(keyFileA)
	keys.b, errs[1] = readKey(keyFileB)
	keys.k2048, errs[2] = readKey(keyFile2048)
	keys.sa, errs[3] = signer.New(keys.a)
	keys.sb, errs[4] = signer.New(keys.b)
	keys.err = errors.Join(errs[:]...)
}

// readKey reads a PEM test key: PKCS#8 "PRIVATE KEY" or PKCS#1 "RSA
// TESTING KEY".
func readKey(path string) (*rsa.PrivateKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	block, _ := pem.Decode(data)
	switch {
	case block == nil:
		return nil, fmt.Errorf("%s: no PEM block", path)
	case block.Type == "RSA TESTING KEY":
		return x509.ParsePKCS1PrivateKey(block.Bytes)
	}
	k, err := x509.ParsePKCS8PrivateKey(block.Bytes)
	if err != nil {
		return nil, err
	}
	return k.(*rsa.PrivateKey), nil
}

// testKeys returns the two 3072-bit test signers, loaded once per binary.
func testKeys(tb testing.TB) (a, b *signer.Key) {
	tb.Helper()
	keys.once.Do(loadKeys)
	if keys.err != nil {
		tb.Fatalf("loading test keys: %v", keys.err)
	}
	return keys.sa, keys.sb
}

// testSigner returns the first 3072-bit test signer.
func testSigner(tb testing.TB) *signer.Key {
	a, _ := testKeys(tb)
	return a
}

// rsaKeys returns the test keys as crypto/rsa keys: a and b (3072 bits)
// and the RFC 9500 2048-bit key.
func rsaKeys(tb testing.TB) (a, b, k2048 *rsa.PrivateKey) {
	testKeys(tb)
	return keys.a, keys.b, keys.k2048
}

// detRand is a deterministic randomness source for tests.
func detRand(seed byte) *rand.ChaCha8 {
	return rand.NewChaCha8([32]byte{seed})
}

// testMessage is a token message for a fixed election and pseudonym.
func testMessage() (transcript.Context, [20]byte, []byte) {
	ctx := transcript.Context{ChainID: 1337}
	ctx.Contract[0] = 0xc0
	ctx.ElectionID[0] = 0xe1
	pseudonym := [20]byte{0xa1, 0xa2}
	return ctx, pseudonym, blind.Message(ctx, pseudonym)
}

// issue runs the whole protocol for msg with signer s.
func issue(tb testing.TB, s *signer.Key, msg []byte, seed byte) []byte {
	tb.Helper()
	blinded, st, err := blind.Blind(s.Public(), msg, detRand(seed))
	if err != nil {
		tb.Fatal(err)
	}
	blindSig, err := s.BlindSign(blinded)
	if err != nil {
		tb.Fatal(err)
	}
	token, err := blind.Finalize(st, blindSig)
	if err != nil {
		tb.Fatal(err)
	}
	return token
}
