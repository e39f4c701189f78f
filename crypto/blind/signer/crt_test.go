package signer

import (
	"crypto/rand"
	"errors"
	"math/big"
	"os"
	"testing"

	"filippo.io/bigmod"
	"github.com/evote-org/evote/crypto/blind"
)

// TestCRTFaultDetected corrupts one CRT component at a time, as a glitch
// would, and checks that BlindSign withholds the result, and that the
// withheld result would indeed have revealed a factor of n (Bellcore).
func TestCRTFaultDetected(t *testing.T) {
	data, err := os.ReadFile("../testdata/test-only-key-3072.pem")
	if err != nil {
		t.Fatal(err)
	}
	s, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	blinded, _, err := blind.Blind(s.pub, []byte("fault"), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	for name, corrupt := range map[string]func(k *crtKey){
		"dp":   func(k *crtKey) { k.dp = flipLow(k.dp) },
		"dq":   func(k *crtKey) { k.dq = flipLow(k.dq) },
		"qinv": func(k *crtKey) { k.qinv = mustNat(t, flipLow(k.qinv.Bytes(k.p)), k.p) },
	} {
		faulty := *s.crt
		corrupt(&faulty)
		f := &Key{pub: s.pub, crt: &faulty}
		if _, err := f.BlindSign(blinded); !errors.Is(err, ErrFault) {
			t.Errorf("%s: %v, want ErrFault", name, err)
		}
		if g := leakedFactor(&faulty, mustNat(t, blinded, faulty.n)); g == nil {
			t.Errorf("%s: the faulty signature does not reveal a factor", name)
		}
	}
	if _, err := s.BlindSign(blinded); err != nil {
		t.Fatalf("the original signer was altered: %v", err)
	}
}

// leakedFactor returns gcd(s^e - m, n) for the faulty s = m^d, if it is a
// proper factor of n.
func leakedFactor(k *crtKey, m *bigmod.Nat) *big.Int {
	n := new(big.Int).SetBytes(k.n.Nat().Bytes(k.n))
	s := new(big.Int).SetBytes(k.exp(m).Bytes(k.n))
	x := new(big.Int).Exp(s, big.NewInt(int64(k.e)), n)
	x.Sub(x, new(big.Int).SetBytes(m.Bytes(k.n)))
	g := new(big.Int).GCD(nil, nil, x.Mod(x, n), n)
	if g.Cmp(big.NewInt(1)) <= 0 || g.Cmp(n) >= 0 {
		return nil
	}
	return g
}

func flipLow(b []byte) []byte {
	c := append([]byte(nil), b...)
	c[len(c)-1] ^= 2
	return c
}

func mustNat(t *testing.T, b []byte, m *bigmod.Modulus) *bigmod.Nat {
	t.Helper()
	x, err := bigmod.NewNat().SetBytes(b, m)
	if err != nil {
		t.Fatal(err)
	}
	return x
}
