package rank

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"slices"
)

// Lot is the order in which the lot ranks the candidates of one count:
// candidate c's place is that of SHA-256("evote/v1/rank/lot" || seed ||
// u32be(c)) among the candidates' hashes in ascending byte order
// (docs/protocol.md, section 16.2). Lot[0] is the candidate the lot
// favours least: it is excluded first, and placed last.
func Lot(seed []byte, candidates int) []int {
	hashes := make([][32]byte, candidates)
	for c := range hashes {
		h := sha256.New()
		h.Write([]byte("evote/v1/rank/lot"))
		h.Write(seed)
		h.Write(binary.BigEndian.AppendUint32(nil, uint32(c)))
		h.Sum(hashes[c][:0])
	}
	order := make([]int, candidates)
	for c := range order {
		order[c] = c
	}
	slices.SortFunc(order, func(a, b int) int { return bytes.Compare(hashes[a][:], hashes[b][:]) })
	return order
}

// breakTie picks one of the tied candidates: the one with the fewest
// votes (fewest true) or the most, at the most recent stage of history
// at which the tied candidates' votes were not all equal (the Scottish
// rules 49(2) and 51(2)), narrowing to the fewest or most at each such
// stage in turn, going back; then the first (fewest) or last (most) of
// those left in the lot order (docs/protocol.md, section 16.2).
func breakTie(tied []int, history [][]int64, lot []int, fewest bool) int {
	for i := len(history) - 1; i >= 0 && len(tied) > 1; i-- {
		votes := history[i]
		best := votes[tied[0]]
		for _, c := range tied[1:] {
			if v := votes[c]; (fewest && v < best) || (!fewest && v > best) {
				best = v
			}
		}
		tied = slices.DeleteFunc(slices.Clone(tied), func(c int) bool { return votes[c] != best })
	}
	place := func(c int) int { return slices.Index(lot, c) }
	pick := tied[0]
	for _, c := range tied[1:] {
		if (fewest && place(c) < place(pick)) || (!fewest && place(c) > place(pick)) {
			pick = c
		}
	}
	return pick
}

// extreme returns the candidates of among with the fewest votes (fewest
// true) or the most.
func extreme(among []int, votes []int64, fewest bool) []int {
	var out []int
	for _, c := range among {
		switch {
		case len(out) == 0 || votes[c] == votes[out[0]]:
			out = append(out, c)
		case (fewest && votes[c] < votes[out[0]]) || (!fewest && votes[c] > votes[out[0]]):
			out = append(out[:0], c)
		}
	}
	return out
}
