package mix

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/evote-org/evote/crypto/shuffle"
)

// FileVersion is the first byte of a mix file.
const FileVersion = 0x01

var (
	// ErrDecode is returned for a mix file or a mix share file that does
	// not decode for the election.
	ErrDecode = errors.New("mix: malformed file")
	// ErrLists is returned for lists that do not fit the election.
	ErrLists = errors.New("mix: lists do not fit the election")
)

// File is a mixer's output: for each mixed question (in manifest order),
// the shuffled list and the proof of the shuffle.
type File struct {
	Lists  []*shuffle.List
	Proofs []*shuffle.Proof
}

// Bytes encodes the mix file: 0x01 || u8(Q) || for each question
// u64be(len(list)) || list || u64be(len(proof)) || proof, list and proof
// as shuffle.List.Bytes and shuffle.Proof.Bytes.
func (f *File) Bytes() []byte {
	b := make([]byte, 0, FileSize(f.Lists[0].Len(), widths(f.Lists)))
	b = append(b, FileVersion, byte(len(f.Lists)))
	for q, l := range f.Lists {
		list, proof := l.Bytes(), f.Proofs[q].Bytes()
		b = append(binary.BigEndian.AppendUint64(b, uint64(len(list))), list...)
		b = append(binary.BigEndian.AppendUint64(b, uint64(len(proof))), proof...)
	}
	return b
}

// widths are the widths of lists.
func widths(lists []*shuffle.List) []int {
	w := make([]int, len(lists))
	for q, l := range lists {
		w[q] = l.Width()
	}
	return w
}

// FileSize is the length of the mix file of lists of n ballots and the
// given widths: 2 + Σ (16 + shuffle.Size(n, w) + shuffle.ProofSize(n, w)).
func FileSize(n int, widths []int) int64 {
	size := int64(2)
	for _, w := range widths {
		size += 16 + int64(shuffle.Size(n, w)) + int64(shuffle.ProofSize(n, w))
	}
	return size
}

// ParseFile decodes a mix file for an election whose lists have the given
// widths (Params.Widths). It refuses another version, another number of
// lists, a list of another width, lists of different lengths, a proof of
// another size, any length field but the exact one, bytes after the last
// proof, and anything shuffle.ParseList or shuffle.ParseProof refuses.
func ParseFile(b []byte, widths []int) (*File, error) {
	if len(widths) == 0 || len(b) < 2 || b[0] != FileVersion || int(b[1]) != len(widths) {
		return nil, fmt.Errorf("%w: mix file header, want version %d and %d lists", ErrDecode, FileVersion, len(widths))
	}
	f, rest := &File{}, b[2:]
	for q, w := range widths {
		enc, next, err := field(rest)
		if err != nil {
			return nil, fmt.Errorf("%w: list %d: %w", ErrDecode, q, err)
		}
		l, err := shuffle.ParseList(enc)
		if err != nil {
			return nil, fmt.Errorf("%w: list %d: %w", ErrDecode, q, err)
		}
		if l.Width() != w || l.Len() != f.rows(l) {
			return nil, fmt.Errorf("%w: list %d is %d ballots of %d, want width %d and the length of list 0", ErrDecode, q, l.Len(), l.Width(), w)
		}
		if enc, rest, err = field(next); err != nil {
			return nil, fmt.Errorf("%w: proof %d: %w", ErrDecode, q, err)
		}
		p, err := shuffle.ParseProof(enc, l.Len(), w)
		if err != nil {
			return nil, fmt.Errorf("%w: proof %d: %w", ErrDecode, q, err)
		}
		f.Lists, f.Proofs = append(f.Lists, l), append(f.Proofs, p)
	}
	if len(rest) != 0 {
		return nil, fmt.Errorf("%w: %d bytes after the last proof", ErrDecode, len(rest))
	}
	return f, nil
}

// rows is the length of the file's first list, or l's if it is the first.
func (f *File) rows(l *shuffle.List) int {
	if len(f.Lists) == 0 {
		return l.Len()
	}
	return f.Lists[0].Len()
}

// field splits u64be(n) || n bytes off b.
func field(b []byte) (data, rest []byte, err error) {
	if len(b) < 8 {
		return nil, nil, errors.New("truncated length")
	}
	n := binary.BigEndian.Uint64(b)
	if n > uint64(len(b)-8) {
		return nil, nil, fmt.Errorf("length %d, %d bytes left", n, len(b)-8)
	}
	return b[8 : 8+n], b[8+n:], nil
}
