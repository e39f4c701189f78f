package site

import (
	"bytes"
	"cmp"
	"slices"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/ballotbox/tracker"
)

// ballotIndex is the site's index of the ballots on chain, built as they
// are read and never rescanned: the rows by Seq (a slice: a page of the
// public list is a slice of it), and the same Seqs ordered by tracker in
// 65,536 buckets by the tracker's first two bytes, each a short sorted
// slice (trackers are hashes, so about 23 a bucket at 1.5 million
// ballots): adding a ballot moves a few entries, finding a tracker or a
// page of trackers with a prefix is a binary search in one bucket and a
// walk through the next. A row is 56 bytes and a bucket entry 16: about
// 110 MB at 1.5 million ballots, up to 135 MB with the slack of growing
// slices.
type ballotIndex struct {
	rows    []ballotRow
	buckets [1 << 16][]byEntry
}

// ballotRow is a ballot as the list shows it; its Seq is its position.
type ballotRow struct {
	Tracker tracker.Code
	Index   uint32 // log index in the block
	Block   uint64
	Tx      common.Hash
}

// byEntry is a ballot in the tracker order.
type byEntry struct {
	code tracker.Code
	seq  uint32
}

func bucketOf(c tracker.Code) int { return int(c[0])<<8 | int(c[1]) }

// add appends the ballot of Seq len(rows).
func (x *ballotIndex) add(r ballotRow) {
	e := byEntry{code: r.Tracker, seq: uint32(len(x.rows))}
	x.rows = append(x.rows, r)
	b := &x.buckets[bucketOf(r.Tracker)]
	i := sort.Search(len(*b), func(i int) bool { return bytes.Compare((*b)[i].code[:], e.code[:]) > 0 })
	*b = slices.Insert(*b, i, e)
}

// find is the Seq of the first ballot with tracker c.
func (x *ballotIndex) find(c tracker.Code) (uint64, bool) {
	b := x.buckets[bucketOf(c)]
	i := sort.Search(len(b), func(i int) bool { return bytes.Compare(b[i].code[:], c[:]) >= 0 })
	if i < len(b) && b[i].code == c {
		return uint64(b[i].seq), true
	}
	return 0, false
}

// upTo is the number of ballots cast up to block.
func (x *ballotIndex) upTo(block uint64) uint64 {
	return uint64(sort.Search(len(x.rows), func(i int) bool { return x.rows[i].Block > block }))
}

// search is up to limit Seqs, in tracker order, of the ballots whose
// trackers lie in [lo, hi], from the one after Seq cursor if given (the
// last of the previous page).
func (x *ballotIndex) search(lo, hi tracker.Code, cursor *uint64, limit int) []uint64 {
	from := byEntry{code: lo}
	inclusive := true
	if cursor != nil && *cursor < uint64(len(x.rows)) {
		if c := (byEntry{code: x.rows[*cursor].Tracker, seq: uint32(*cursor)}); compare(c, from) >= 0 {
			from, inclusive = c, false
		}
	}
	var out []uint64
	for k := bucketOf(from.code); k <= bucketOf(hi) && len(out) < limit; k++ {
		b := x.buckets[k]
		i := sort.Search(len(b), func(i int) bool {
			c := compare(b[i], from)
			return c > 0 || c == 0 && inclusive
		})
		for ; i < len(b) && len(out) < limit && bytes.Compare(b[i].code[:], hi[:]) <= 0; i++ {
			out = append(out, uint64(b[i].seq))
		}
	}
	return out
}

// compare orders entries by tracker, then Seq.
func compare(a, b byEntry) int {
	if c := bytes.Compare(a.code[:], b.code[:]); c != 0 {
		return c
	}
	return cmp.Compare(a.seq, b.seq)
}
