package mix

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/tally/rank"
)

// seedTag is the domain tag of Seed.
const seedTag = "evote/v1/rank/seed"

// Seed is the seed of the lot of question index (from 0, in the
// manifest): SHA-256("evote/v1/rank/seed" || u32be(index) ||
// SHA-256(sorted rows)), the sorted rows being the concatenation, in
// ascending byte order, of every decrypted row encoded as w × u64be. It
// is a function of the multiset of the question's ballots alone: no
// mixer, trustee or validator chooses it, and the final order of the
// ballots does not change it.
func Seed(index int, rows [][]uint64) [32]byte {
	enc := make([][]byte, len(rows))
	for i, row := range rows {
		for _, v := range row {
			enc[i] = binary.BigEndian.AppendUint64(enc[i], v)
		}
	}
	slices.SortFunc(enc, bytes.Compare)
	inner := sha256.New()
	for _, e := range enc {
		inner.Write(e)
	}
	h := sha256.New()
	h.Write([]byte(seedTag))
	h.Write(binary.BigEndian.AppendUint32(nil, uint32(index)))
	h.Write(inner.Sum(nil))
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// Count is the count of one mixed question; the field of its method is
// set.
type Count struct {
	Question int // index in the manifest, from 0
	Method   string
	Seed     [32]byte
	IRV      *rank.IRVResult
	STV      *rank.STVResult
	Schulze  *rank.SchulzeResult
	MJ       *rank.MJResult
}

// CountQuestion counts question q (index in the manifest) from its
// decrypted rows (Decrypted.Rows of its list) by its method
// (docs/protocol.md, section 16), with the lot seeded by Seed. A row
// that breaks the answer rule, NotFound values included, is spoiled.
func CountQuestion(q *election.Question, index int, rows [][]uint64) (*Count, error) {
	c := &Count{Question: index, Method: q.Method, Seed: Seed(index, rows)}
	rq := rank.Question{Candidates: len(q.Options), Min: q.Min, Max: q.Max}
	if q.Type == election.Graded {
		rq.Grades = len(q.Grades)
		g, err := rank.NewGrades(rq)
		if err != nil {
			return nil, err
		}
		if err := addRows(g.Add, rows); err != nil {
			return nil, err
		}
		c.MJ = rank.MajorityJudgment(g, c.Seed[:])
		return c, nil
	}
	r, err := rank.NewRankings(rq)
	if err != nil {
		return nil, err
	}
	if err := addRows(r.Add, rows); err != nil {
		return nil, err
	}
	switch q.Method {
	case election.IRV:
		c.IRV = rank.IRV(r, c.Seed[:])
	case election.STV:
		c.STV, err = rank.STV(r, q.Seats, c.Seed[:])
	case election.Schulze:
		c.Schulze = rank.Schulze(r, c.Seed[:])
	default:
		err = fmt.Errorf("mix: question %d: method %q", index, q.Method)
	}
	if err != nil {
		return nil, err
	}
	return c, nil
}

// addRows adds every row; a spoiled row is counted as such by add.
func addRows(add func([]uint64) error, rows [][]uint64) error {
	for _, row := range rows {
		if err := add(row); err != nil && !errors.Is(err, rank.ErrSpoiled) {
			return err
		}
	}
	return nil
}
