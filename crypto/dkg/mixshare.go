package dkg

import (
	"encoding/binary"
	"fmt"

	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/crypto/proof"
	"github.com/evote-org/evote/crypto/shuffle"
	"github.com/evote-org/evote/internal/parallel"
	"github.com/gtank/ristretto255"
)

// MaxMixLists bounds the lists of a mix decryption: one per ranked or
// graded question, at most the questions of a ballot (ballot.MaxQuestions).
const MaxMixLists = 32

// mixChunk is how many entries one goroutine decodes, proves or verifies
// at a time, and how many DLEQ proofs share one batch equation (about
// 16,000 terms, where the bucket method is already near its best per
// term; a failed chunk is re-checked proof by proof).
const mixChunk = 4096

// MixShares is one list's part of a mix decryption: for ballot i and
// candidate k, Shares[i·Width+k] = s_j·A_{i,k} and its proof.
type MixShares struct {
	Width  int
	Shares []*ristretto255.Element
	Proofs []*proof.DLEQ
}

// Rows is the number of ballots.
func (m *MixShares) Rows() int { return len(m.Shares) / m.Width }

// MixDecryption is trustee j's share of the decryption of the final lists
// of a mix (docs/protocol.md, section 14.9): for every ciphertext (A, B)
// of every list, D = s_j·A with a proof that log_G Y_j = log_A D. Treat it
// as immutable.
type MixDecryption struct {
	Trustee int
	Lists   []MixShares
}

// MixDecryptionSize is the length of the mix decryption of lists of n
// ballots and the given widths: 4 + Σ (8 + 128·n·w).
func MixDecryptionSize(n int, widths []int) int64 {
	size := int64(4)
	for _, w := range widths {
		size += 8 + int64(n)*int64(w)*partialEntrySize
	}
	return size
}

// Bytes encodes the mix decryption: 0x01 0x05 || trustee (1 byte) ||
// u8(Q) || for each list u32be(N) || u32be(w) || N·w × (D || a || b || z),
// ballot by ballot.
func (d *MixDecryption) Bytes() []byte {
	widths := make([]int, len(d.Lists))
	for q, l := range d.Lists {
		widths[q] = l.Width
	}
	size := MixDecryptionSize(d.Lists[0].Rows(), widths)
	b := append(header(KindMixShare, int(size)), byte(d.Trustee), byte(len(d.Lists)))
	for _, l := range d.Lists {
		b = binary.BigEndian.AppendUint32(b, uint32(l.Rows()))
		b = binary.BigEndian.AppendUint32(b, uint32(l.Width))
		for e, s := range l.Shares {
			b = append(s.Encode(b), l.Proofs[e].Bytes()...)
		}
	}
	return b
}

// ParseMixDecryption decodes a mix decryption. It refuses another version
// or kind, a trustee index out of 1 to MaxTrustees, 0 or more than
// MaxMixLists lists, lists of 0 or more than shuffle.MaxLen ballots or of
// 0 or more than shuffle.MaxWidth ciphertexts per ballot, lists of
// different lengths, any length but the exact one, and every element or
// scalar section 1 refuses. It checks the encoding only;
// Result.VerifyMixDecryption checks it against the lists.
func ParseMixDecryption(b []byte) (*MixDecryption, error) {
	if err := checkHeader(b, KindMixShare, 4, "mix decryption"); err != nil {
		return nil, err
	}
	if b[2] == 0 || b[2] > MaxTrustees {
		return nil, fmt.Errorf("%w: trustee index %d", ErrDecode, b[2])
	}
	q := int(b[3])
	if q == 0 || q > MaxMixLists {
		return nil, fmt.Errorf("%w: %d lists, want 1 to %d", ErrDecode, q, MaxMixLists)
	}
	bodies, widths, err := splitMixLists(b[4:], q)
	if err != nil {
		return nil, err
	}
	d := &MixDecryption{Trustee: int(b[2]), Lists: make([]MixShares, q)}
	for l, body := range bodies {
		if d.Lists[l], err = parseMixShares(body, widths[l]); err != nil {
			return nil, fmt.Errorf("%w: list %d: %w", ErrDecode, l, err)
		}
	}
	return d, nil
}

// splitMixLists checks the headers and lengths of q lists and returns
// their entries and widths, before anything is allocated for them.
func splitMixLists(b []byte, q int) ([][]byte, []int, error) {
	bodies, widths := make([][]byte, q), make([]int, q)
	var rows uint32
	for l := range q {
		if len(b) < 8 {
			return nil, nil, fmt.Errorf("%w: list %d: truncated header", ErrDecode, l)
		}
		n, w := binary.BigEndian.Uint32(b), binary.BigEndian.Uint32(b[4:])
		switch {
		case n == 0 || n > shuffle.MaxLen || w == 0 || w > shuffle.MaxWidth:
			return nil, nil, fmt.Errorf("%w: list %d of %d ballots of %d ciphertexts", ErrDecode, l, n, w)
		case l > 0 && n != rows:
			return nil, nil, fmt.Errorf("%w: list %d has %d ballots, list 0 has %d", ErrDecode, l, n, rows)
		}
		rows = n
		// In 64 bits: 128·N·w passes 2^32 where int is 32 bits wide.
		size := uint64(n) * uint64(w) * partialEntrySize
		if uint64(len(b)-8) < size {
			return nil, nil, fmt.Errorf("%w: list %d: %d bytes, want %d", ErrDecode, l, len(b)-8, size)
		}
		bodies[l], widths[l], b = b[8:8+size], int(w), b[8+size:]
	}
	if len(b) != 0 {
		return nil, nil, fmt.Errorf("%w: %d bytes after the last list", ErrDecode, len(b))
	}
	return bodies, widths, nil
}

// parseMixShares decodes the entries of one list, on every core.
func parseMixShares(b []byte, w int) (MixShares, error) {
	n := len(b) / partialEntrySize
	m := MixShares{Width: w, Shares: make([]*ristretto255.Element, n), Proofs: make([]*proof.DLEQ, n)}
	errs := make([]error, (n+mixChunk-1)/mixChunk)
	parallel.Chunks(n, mixChunk, func(lo, hi int) {
		for e := lo; e < hi && errs[lo/mixChunk] == nil; e++ {
			entry := b[e*partialEntrySize : (e+1)*partialEntrySize]
			d, err := group.DecodeElement(entry[:group.ElementSize])
			if err == nil {
				m.Proofs[e], err = proof.ParseDLEQ(entry[group.ElementSize:])
			}
			if err != nil {
				errs[lo/mixChunk] = fmt.Errorf("ballot %d candidate %d: %w", e/w, e%w, err)
			}
			m.Shares[e] = d
		}
	})
	return m, firstError(errs)
}

// firstError is the first non-nil error of errs, by position.
func firstError(errs []error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// CheckMixLists checks lists for a mix decryption: 1 to MaxMixLists of
// them, all of the same number of ballots, no ciphertext with A the
// identity (which decrypts without any trustee and cannot be proved).
func CheckMixLists(lists []*shuffle.List) error {
	if len(lists) == 0 || len(lists) > MaxMixLists {
		return fmt.Errorf("%w: %d lists, want 1 to %d", ErrCiphertexts, len(lists), MaxMixLists)
	}
	for l, list := range lists {
		switch {
		case list == nil:
			return fmt.Errorf("%w: list %d is missing", ErrCiphertexts, l)
		case list.Len() != lists[0].Len():
			return fmt.Errorf("%w: list %d has %d ballots, list 0 has %d", ErrCiphertexts, l, list.Len(), lists[0].Len())
		}
		for i := range list.Len() {
			for k, ct := range list.Row(i) {
				if group.IsIdentity(ct.A()) {
					return fmt.Errorf("%w: list %d ballot %d ciphertext %d is not randomised", ErrCiphertexts, l, i, k)
				}
			}
		}
	}
	return nil
}

// MixEntry is the ciphertext of entry e of list: ballot e/w, candidate
// e mod w.
func MixEntry(list *shuffle.List, e int) (ballot, candidate int, ct *elgamal.Ciphertext) {
	w := list.Width()
	return e / w, e % w, list.Row(e / w)[e%w]
}
