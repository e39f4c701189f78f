package ballot

import (
	"fmt"

	"github.com/evote-org/evote/crypto/group"
	"github.com/gtank/ristretto255"
)

// openingEntrySize is one option of an encoded opening: choice byte, nonce.
const openingEntrySize = 1 + group.ScalarSize

// Bytes encodes the opening: version byte 0x01, then per question, per
// option, one byte, its value (0x00 or 0x01 for a choice), and the
// 32-byte nonce.
func (o *Opening) Bytes() []byte {
	out := []byte{Version}
	for qi, values := range o.Values {
		for oi, v := range values {
			out = append(out, v)
			out = o.Nonces[qi][oi].Encode(out)
		}
	}
	return out
}

// ParseOpening decodes an opening for election e.
func ParseOpening(e *Election, data []byte) (*Opening, error) {
	if err := e.Validate(); err != nil {
		return nil, err
	}
	n := 0
	for _, q := range e.Questions {
		n += q.Options
	}
	if len(data) != 1+n*openingEntrySize || data[0] != Version {
		return nil, fmt.Errorf("%w: opening is %d bytes or has the wrong version", ErrDecode, len(data))
	}
	o := &Opening{Values: make([][]uint8, len(e.Questions)), Nonces: make([][]*ristretto255.Scalar, len(e.Questions))}
	rest := data[1:]
	for qi, q := range e.Questions {
		o.Values[qi] = make([]uint8, q.Options)
		o.Nonces[qi] = make([]*ristretto255.Scalar, q.Options)
		for oi := range q.Options {
			if int(rest[0]) > q.Top() {
				return nil, fmt.Errorf("%w: opening value byte %d above %d", ErrDecode, rest[0], q.Top())
			}
			r, err := group.DecodeScalar(rest[1:openingEntrySize])
			if err != nil {
				return nil, fmt.Errorf("%w: opening nonce: %w", ErrDecode, err)
			}
			o.Values[qi][oi], o.Nonces[qi][oi] = rest[0], r
			rest = rest[openingEntrySize:]
		}
	}
	return o, nil
}
