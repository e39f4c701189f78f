package voter

import (
	"crypto/subtle"
	"encoding/hex"
	"sync"

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
// whatever the points, including p = q and the identity.
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

// double returns 2p by algorithm 9 of the same paper, complete too.
func (p *point) double() *point {
	t0 := fmul(p.y, p.y)
	z3 := fadd(t0, t0)
	z3 = fadd(z3, z3)
	z3 = fadd(z3, z3)
	t1, t2 := fmul(p.y, p.z), fmul(b3, fmul(p.z, p.z))
	x3, y3 := fmul(t2, z3), fadd(t0, t2)
	z3 = fmul(t1, z3)
	t2 = fadd(fadd(t2, t2), t2)
	t0 = fsub(t0, t2)
	y3 = fadd(x3, fmul(t0, y3))
	x3 = fmul(t0, fmul(p.x, p.y))
	return &point{x: fadd(x3, x3), y: y3, z: z3}
}

// bytes is X || Y || Z, 96 bytes.
func (p *point) bytes() [96]byte {
	var b [96]byte
	copy(b[0:], p.x.Bytes(fieldP))
	copy(b[32:], p.y.Bytes(fieldP))
	copy(b[64:], p.z.Bytes(fieldP))
	return b
}

func pointFromBytes(b *[96]byte) *point {
	return &point{x: fieldElement(b[0:32]), y: fieldElement(b[32:64]), z: fieldElement(b[64:96])}
}

// multiples is 0·G, 1·G, …, 15·G as bytes, computed on first use: public
// values, looked up in constant time by lookup.
var multiples = sync.OnceValue(func() *[16][96]byte {
	var t [16][96]byte
	q := &point{x: fieldElement(nil), y: fieldElement([]byte{1}), z: fieldElement(nil)}
	for i := range t {
		t[i] = q.bytes()
		q = q.add(&generator)
	}
	return &t
})

// lookup returns digit·G (digit < 16), reading every entry of the table.
func lookup(digit byte) *point {
	var b [96]byte
	for i, m := range multiples() {
		subtle.ConstantTimeCopy(subtle.ConstantTimeByteEq(byte(i), digit), b[:], m[:])
	}
	return pointFromBytes(&b)
}

// baseMult returns k·G for a 32-byte big-endian scalar k, by a fixed
// window of 4 bits: for each digit of k from the top, 4 doublings and the
// addition of digit·G from a constant-time lookup, whatever k (digit 0
// adds the identity).
func baseMult(k *[32]byte) *point {
	r := lookup(0)
	for _, b := range k {
		for _, digit := range [2]byte{b >> 4, b & 15} {
			r = r.double().double().double().double()
			r = r.add(lookup(digit))
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
