package voter

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"

	"filippo.io/bigmod"
)

// nonces yields the deterministic ECDSA nonces of RFC 6979, section 3.2,
// with HMAC-SHA256 for the key d and the digest h: the first, then (if a
// signature with it fails, which has negligible probability) the next.
// These are the nonces of decred's NonceRFC6979(d, h, nil, nil, i) for
// i = 0, 1, …, as go-ethereum signs without cgo. Like decred, it puts the
// digest into the HMAC key as it is, where RFC 6979's bits2octets and
// libsecp256k1 (go-ethereum with cgo) reduce it mod n first: the nonces
// differ for a digest of n or more (probability about 2⁻¹²⁸ for a
// Keccak-256 output); both signatures are valid.
type nonces struct {
	k, v    []byte
	started bool
}

func newNonces(d, h *[32]byte) *nonces {
	g := &nonces{k: make([]byte, 32), v: bytes.Repeat([]byte{1}, 32)}
	g.k = g.mac(g.v, []byte{0}, d[:], h[:])
	g.v = g.mac(g.v)
	g.k = g.mac(g.v, []byte{1}, d[:], h[:])
	g.v = g.mac(g.v)
	return g
}

func (g *nonces) mac(parts ...[]byte) []byte {
	m := hmac.New(sha256.New, g.k)
	for _, p := range parts {
		m.Write(p)
	}
	return m.Sum(nil)
}

// next returns the next nonce in [1, n-1].
func (g *nonces) next() *bigmod.Nat {
	for {
		if g.started {
			g.k = g.mac(g.v, []byte{0})
			g.v = g.mac(g.v)
		}
		g.started = true
		g.v = g.mac(g.v)
		if k, err := bigmod.NewNat().SetBytes(g.v, orderN); err == nil && k.IsZero() == 0 {
			return k
		}
	}
}

// sign returns the ECDSA signature r || s || v of digest h by the key d
// (a scalar in [1, n-1], big-endian), as go-ethereum's crypto.Sign makes
// it but with v = 27 + the recovery id: RFC 6979 nonce k, R = k·G,
// r = R.x mod n, s = k⁻¹(h + r·d) mod n, then s = n - s if s > n/2 (low
// s, which flips the recovery id: the parity of R.y). flipped says whether
// s was negated, for the tests.
//
// A nonce whose R.x is n or more is skipped: ecrecover could not recover
// from it (v would be 29 or 30). Its probability is about 2⁻¹²⁷; there
// go-ethereum would sign with that nonce, here with the next.
func sign(d *[32]byte, h *[32]byte) (sig [65]byte, flipped bool) {
	dn, err := bigmod.NewNat().SetBytes(d[:], orderN)
	if err != nil {
		panic("voter: key out of range")
	}
	e, err := bigmod.NewNat().SetOverflowingBytes(h[:], orderN)
	if err != nil {
		panic(err)
	}
	g := newNonces(d, h)
	for {
		k := g.next()
		x, y := baseMult((*[32]byte)(k.Bytes(orderN))).affine()
		if bytes.Compare(x, nBytes) >= 0 {
			continue
		}
		r, _ := bigmod.NewNat().SetBytes(x, orderN)
		if r.IsZero() == 1 {
			continue
		}
		s := r.Mul(dn, orderN).Add(e, orderN)                  // h + r·d
		s.Mul(bigmod.NewNat().Exp(k, nMinus2, orderN), orderN) // · k⁻¹
		if s.IsZero() == 1 {
			continue
		}
		recid := y[31] & 1
		sb := s.Bytes(orderN)
		if bytes.Compare(sb, halfN) > 0 {
			sb = bigmod.NewNat().ExpandFor(orderN).Sub(s, orderN).Bytes(orderN)
			recid ^= 1
			flipped = true
		}
		copy(sig[:32], x)
		copy(sig[32:64], sb)
		sig[64] = 27 + recid
		return sig, flipped
	}
}
