package reglog

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/bits"
	"slices"
)

// NumBuckets is the number of buckets: one per value of a leaf's first
// byte.
const NumBuckets = 256

// PathLen is the number of hashes in a bucket's path: the height of the
// tree above the bucket roots.
const PathLen = 8

// Errors of a set of entries or of a bucket's check.
var (
	ErrDuplicate = errors.New("reglog: two entries with the same leaf")
	ErrBucket    = errors.New("reglog: entry in the wrong bucket")
	ErrOrder     = errors.New("reglog: bucket not in ascending order of leaf")
	ErrRoot      = errors.New("reglog: bucket and path do not hash to the root")
)

// Tree is the tree of a set of entries, with every bucket root and every
// interior node kept, so that a bucket and its path are read without
// hashing.
type Tree struct {
	buckets [NumBuckets][][]byte
	levels  [PathLen + 1][][32]byte // levels[0]: bucket roots; levels[PathLen]: the root
	n       int
}

// New checks the entries (each canonical, no leaf twice), in any order,
// and builds their tree. The tree keeps the entries' slices: the caller
// must not change them.
func New(entries [][]byte) (*Tree, error) {
	bs, err := Buckets(entries)
	if err != nil {
		return nil, err
	}
	t := &Tree{buckets: bs, n: len(entries)}
	t.levels[0] = make([][32]byte, NumBuckets)
	for b := range bs {
		t.levels[0][b] = BucketRoot(bs[b])
	}
	for j := 1; j <= PathLen; j++ {
		below := t.levels[j-1]
		t.levels[j] = make([][32]byte, len(below)/2)
		for i := range t.levels[j] {
			t.levels[j][i] = nodeHash(below[2*i], below[2*i+1])
		}
	}
	return t, nil
}

// Root returns the root of the set.
func (t *Tree) Root() [32]byte { return t.levels[PathLen][0] }

// Len returns the number of entries.
func (t *Tree) Len() int { return t.n }

// Bucket returns bucket b's entries, sorted by leaf.
func (t *Tree) Bucket(b uint8) [][]byte { return t.buckets[b] }

// Path returns bucket b's path: the sibling hashes from the bucket root
// up, the sibling of b at level 0 first.
func (t *Tree) Path(b uint8) [PathLen][32]byte {
	var p [PathLen][32]byte
	i := int(b)
	for j := range PathLen {
		p[j] = t.levels[j][i^1]
		i >>= 1
	}
	return p
}

// Entries returns every entry in tree order: by bucket, then by leaf.
func (t *Tree) Entries() [][]byte {
	out := make([][]byte, 0, t.n)
	for _, b := range t.buckets {
		out = append(out, b...)
	}
	return out
}

// Root checks the entries, in any order, and returns the root of their
// set.
func Root(entries [][]byte) ([32]byte, error) {
	t, err := New(entries)
	if err != nil {
		return [32]byte{}, err
	}
	return t.Root(), nil
}

// Path checks the entries, in any order, and returns bucket b's path in
// the tree of their set.
func Path(entries [][]byte, b uint8) ([PathLen][32]byte, error) {
	t, err := New(entries)
	if err != nil {
		return [PathLen][32]byte{}, err
	}
	return t.Path(b), nil
}

// Buckets checks the entries (each canonical, no leaf twice), in any
// order, and returns them split by the first byte of the leaf, each
// bucket sorted by leaf. The buckets hold the entries' slices.
func Buckets(entries [][]byte) ([NumBuckets][][]byte, error) {
	var bs [NumBuckets][][]byte
	for i, e := range entries {
		if _, _, err := ParseEntry(e); err != nil {
			return bs, fmt.Errorf("entry %d: %w", i, err)
		}
		bs[e[0]] = append(bs[e[0]], e)
	}
	for _, b := range bs {
		slices.SortFunc(b, compareLeaves)
		for i := 1; i < len(b); i++ {
			if compareLeaves(b[i-1], b[i]) == 0 {
				return bs, fmt.Errorf("%w: %x", ErrDuplicate, b[i][:LeafSize])
			}
		}
	}
	return bs, nil
}

// VerifyBucket checks that entries are bucket b of the set whose root is
// root, given b's path: each entry canonical, its leaf's first byte b,
// the leaves strictly ascending, and the bucket's root folded with the
// path equal to root. It needs nothing else from whoever served them.
func VerifyBucket(b uint8, entries [][]byte, path [PathLen][32]byte, root [32]byte) error {
	for i, e := range entries {
		if _, _, err := ParseEntry(e); err != nil {
			return fmt.Errorf("entry %d: %w", i, err)
		}
		if e[0] != b {
			return fmt.Errorf("%w: entry %d begins with %02x in bucket %02x", ErrBucket, i, e[0], b)
		}
		if i == 0 {
			continue
		}
		switch compareLeaves(entries[i-1], e) {
		case 0:
			return fmt.Errorf("entry %d: %w: %x", i, ErrDuplicate, e[:LeafSize])
		case 1:
			return fmt.Errorf("%w: entry %d", ErrOrder, i)
		}
	}
	node := BucketRoot(entries)
	for j := range PathLen {
		if b>>j&1 == 1 {
			node = nodeHash(path[j], node)
		} else {
			node = nodeHash(node, path[j])
		}
	}
	if node != root {
		return ErrRoot
	}
	return nil
}

// BucketRoot returns the Merkle Tree Hash (RFC 9162, section 2.1.1) of
// the byte strings d, in the order given.
func BucketRoot(d [][]byte) [32]byte {
	switch len(d) {
	case 0:
		return sha256.Sum256(nil)
	case 1:
		return leafHash(d[0])
	}
	k := 1 << (bits.Len(uint(len(d)-1)) - 1) // the largest power of two < len(d)
	return nodeHash(BucketRoot(d[:k]), BucketRoot(d[k:]))
}

func leafHash(d []byte) [32]byte {
	var buf [1 + MaxEntrySize]byte
	if len(d) > MaxEntrySize {
		return sha256.Sum256(append([]byte{0}, d...))
	}
	copy(buf[1:], d)
	return sha256.Sum256(buf[:1+len(d)])
}

func nodeHash(l, r [32]byte) [32]byte {
	var buf [1 + 64]byte
	buf[0] = 1
	copy(buf[1:], l[:])
	copy(buf[33:], r[:])
	return sha256.Sum256(buf[:])
}

func compareLeaves(a, b []byte) int { return bytes.Compare(a[:LeafSize], b[:LeafSize]) }

// ErrPath is returned by ParsePath for a path that is not PathLen hashes
// in lowercase hex.
var ErrPath = errors.New("reglog: malformed path")

// ParsePath reads a path as the registrar's API and the record carry it:
// exactly PathLen hashes, each 64 lowercase hex digits.
func ParsePath(hexes []string) ([PathLen][32]byte, error) {
	var p [PathLen][32]byte
	if len(hexes) != PathLen {
		return p, fmt.Errorf("%w: %d hashes, want %d", ErrPath, len(hexes), PathLen)
	}
	for j, h := range hexes {
		b, err := hex.DecodeString(h)
		if err != nil || len(b) != 32 || hex.EncodeToString(b) != h {
			return p, fmt.Errorf("%w: hash %d is not 64 lowercase hex digits", ErrPath, j)
		}
		p[j] = [32]byte(b)
	}
	return p, nil
}
