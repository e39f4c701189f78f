package msm

import (
	"encoding/binary"
	"math/bits"

	"github.com/gtank/ristretto255"
)

// scalarBits bounds the bit length of a canonical scalar: ℓ < 2^253.
const scalarBits = 253

// maxWidth is the widest window whose signed digits fit an int16.
const maxWidth = 15

// digits holds the signed base-2^c digits of n scalars, window-major so
// that one window's digits are contiguous. Each digit lies in
// [-2^(c-1), 2^(c-1)] and scalar i = Σⱼ d[j·n+i]·2^(c·j) (Booth recoding).
type digits struct {
	c       uint
	n       int
	d       []int16
	nonzero []int // nonzero[j] counts the scalars with a non-zero digit j
}

// windows is the number of c-bit signed digits of a scalar below 2^253.
// It makes c·windows ≥ 254, so the top digit never carries.
func windows(c uint) int { return scalarBits/int(c) + 1 }

// newDigits recodes every scalar once, reading its canonical encoding.
func newDigits(scalars []*ristretto255.Scalar, c uint) *digits {
	n, w := len(scalars), windows(c)
	d := &digits{c: c, n: n, d: make([]int16, n*w), nonzero: make([]int, w)}
	var buf [32]byte
	for i, s := range scalars {
		d.recode(i, s.Encode(buf[:0]))
	}
	return d
}

// window returns the digits of window j, one per scalar.
func (d *digits) window(j int) []int16 { return d.d[j*d.n : (j+1)*d.n] }

// recode writes the digits of scalar i, given its 32-byte little-endian
// encoding b. It stops at the scalar's top bit, so a short scalar leaves
// its high windows zero at no cost.
func (d *digits) recode(i int, b []byte) {
	var limbs [4]uint64
	top := 0
	for k := range limbs {
		limbs[k] = binary.LittleEndian.Uint64(b[8*k:])
		if limbs[k] != 0 {
			top = 64*k + bits.Len64(limbs[k])
		}
	}
	mask, half := uint64(1)<<d.c-1, uint64(1)<<(d.c-1)
	carry := uint64(0)
	for j, off := 0, uint(0); int(off) < top || carry != 0; j, off = j+1, off+d.c {
		v := bitsAt(&limbs, off, mask) + carry
		digit := int64(v)
		carry = 0
		if v > half {
			digit -= int64(1) << d.c
			carry = 1
		}
		if digit != 0 {
			d.d[j*d.n+i] = int16(digit)
			d.nonzero[j]++
		}
	}
}

// bitsAt returns the bits [off, off+width) of the 256-bit little-endian
// integer l, where mask = 2^width - 1.
func bitsAt(l *[4]uint64, off uint, mask uint64) uint64 {
	k, sh := off/64, off%64
	if k >= 4 {
		return 0
	}
	v := l[k] >> sh
	if sh != 0 && k+1 < 4 {
		v |= l[k+1] << (64 - sh)
	}
	return v & mask
}
