package rank

import "errors"

// none marks the end of a ranking shorter than the candidates.
const none = 0xff

// Rankings are the decrypted ballots of a ranked question: the valid
// rankings, one byte per preference, and how many were blank or spoiled.
type Rankings struct {
	q       Question
	prefs   []uint8 // ranking b at [b*n, (b+1)*n): candidates, then none
	Blank   uint64  // ballots that rank nobody (allowed when Min is 0)
	Spoiled uint64  // ballots that break the answer rule
}

// NewRankings starts the ballots of question q.
func NewRankings(q Question) (*Rankings, error) {
	if err := q.validate(false); err != nil {
		return nil, err
	}
	return &Rankings{q: q}, nil
}

// Add decodes one decrypted ballot (DecodeRanking) and adds it: as a
// ranking, as blank or as spoiled. It returns the decoder's verdict
// (ErrSpoiled for a spoiled ballot), which the count has already taken.
func (r *Rankings) Add(values []uint64) error {
	order, err := DecodeRanking(r.q, values)
	switch {
	case errors.Is(err, ErrSpoiled):
		r.Spoiled++
	case err != nil:
		return err
	case len(order) == 0:
		r.Blank++
	default:
		r.add(order)
	}
	return err
}

// add adds a ranking DecodeRanking returned.
func (r *Rankings) add(order []int) {
	row := make([]uint8, r.q.Candidates)
	for i := range row {
		row[i] = none
	}
	for i, c := range order {
		row[i] = uint8(c)
	}
	r.prefs = append(r.prefs, row...)
}

// Len is the number of valid rankings.
func (r *Rankings) Len() int { return len(r.prefs) / r.q.Candidates }

// Candidates is the number of candidates.
func (r *Rankings) Candidates() int { return r.q.Candidates }

// row is ranking b.
func (r *Rankings) row(b int) []uint8 {
	n := r.q.Candidates
	return r.prefs[b*n : (b+1)*n]
}

// Grades are the decrypted ballots of a graded question: how many valid
// ballots gave each candidate each grade, and how many were blank or
// spoiled.
type Grades struct {
	q       Question
	counts  [][]uint64 // [candidate][grade−1]
	ballots uint64
	Blank   uint64 // ballots that grade nobody (allowed when Min is 0)
	Spoiled uint64 // ballots that break the answer rule
}

// NewGrades starts the ballots of question q.
func NewGrades(q Question) (*Grades, error) {
	if err := q.validate(true); err != nil {
		return nil, err
	}
	g := &Grades{q: q, counts: make([][]uint64, q.Candidates)}
	for c := range g.counts {
		g.counts[c] = make([]uint64, q.Grades)
	}
	return g, nil
}

// Add decodes one decrypted ballot (DecodeGrades) and adds it, as Rankings.Add.
func (g *Grades) Add(values []uint64) error {
	grades, err := DecodeGrades(g.q, values)
	switch {
	case errors.Is(err, ErrSpoiled):
		g.Spoiled++
	case err != nil:
		return err
	case grades == nil:
		g.Blank++
	default:
		for c, gr := range grades {
			g.counts[c][gr-1]++
		}
		g.ballots++
	}
	return err
}

// Ballots is the number of valid non-blank ballots.
func (g *Grades) Ballots() uint64 { return g.ballots }
