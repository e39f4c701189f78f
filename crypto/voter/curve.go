package voter

import (
	"encoding/hex"

	"filippo.io/bigmod"
)

// secp256k1 (SEC 2, section 2.4.1): y² = x³ + 7 over the field of p, with
// a base point G of prime order n. Field and scalar elements are
// bigmod.Nat, whose arithmetic is constant-time.
var (
	nBytes = mustHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
	fieldP = modulus(mustHex("fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f"))
	orderN = modulus(nBytes)

	// pMinus2 and nMinus2 are the exponents that invert by Fermat's
	// little theorem, in constant time.
	pMinus2 = mustHex("fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2d")
	nMinus2 = mustHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd036413f")
	// halfN is ⌊n/2⌋: a signature's s must not exceed it (low s).
	halfN = mustHex("7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0")

	generator = point{
		x: fieldElement(mustHex("79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798")),
		y: fieldElement(mustHex("483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8")),
		z: fieldElement([]byte{1}),
	}
	// b3 is 3b = 21, the constant of the addition formulas.
	b3 = fieldElement([]byte{21})
)

func mustHex(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

func modulus(b []byte) *bigmod.Modulus {
	m, err := bigmod.NewModulus(b)
	if err != nil {
		panic(err)
	}
	return m
}

func fieldElement(b []byte) *bigmod.Nat {
	x, err := bigmod.NewNat().SetBytes(b, fieldP)
	if err != nil {
		panic(err)
	}
	return x
}

// point is a point in projective coordinates (X : Y : Z), the affine
// point (X/Z, Y/Z); the identity is (0 : 1 : 0).
type point struct{ x, y, z *bigmod.Nat }

// Field operations returning a new element, mod p.
func fadd(a, b *bigmod.Nat) *bigmod.Nat { return fcopy(a).Add(b, fieldP) }
func fsub(a, b *bigmod.Nat) *bigmod.Nat { return fcopy(a).Sub(b, fieldP) }
func fmul(a, b *bigmod.Nat) *bigmod.Nat { return fcopy(a).Mul(b, fieldP) }

func fcopy(a *bigmod.Nat) *bigmod.Nat {
	return bigmod.NewNat().ExpandFor(fieldP).Add(a, fieldP)
}

// add returns p + q by the complete formulas for a = 0 of Renes,
// Costello and Batina, "Complete addition formulas for prime order
// elliptic curves" (EUROCRYPT 2016), algorithm 7: the same operations
// whatever the points, including p = q and the identity, so they also
// double.
func (p *point) add(q *point) *point {
	t0, t1, t2 := fmul(p.x, q.x), fmul(p.y, q.y), fmul(p.z, q.z)
	t3 := fsub(fmul(fadd(p.x, p.y), fadd(q.x, q.y)), fadd(t0, t1)) // X1Y2 + X2Y1
	t4 := fsub(fmul(fadd(p.y, p.z), fadd(q.y, q.z)), fadd(t1, t2)) // Y1Z2 + Y2Z1
	y3 := fsub(fmul(fadd(p.x, p.z), fadd(q.x, q.z)), fadd(t0, t2)) // X1Z2 + X2Z1
	t0 = fadd(fadd(t0, t0), t0)
	t2 = fmul(b3, t2)
	z3 := fadd(t1, t2)
	t1 = fsub(t1, t2)
	y3 = fmul(b3, y3)
	return &point{
		x: fsub(fmul(t3, t1), fmul(t4, y3)),
		y: fadd(fmul(t1, z3), fmul(y3, t0)),
		z: fadd(fmul(z3, t4), fmul(t0, t3)),
	}
}

// choose returns q if bit is 1 and p if it is 0, in constant time:
// p + bit·(q - p), coordinate by coordinate.
func (p *point) choose(bit uint, q *point) *point {
	c := bigmod.NewNat().SetUint(bit).ExpandFor(fieldP)
	pick := func(a, b *bigmod.Nat) *bigmod.Nat { return fadd(a, fmul(c, fsub(b, a))) }
	return &point{x: pick(p.x, q.x), y: pick(p.y, q.y), z: pick(p.z, q.z)}
}

// baseMult returns k·G for a 32-byte big-endian scalar k, by double and
// add always: 256 doublings, 256 additions and 256 constant-time choices,
// whatever k. No table of multiples of G is used.
func baseMult(k *[32]byte) *point {
	r := &point{x: fieldElement(nil), y: fieldElement([]byte{1}), z: fieldElement(nil)}
	for _, b := range k {
		for i := 7; i >= 0; i-- {
			r = r.add(r)
			r = r.choose(uint(b>>i)&1, r.add(&generator))
		}
	}
	return r
}

// affine returns the big-endian coordinates x and y of p, which must not
// be the identity.
func (p *point) affine() (x, y []byte) {
	zinv := bigmod.NewNat().Exp(p.z, pMinus2, fieldP)
	return fmul(p.x, zinv).Bytes(fieldP), fmul(p.y, zinv).Bytes(fieldP)
}
