package relay

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/evote-org/evote/ballotbox"
)

// record is one outbox entry as stored: a cast accepted by the relay and,
// once done, what became of it. A done record drops the cast's bytes and
// its time of acceptance (which only orders the pending entries): the
// relay keeps no time that could link a ballot to a connection.
type record struct {
	Pseudonym common.Address
	Phase     Phase
	Reason    Reason
	Accepted  time.Time
	Block     uint64
	TxHash    common.Hash
	Hash      common.Hash // Keccak-256 of the ballot
	// Sum is castSum of the whole cast (zero in a record of version 1),
	// kept after the cast's bytes are dropped at inclusion: a cast with
	// the same ballot but another token or signature is another cast.
	Sum  common.Hash
	Cast ballotbox.Cast
}

// recordVersion is the first byte of every record stored; records of
// version 1, stored before Sum was, are still read.
const recordVersion = 2

// newRecord is the record of a cast just accepted.
func newRecord(c ballotbox.Cast, now time.Time) *record {
	return &record{Pseudonym: c.Pseudonym, Phase: Accepted, Accepted: now,
		Hash: crypto.Keccak256Hash(c.Ballot), Sum: castSum(c), Cast: c}
}

// castSum is the Keccak-256 of a cast's token, ballot and signature,
// each with its length (u32).
func castSum(c ballotbox.Cast) common.Hash {
	var b []byte
	for _, f := range [][]byte{c.Token, c.Ballot, c.Signature} {
		b = binary.BigEndian.AppendUint32(b, uint32(len(f)))
		b = append(b, f...)
	}
	return crypto.Keccak256Hash(b)
}

// Tracker is the record's tracker code.
func (r *record) Tracker() Tracker {
	var t Tracker
	copy(t[:], r.Hash[:])
	return t
}

// Status is what the record says of its cast.
func (r *record) Status() Status {
	return Status{Phase: r.Phase, Tracker: r.Tracker(), Block: r.Block, TxHash: r.TxHash, Reason: r.Reason}
}

// encode lays the record out as: version, phase, u8 len + reason,
// u64 accepted (Unix ns), u64 block, tx hash, ballot hash, cast sum
// (not in version 1), and, while accepted, u32 len + token, u32 len +
// ballot, u32 len + signature. The pseudonym is the key.
func (r *record) encode() []byte {
	b := []byte{recordVersion, byte(r.Phase), byte(len(r.Reason))}
	b = append(b, r.Reason...)
	var at int64
	if !r.Accepted.IsZero() {
		at = r.Accepted.UnixNano()
	}
	b = binary.BigEndian.AppendUint64(b, uint64(at))
	b = binary.BigEndian.AppendUint64(b, r.Block)
	b = append(b, r.TxHash[:]...)
	b = append(b, r.Hash[:]...)
	b = append(b, r.Sum[:]...)
	if r.Phase == Accepted {
		for _, f := range [][]byte{r.Cast.Token, r.Cast.Ballot, r.Cast.Signature} {
			b = binary.BigEndian.AppendUint32(b, uint32(len(f)))
			b = append(b, f...)
		}
	}
	return b
}

var errRecord = errors.New("relay: corrupt outbox record")

// decodeRecord is the inverse of encode.
func decodeRecord(pseudonym common.Address, b []byte) (*record, error) {
	fixed := 80 // accepted, block, tx hash, ballot hash
	if len(b) > 0 && b[0] == recordVersion {
		fixed += 32 // the cast sum
	}
	if len(b) < 3 || b[0] < 1 || b[0] > recordVersion || len(b) < 3+int(b[2])+fixed {
		return nil, fmt.Errorf("%w of %s", errRecord, pseudonym)
	}
	r := &record{Pseudonym: pseudonym, Phase: Phase(b[1]), Reason: Reason(b[3 : 3+b[2]])}
	b = b[3+b[2]:]
	if at := int64(binary.BigEndian.Uint64(b)); at != 0 {
		r.Accepted = time.Unix(0, at)
	}
	r.Block = binary.BigEndian.Uint64(b[8:])
	r.TxHash = common.BytesToHash(b[16:48])
	r.Hash = common.BytesToHash(b[48:80])
	if fixed > 80 {
		r.Sum = common.BytesToHash(b[80:112])
	}
	b = b[fixed:]
	if r.Phase == Accepted {
		r.Cast.Pseudonym = pseudonym
		for _, f := range []*[]byte{&r.Cast.Token, &r.Cast.Ballot, &r.Cast.Signature} {
			if len(b) < 4 || uint64(len(b)-4) < uint64(binary.BigEndian.Uint32(b)) {
				return nil, fmt.Errorf("%w of %s", errRecord, pseudonym)
			}
			n := binary.BigEndian.Uint32(b)
			*f, b = append([]byte{}, b[4:4+n]...), b[4+n:]
		}
	}
	if len(b) != 0 || r.Phase < Accepted || r.Phase > Rejected {
		return nil, fmt.Errorf("%w of %s", errRecord, pseudonym)
	}
	if r.Sum == (common.Hash{}) && r.Phase == Accepted {
		r.Sum = castSum(r.Cast) // version 1
	}
	return r, nil
}
