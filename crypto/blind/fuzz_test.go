package blind_test

import (
	"bytes"
	"crypto/x509"
	"errors"
	"math/big"
	"testing"

	"github.com/evote-org/evote/crypto/blind"
	"github.com/evote-org/evote/crypto/blind/signer"
)

// Fuzz tests for every decoder of untrusted bytes. Without -fuzz only the
// seeds run.

func FuzzParsePublicKey(f *testing.F) {
	sa, sb := testKeys(f)
	_, _, k2048 := rsaKeys(f)
	short, err := x509.MarshalPKIXPublicKey(&k2048.PublicKey)
	if err != nil {
		f.Fatal(err)
	}
	der := sa.Public().Bytes()
	n := append([]byte{0}, sa.Public().Bytes()[33:417]...)
	pss := tlv(0x06, []byte{0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0a})
	huge := spki(append(rsaOID, asnNull...), n, tlv(0x02, []byte{1, 0, 0, 0, 0, 0, 0, 0, 1}))
	for _, seed := range [][]byte{der, sb.Public().Bytes(), short, append(der, 0), der[:40], nil,
		spki(append(pss, asnNull...), n, e65537), huge, spki(append(rsaOID, asnNull...), n[1:], e65537)} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		agree(t, "input", b) // the decision of crypto/x509, the same key
	})
}

func FuzzVerify(f *testing.F) {
	s := testSigner(f)
	_, _, msg := testMessage()
	token := issue(f, s, msg, 9)
	for _, seed := range [][]byte{token, flip(token, 5), flip(token, 3000), token[:32], nil} {
		f.Add(msg, seed)
	}
	f.Fuzz(func(t *testing.T, m, tok []byte) {
		err := blind.Verify(s.Public(), m, tok)
		if err == nil && !(bytes.Equal(m, msg) && bytes.Equal(tok, token)) {
			t.Fatalf("accepted token %x for message %x", tok, m)
		}
		if err != nil && !errors.Is(err, blind.ErrToken) {
			t.Fatalf("error %v is not ErrToken", err)
		}
	})
}

func FuzzBlindSign(f *testing.F) {
	s := testSigner(f)
	a, _, _ := rsaKeys(f)
	_, _, msg := testMessage()
	blinded, _, err := blind.Blind(s.Public(), msg, detRand(10))
	if err != nil {
		f.Fatal(err)
	}
	for _, seed := range [][]byte{blinded, a.N.FillBytes(make([]byte, 384)), make([]byte, 384), blinded[1:], nil} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		sig, err := s.BlindSign(b)
		if err != nil {
			if !errors.Is(err, signer.ErrBlindedMessage) {
				t.Fatalf("error %v is not ErrBlindedMessage", err)
			}
			return
		}
		e := big.NewInt(int64(a.E))
		if new(big.Int).Exp(new(big.Int).SetBytes(sig), e, a.N).Cmp(new(big.Int).SetBytes(b)) != 0 {
			t.Fatalf("BlindSign(%x) = %x is not an e-th root", b, sig)
		}
	})
}

func FuzzFinalize(f *testing.F) {
	s := testSigner(f)
	_, _, msg := testMessage()
	blinded, st, err := blind.Blind(s.Public(), msg, detRand(11))
	if err != nil {
		f.Fatal(err)
	}
	good, err := s.BlindSign(blinded)
	if err != nil {
		f.Fatal(err)
	}
	want, err := blind.Finalize(st, good)
	if err != nil {
		f.Fatal(err)
	}
	for _, seed := range [][]byte{good, flip(good, 7), blinded, good[1:], nil} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		token, err := blind.Finalize(st, b)
		if err == nil && !bytes.Equal(token, want) {
			t.Fatalf("blind signature %x gave another token", b)
		}
		if err != nil && !errors.Is(err, blind.ErrBlindSignature) {
			t.Fatalf("error %v is not ErrBlindSignature", err)
		}
	})
}
