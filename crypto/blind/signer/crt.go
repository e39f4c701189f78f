package signer

import (
	"crypto/rsa"
	"errors"
	"fmt"
	"github.com/evote-org/evote/crypto/blind"
	"math/big"

	"filippo.io/bigmod"
)

// crtKey is the private key in the form the constant-time private
// operation uses. It is read-only after newCRTKey, so one crtKey serves
// concurrent signers.
type crtKey struct {
	n, p, q *bigmod.Modulus
	dp, dq  []byte      // d mod p-1, d mod q-1, padded to the size of p, q
	qinv    *bigmod.Nat // q^-1 mod p
	qn      *bigmod.Nat // q mod n
	e       uint
}

// newCRTKey derives the CRT parameters from a validated two-prime key. It
// uses math/big, which is variable time; it runs once per key load.
func newCRTKey(sk *rsa.PrivateKey) (*crtKey, error) {
	P, Q := sk.Primes[0], sk.Primes[1]
	one := big.NewInt(1)
	dp := new(big.Int).Mod(sk.D, new(big.Int).Sub(P, one))
	dq := new(big.Int).Mod(sk.D, new(big.Int).Sub(Q, one))
	qinv := new(big.Int).ModInverse(Q, P)
	if qinv == nil {
		return nil, fmt.Errorf("%w: q has no inverse mod p", blind.ErrKey)
	}
	n, err1 := bigmod.NewModulus(sk.N.Bytes())
	p, err2 := bigmod.NewModulus(P.Bytes())
	q, err3 := bigmod.NewModulus(Q.Bytes())
	if err := errors.Join(err1, err2, err3); err != nil {
		return nil, fmt.Errorf("%w: %w", blind.ErrKey, err)
	}
	k := &crtKey{n: n, p: p, q: q, e: uint(sk.E)}
	k.dp = dp.FillBytes(make([]byte, p.Size()))
	k.dq = dq.FillBytes(make([]byte, q.Size()))
	k.qinv, err1 = bigmod.NewNat().SetBytes(qinv.Bytes(), p)
	k.qn, err2 = bigmod.NewNat().SetBytes(Q.Bytes(), n)
	if err := errors.Join(err1, err2); err != nil {
		return nil, fmt.Errorf("%w: %w", blind.ErrKey, err)
	}
	return k, nil
}

// sign range-checks the blinded message, exponentiates and checks the
// result before releasing it (Boneh, DeMillo, Lipton, "On the importance
// of checking cryptographic protocols for faults", EUROCRYPT 1997).
func (k *crtKey) sign(blinded []byte) ([]byte, error) {
	if len(blinded) != k.n.Size() {
		return nil, fmt.Errorf("%w: %d bytes, want %d", ErrBlindedMessage, len(blinded), k.n.Size())
	}
	m, err := bigmod.NewNat().SetBytes(blinded, k.n)
	if err != nil {
		return nil, fmt.Errorf("%w: not below the modulus", ErrBlindedMessage)
	}
	if m.IsZero() == 1 {
		return nil, fmt.Errorf("%w: zero", ErrBlindedMessage)
	}
	s := k.exp(m)
	if bigmod.NewNat().ExpShortVarTime(s, k.e, k.n).Equal(m) != 1 {
		return nil, ErrFault
	}
	return s.Bytes(k.n), nil
}

// exp returns m^d mod n by Garner's CRT recombination:
// s = s2 + q * (qinv * (s1 - s2) mod p), with s1 = m^dp mod p and
// s2 = m^dq mod q. Every step is constant time.
func (k *crtKey) exp(m *bigmod.Nat) *bigmod.Nat {
	t := bigmod.NewNat()
	s1 := bigmod.NewNat().Exp(t.Mod(m, k.p), k.dp, k.p)
	s2 := bigmod.NewNat().Exp(t.Mod(m, k.q), k.dq, k.q)
	h := s1.Sub(t.Mod(s2, k.p), k.p).Mul(k.qinv, k.p)
	s := h.ExpandFor(k.n).Mul(k.qn, k.n)
	return s.Add(s2.ExpandFor(k.n), k.n)
}
