package ballot

import (
	"crypto/subtle"
	"fmt"
)

// CheckValues checks one answer as values, one per option (0 or 1 for a
// choice, a rank or 0, a grade or 0), against the rule of q's kind
// (docs/protocol.md, section 6): every value in [0, q.Top()], and
//
//   - Choice: the number of 1s in [Min, Max];
//   - Ranked: j values are not 0, Min <= j <= Max, and they are the
//     ranks 1 to j, each once (no tie, no gap);
//   - Graded: the number of graded options in [Min, Max].
//
// Encrypt refuses an answer that breaks it (ErrChoice); the count spoils
// a decrypted ranking or grading that breaks it. Its running time
// depends on q and len(values) only: it counts with crypto/subtle and
// branches once, on the verdict.
func CheckValues(q Question, values []uint8) error {
	if len(values) != q.Options {
		return fmt.Errorf("%w: %d values for %d options", ErrChoice, len(values), q.Options)
	}
	top := q.Top()
	bad, nonzero := 0, 0
	for _, v := range values {
		bad |= 1 ^ subtle.ConstantTimeLessOrEq(int(v), top)
		nonzero += 1 ^ subtle.ConstantTimeByteEq(v, 0)
	}
	bad |= 1 ^ subtle.ConstantTimeLessOrEq(q.Min, nonzero)
	bad |= 1 ^ subtle.ConstantTimeLessOrEq(nonzero, q.Max)
	if q.Kind == Ranked {
		bad |= rankGaps(values, nonzero, top)
	}
	if bad != 0 {
		return fmt.Errorf("%w: %s", ErrChoice, q.rule())
	}
	return nil
}

// rankGaps is 1 unless each rank 1 to j appears exactly once in values
// (given that j of them are not 0 and none exceeds top), in time that
// depends on len(values) and top only.
func rankGaps(values []uint8, j, top int) int {
	bad := 0
	for r := 1; r <= top; r++ {
		n := 0
		for _, v := range values {
			n += subtle.ConstantTimeByteEq(v, uint8(r))
		}
		inPrefix := subtle.ConstantTimeLessOrEq(r, j)
		bad |= inPrefix & (1 ^ subtle.ConstantTimeEq(int32(n), 1))
	}
	return bad
}

// rule says in words what CheckValues wants of an answer to q.
func (q Question) rule() string {
	switch q.Kind {
	case Ranked:
		return fmt.Sprintf("a ranking gives %d to %d of %d candidates the ranks 1, 2, … once each, with no tie and no gap", q.Min, q.Max, q.Options)
	case Graded:
		return fmt.Sprintf("a grading gives %d to %d of %d candidates a grade from 1 to %d", q.Min, q.Max, q.Options, q.Grades)
	}
	return fmt.Sprintf("%d to %d of %d options selected", q.Min, q.Max, q.Options)
}
