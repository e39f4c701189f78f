package shuffle

import (
	"crypto/sha512"
	"encoding/binary"
	"fmt"

	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/internal/parallel"
)

// Bounds of a list, and so of anything a decoder allocates for one.
const (
	// MaxLen is the most ballots one shuffle takes: above the 1.5 million
	// voters of the largest city the system is built for, and small enough
	// that N·w ciphertexts stay far from every integer limit.
	MaxLen = 1 << 22
	// MaxWidth is the most ciphertexts per ballot: one per candidate, as
	// many as the options of a question (ballot.MaxOptions).
	MaxWidth = 64
)

// listHeaderSize is the version byte, u32be(N) and u32be(w).
const listHeaderSize = 1 + 4 + 4

// List is N ballots of w ciphertexts each: the input or the output of one
// shuffle. It is immutable.
type List struct {
	rows [][]*elgamal.Ciphertext
}

// NewList wraps rows, which must all have the same width; 1 ≤ N ≤ MaxLen
// and 1 ≤ w ≤ MaxWidth. The list shares the slices: do not modify them.
func NewList(rows [][]*elgamal.Ciphertext) (*List, error) {
	if len(rows) == 0 || len(rows) > MaxLen {
		return nil, fmt.Errorf("%w: %d ballots, want 1 to %d", ErrStatement, len(rows), MaxLen)
	}
	w := len(rows[0])
	if w == 0 || w > MaxWidth {
		return nil, fmt.Errorf("%w: %d ciphertexts per ballot, want 1 to %d", ErrStatement, w, MaxWidth)
	}
	for i, row := range rows {
		if len(row) != w {
			return nil, fmt.Errorf("%w: ballot %d has %d ciphertexts, ballot 0 has %d", ErrStatement, i, len(row), w)
		}
		for k, ct := range row {
			if ct == nil {
				return nil, fmt.Errorf("%w: ballot %d ciphertext %d is missing", ErrStatement, i, k)
			}
		}
	}
	return &List{rows: rows}, nil
}

// Len is N, the number of ballots.
func (l *List) Len() int { return len(l.rows) }

// Width is w, the number of ciphertexts per ballot.
func (l *List) Width() int { return len(l.rows[0]) }

// Row returns ballot i (from 0). Callers must not modify it.
func (l *List) Row(i int) []*elgamal.Ciphertext { return l.rows[i] }

// Size is the length of the encoding of a list of n ballots of width w.
func Size(n, w int) int { return listHeaderSize + n*w*elgamal.CiphertextSize }

// Bytes encodes the list: 0x01 || u32be(N) || u32be(w) || the N·w
// ciphertexts (A || B), ballot by ballot.
func (l *List) Bytes() []byte {
	b := make([]byte, 0, Size(l.Len(), l.Width()))
	b = append(b, Version)
	b = binary.BigEndian.AppendUint32(b, uint32(l.Len()))
	b = binary.BigEndian.AppendUint32(b, uint32(l.Width()))
	for _, row := range l.rows {
		for _, ct := range row {
			b = append(b, ct.Bytes()...)
		}
	}
	return b
}

// digest is SHA-512 of the encoding, computed without holding it.
func (l *List) digest() []byte {
	h := sha512.New()
	var head [listHeaderSize]byte
	head[0] = Version
	binary.BigEndian.PutUint32(head[1:], uint32(l.Len()))
	binary.BigEndian.PutUint32(head[5:], uint32(l.Width()))
	h.Write(head[:])
	for _, row := range l.rows {
		for _, ct := range row {
			h.Write(ct.Bytes())
		}
	}
	return h.Sum(nil)
}

// ParseList decodes a list, on every core. It refuses a wrong version,
// sizes out of bounds, a length that does not match the header, and any
// ciphertext that elgamal.ParseCiphertext refuses (non-canonical, the
// identity); the error names the first such ciphertext.
func ParseList(b []byte) (*List, error) {
	if len(b) < listHeaderSize {
		return nil, fmt.Errorf("%w: list of %d bytes", ErrDecode, len(b))
	}
	if b[0] != Version {
		return nil, fmt.Errorf("%w: list version %d", ErrDecode, b[0])
	}
	n64, w64 := uint64(binary.BigEndian.Uint32(b[1:])), uint64(binary.BigEndian.Uint32(b[5:]))
	if n64 == 0 || n64 > MaxLen || w64 == 0 || w64 > MaxWidth {
		return nil, fmt.Errorf("%w: list of %d ballots of %d ciphertexts", ErrDecode, n64, w64)
	}
	// In 64 bits: 64·N·w can pass 2^32 where int is 32 bits wide.
	if want := listHeaderSize + n64*w64*elgamal.CiphertextSize; uint64(len(b)) != want {
		return nil, fmt.Errorf("%w: list is %d bytes, want %d", ErrDecode, len(b), want)
	}
	n, w := int(n64), int(w64)
	rows := make([][]*elgamal.Ciphertext, n)
	body := b[listHeaderSize:]
	errs := make([]error, (n+parseChunk-1)/parseChunk)
	parallel.Chunks(n, parseChunk, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			rows[i] = make([]*elgamal.Ciphertext, w)
			for k := range rows[i] {
				at := (i*w + k) * elgamal.CiphertextSize
				ct, err := elgamal.ParseCiphertext(body[at : at+elgamal.CiphertextSize])
				if err != nil {
					errs[lo/parseChunk] = fmt.Errorf("%w: ballot %d ciphertext %d: %w", ErrDecode, i, k, err)
					return
				}
				rows[i][k] = ct
			}
		}
	})
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return &List{rows: rows}, nil
}

// parseChunk is how many ballots one goroutine of ParseList decodes at a
// time.
const parseChunk = 1024
