package rank

// Candidate states during an IRV or STV count.
const (
	continuing = iota
	elected
	excluded
)

// pile is the ballot papers of an IRV or STV count: which candidate holds
// each (or none: exhausted), at which preference of its ranking, at what
// value, and each candidate's total.
type pile struct {
	r         *Rankings
	pos       []uint8 // index of the holder in the paper's ranking
	holder    []int16 // -1: exhausted (non-transferable)
	value     []int64
	state     []uint8
	totals    []int64
	exhausted int64
}

// newPile gives every paper, at value unit, to its first preference.
func newPile(r *Rankings, unit int64) *pile {
	n := r.Len()
	p := &pile{r: r, pos: make([]uint8, n), holder: make([]int16, n), value: make([]int64, n),
		state: make([]uint8, r.Candidates()), totals: make([]int64, r.Candidates())}
	for b := range n {
		c := r.row(b)[0]
		p.holder[b], p.value[b] = int16(c), unit
		p.totals[c] += unit
	}
	return p
}

// move passes every paper that from holds to its next continuing
// preference, at the value newValue gives it (its current value for an
// exclusion), or to the exhausted papers. It returns the value moved,
// exhausted included.
func (p *pile) move(from int, newValue func(int64) int64) int64 {
	var moved int64
	for b, h := range p.holder {
		if int(h) != from {
			continue
		}
		v := newValue(p.value[b])
		p.value[b] = v
		moved += v
		p.holder[b] = -1
		row := p.r.row(b)
		for i := int(p.pos[b]) + 1; i < len(row) && row[i] != none; i++ {
			if c := row[i]; p.state[c] == continuing {
				p.pos[b], p.holder[b] = uint8(i), int16(c)
				p.totals[c] += v
				break
			}
		}
		if p.holder[b] < 0 {
			p.exhausted += v
		}
	}
	return moved
}

// candidates are those in state s, in index order.
func (p *pile) candidates(s uint8) []int {
	var out []int
	for c, st := range p.state {
		if st == s {
			out = append(out, c)
		}
	}
	return out
}
