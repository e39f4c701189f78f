package site

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/evote-org/evote/ballotbox/tracker"
)

// randomIndex is an index of n ballots with random trackers, one in ten
// a repeat of an earlier one (the contract does not refuse a copied
// ballot; the validity predicate does), several to a block.
func randomIndex(n int, seed uint64) *ballotIndex {
	r := rand.New(rand.NewPCG(seed, 1))
	x := &ballotIndex{}
	for i := range n {
		var c tracker.Code
		if i > 0 && r.IntN(10) == 0 {
			c = x.rows[r.IntN(i)].Tracker
		} else {
			for j := range c {
				c[j] = byte(r.Uint32())
			}
		}
		x.add(ballotRow{Tracker: c, Block: uint64(i / 3), Index: uint32(i % 3)})
	}
	return x
}

// TestBallotIndexSearch pages through the trackers with each of many
// prefixes, of every length, and wants exactly the ballots a scan finds,
// in tracker order, each once, whatever the page size.
func TestBallotIndexSearch(t *testing.T) {
	x := randomIndex(5000, 7)
	var prefixes []string
	for i := 0; i < len(x.rows); i += 97 {
		s := x.rows[i].Tracker.String()
		prefixes = append(prefixes, s[:1], s[:3], s[:6], s[:14], s, "")
	}
	for _, p := range prefixes {
		lo, hi, ok := prefixRange(p)
		if !ok {
			t.Fatalf("prefix %q refused", p)
		}
		var want []uint64
		for s, r := range x.rows {
			if bytes.HasPrefix([]byte(r.Tracker.String()), []byte(p)) {
				want = append(want, uint64(s))
			}
		}
		slices.SortStableFunc(want, func(a, b uint64) int { return bytes.Compare(x.rows[a].Tracker[:], x.rows[b].Tracker[:]) })
		for _, limit := range []int{1, 7, 500} {
			var got []uint64
			var cursor *uint64
			for {
				page := x.search(lo, hi, cursor, limit)
				got = append(got, page...)
				if len(page) < limit {
					break
				}
				cursor = &page[len(page)-1]
			}
			if !slices.Equal(got, want) {
				t.Fatalf("prefix %q, pages of %d: %d ballots, want %d", p, limit, len(got), len(want))
			}
		}
	}
}

func TestBallotIndexFind(t *testing.T) {
	x := randomIndex(3000, 8)
	for s, r := range x.rows {
		got, ok := x.find(r.Tracker)
		if !ok || x.rows[got].Tracker != r.Tracker || got > uint64(s) {
			t.Fatalf("find %s: %d %v, the ballot is %d", r.Tracker, got, ok, s)
		}
	}
	if _, ok := x.find(tracker.Code{1, 2, 3}); ok {
		t.Error("found a tracker never added")
	}
	if n := x.upTo(10); n != 33 {
		t.Errorf("%d ballots up to block 10, want 33", n)
	}
}

func TestPrefixRange(t *testing.T) {
	for _, c := range []struct {
		prefix string
		ok     bool
	}{
		{"7ZQ4", true}, {"7zq4-1m8d", true}, {"o1l", true}, {" 7ZQ4 ", true},
		{"7ZQ4-1M8D-XK2C-9VTA", true}, {"7ZQ4-1M8D-XK2C-9VTA0", false}, {"U", false}, {"7ZQ4%", false},
		{"ЖЖЖЖ", false}, {string(make([]byte, 65)), false}, {"\x00", false},
	} {
		if _, _, ok := prefixRange(c.prefix); ok != c.ok {
			t.Errorf("prefixRange(%q): %v, want %v", c.prefix, ok, c.ok)
		}
	}
	lo, hi, _ := prefixRange("7zq4")
	if lo.String() != "7ZQ4-0000-0000-0000" || hi.String() != "7ZQ4-ZZZZ-ZZZZ-ZZZZ" {
		t.Errorf("7zq4: %s to %s", lo, hi)
	}
}

// BenchmarkBallotIndex measures the index at 1.5 million ballots: a page
// of 50 trackers with a one- and a four-character prefix, and adding one
// more ballot. (A page by number is a slice of the rows.)
func BenchmarkBallotIndex(b *testing.B) {
	x := randomIndex(1_500_000, 9)
	for _, p := range []string{"7", "7ZQ4"} {
		lo, hi, _ := prefixRange(p)
		b.Run("search-"+p, func(b *testing.B) {
			for b.Loop() {
				if len(x.search(lo, hi, nil, 50)) == 0 {
					b.Fatal("nothing found")
				}
			}
		})
	}
	b.Run("add", func(b *testing.B) {
		y := *x // shares x's buckets: last
		r := rand.New(rand.NewPCG(10, 1))
		for i := 0; b.Loop(); i++ {
			var c tracker.Code
			for j := range c {
				c[j] = byte(r.Uint32())
			}
			y.add(ballotRow{Tracker: c, Block: uint64(i)})
		}
	})
}
