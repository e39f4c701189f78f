package blind_test

import (
	"testing"

	"github.com/cloudflare/circl/blindsign/blindrsa"
	"github.com/evote-org/evote/crypto/blind"
	"github.com/evote-org/evote/crypto/blind/signer"
)

// Benchmarks at 3072 bits (the test key). Compare BlindSign with
// CirclBlindSign, circl's math/big signer on the same key:
//
//	go test -run='^$' -bench=. -benchtime=20x ./crypto/blind/

func benchBlinded(b *testing.B) (*signer.Key, []byte) {
	s := testSigner(b)
	_, _, msg := testMessage()
	blinded, _, err := blind.Blind(s.Public(), msg, detRand(20))
	if err != nil {
		b.Fatal(err)
	}
	return s, blinded
}

func BenchmarkBlindSign(b *testing.B) {
	s, blinded := benchBlinded(b)
	for b.Loop() {
		if _, err := s.BlindSign(blinded); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCirclBlindSign(b *testing.B) {
	_, blinded := benchBlinded(b)
	sk, _, _ := rsaKeys(b)
	c := blindrsa.NewSigner(sk)
	for b.Loop() {
		if _, err := c.BlindSign(blinded); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBlind(b *testing.B) {
	s := testSigner(b)
	_, _, msg := testMessage()
	r := detRand(21)
	for b.Loop() {
		if _, _, err := blind.Blind(s.Public(), msg, r); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFinalize(b *testing.B) {
	s := testSigner(b)
	_, _, msg := testMessage()
	blinded, st, err := blind.Blind(s.Public(), msg, detRand(22))
	if err != nil {
		b.Fatal(err)
	}
	blindSig, err := s.BlindSign(blinded)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := blind.Finalize(st, blindSig); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerify(b *testing.B) {
	s := testSigner(b)
	_, _, msg := testMessage()
	token := issue(b, s, msg, 23)
	for b.Loop() {
		if err := blind.Verify(s.Public(), msg, token); err != nil {
			b.Fatal(err)
		}
	}
}
