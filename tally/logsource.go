package tally

import (
	"context"
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/common"
)

// LogSource reads the registration log of an election: the chain holds
// its roots, the registrar (RegistrarLog) or a record (ReadLog) its
// entries.
type LogSource func(ctx context.Context, electionID common.Hash) (*Log, error)

// ReadLog reads the registration log from a record (its roll and issued
// lines), for a verifier that reads the rest from the chain. The lines
// are checked against the chain, not here.
func ReadLog(r io.Reader) LogSource {
	return func(context.Context, common.Hash) (*Log, error) {
		rd := NewReader(r)
		l := &Log{}
		for {
			typ, line, err := rd.Next()
			switch {
			case err == io.EOF || typ == TypeCast || typ == TypeTally:
				return l, nil
			case err != nil:
				return nil, err
			case typ == TypeRoll:
				var x RollLine
				if err := Unmarshal(line, &x); err != nil {
					return nil, fmt.Errorf("line %d: %w", rd.Line(), err)
				}
				l.Roll = append(l.Roll, x.Entries...)
			case typ == TypeIssued:
				var x IssuedLine
				if err := Unmarshal(line, &x); err != nil {
					return nil, fmt.Errorf("line %d: %w", rd.Line(), err)
				}
				if x.Interval == 0 || x.Interval > 1<<20 {
					return nil, fmt.Errorf("%w: line %d: interval %d", ErrRecord, rd.Line(), x.Interval)
				}
				for uint64(len(l.Intervals)) < x.Interval {
					l.Intervals = append(l.Intervals, [][]byte{})
				}
				l.Intervals[x.Interval-1] = append(l.Intervals[x.Interval-1], x.Entries...)
			}
		}
	}
}
