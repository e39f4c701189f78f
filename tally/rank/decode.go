package rank

import (
	"errors"
	"fmt"
	"math/bits"
)

// MaxCandidates bounds the candidates of a question (ballot.MaxOptions).
const MaxCandidates = 64

var (
	// ErrSpoiled is returned for a decrypted ballot that breaks the
	// answer rule; the count counts it as spoiled.
	ErrSpoiled = errors.New("rank: spoiled ballot")
	// ErrQuestion is returned for a question the functions cannot count:
	// no candidate, too many, bounds out of order.
	ErrQuestion = errors.New("rank: malformed question")
)

// Question is what a count needs of a ranked or graded question: its
// number of candidates, how many of them a valid ballot ranks or grades
// (Min to Max), and for a graded one the number of grades.
type Question struct {
	Candidates int
	Min, Max   int
	Grades     int // graded only: grades 1 (best) to Grades
}

func (q Question) validate(graded bool) error {
	if q.Candidates < 1 || q.Candidates > MaxCandidates || q.Min < 0 || q.Min > q.Max || q.Max > q.Candidates ||
		(!graded && q.Max < 1) || (graded && (q.Grades < 2 || q.Grades > 255)) || (!graded && q.Grades != 0) {
		return fmt.Errorf("%w: %+v", ErrQuestion, q)
	}
	return nil
}

// DecodeRanking reads a decrypted ranked ballot, values[c] the rank of
// candidate c (0: unranked), and returns the candidates from first
// preference down. It returns ErrSpoiled unless the values are the ranks
// 1 to j, once each, with q.Min <= j <= q.Max (docs/protocol.md, section
// 15.1); an empty ranking (j = 0, allowed when q.Min is 0) is blank.
func DecodeRanking(q Question, values []uint64) ([]int, error) {
	if err := q.validate(false); err != nil {
		return nil, err
	}
	if len(values) != q.Candidates {
		return nil, fmt.Errorf("%w: %d values for %d candidates", ErrSpoiled, len(values), q.Candidates)
	}
	order := make([]int, q.Max)
	var seen uint64 // bit r−1: rank r given
	for c, v := range values {
		if v == 0 {
			continue
		}
		if v > uint64(q.Max) {
			return nil, fmt.Errorf("%w: rank %d above %d", ErrSpoiled, v, q.Max)
		}
		if seen&(1<<(v-1)) != 0 {
			return nil, fmt.Errorf("%w: two candidates ranked %d", ErrSpoiled, v)
		}
		seen |= 1 << (v - 1)
		order[v-1] = c
	}
	j := bits.TrailingZeros64(^seen) // ranks 1 to j given
	if seen>>j != 0 {
		return nil, fmt.Errorf("%w: rank %d missing", ErrSpoiled, j+1)
	}
	if j < q.Min {
		return nil, fmt.Errorf("%w: %d ranked, at least %d wanted", ErrSpoiled, j, q.Min)
	}
	return order[:j], nil
}

// DecodeGrades reads a decrypted graded ballot, values[c] the grade of
// candidate c (1 best, q.Grades worst, 0 not graded), and returns the
// grades with every ungraded candidate given the worst grade q.Grades
// (docs/protocol.md, section 16.1). It returns ErrSpoiled unless every
// value is at most q.Grades and q.Min to q.Max candidates are graded,
// and nil grades (blank) if none is.
func DecodeGrades(q Question, values []uint64) ([]int, error) {
	if err := q.validate(true); err != nil {
		return nil, err
	}
	if len(values) != q.Candidates {
		return nil, fmt.Errorf("%w: %d values for %d candidates", ErrSpoiled, len(values), q.Candidates)
	}
	grades, graded := make([]int, q.Candidates), 0
	for c, v := range values {
		if v > uint64(q.Grades) {
			return nil, fmt.Errorf("%w: grade %d above %d", ErrSpoiled, v, q.Grades)
		}
		grades[c] = int(v)
		if v == 0 {
			grades[c] = q.Grades
		} else {
			graded++
		}
	}
	if graded < q.Min || graded > q.Max {
		return nil, fmt.Errorf("%w: %d graded, %d to %d wanted", ErrSpoiled, graded, q.Min, q.Max)
	}
	if graded == 0 {
		return nil, nil
	}
	return grades, nil
}
