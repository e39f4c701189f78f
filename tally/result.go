package tally

import (
	"encoding/binary"
	"fmt"
)

// ResultVersion is the first byte of an encoded result.
const ResultVersion = 0x01

// Result is the result the commission publishes on the contract.
type Result struct {
	ReadBlock uint64   // the block the tally read the chain at
	Casts     uint64   // casts on the chain
	Counted   uint64   // casts counted
	Counts    []uint64 // per option of the choice questions, in order
}

// EncodeResult encodes a result (docs/record.md): 0x01 || u64be(read
// block) || u64be(casts) || u64be(counted) || u16be(options) || u64be
// per option. The manifest limits ballots to 16 KiB, so at most 56
// options: the result stays far below the contract's 8 KiB.
func EncodeResult(h *Header, counted uint64, counts []uint64) []byte {
	b := []byte{ResultVersion}
	b = binary.BigEndian.AppendUint64(b, h.ReadBlock)
	b = binary.BigEndian.AppendUint64(b, h.Casts)
	b = binary.BigEndian.AppendUint64(b, counted)
	b = binary.BigEndian.AppendUint16(b, uint16(len(counts)))
	for _, c := range counts {
		b = binary.BigEndian.AppendUint64(b, c)
	}
	return b
}

// ParseResult decodes a published result.
func ParseResult(b []byte) (*Result, error) {
	if len(b) < 27 || b[0] != ResultVersion {
		return nil, fmt.Errorf("%w: result of %d bytes, version %v", ErrRecord, len(b), b[:min(len(b), 1)])
	}
	n := int(binary.BigEndian.Uint16(b[25:27]))
	if len(b) != 27+8*n {
		return nil, fmt.Errorf("%w: result of %d bytes for %d options", ErrRecord, len(b), n)
	}
	r := &Result{
		ReadBlock: binary.BigEndian.Uint64(b[1:]),
		Casts:     binary.BigEndian.Uint64(b[9:]),
		Counted:   binary.BigEndian.Uint64(b[17:]),
		Counts:    make([]uint64, n),
	}
	for o := range r.Counts {
		r.Counts[o] = binary.BigEndian.Uint64(b[27+8*o:])
	}
	return r, nil
}
