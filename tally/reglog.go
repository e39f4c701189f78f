package tally

import (
	"bytes"
	"errors"
	"fmt"
	"iter"
	"slices"
	"sort"
	"strings"

	"github.com/evote-org/evote/registrar/reglog"
)

// ErrLog is returned for a registration log that is not the one the
// registrar committed to on chain (docs/record.md, "The registration
// log").
var ErrLog = errors.New("tally: registration log")

// Log is the registration log as the registrar serves it (GET
// /v1/elections/{id}/log/all): the committed roll's entries, then the
// entries issued in each interval (between two count posts), each list
// in tree order (by leaf).
type Log struct {
	Roll      [][]byte
	Intervals [][][]byte
}

// Lines are the log's record lines: a *RollLine per bucket of the roll
// with entries, then an *IssuedLine per bucket with entries of each
// interval. A bucket is a run of entries with the same first byte, so a
// list out of tree order gives lines that LogCheck refuses.
func (l *Log) Lines() iter.Seq[any] {
	return func(yield func(any) bool) {
		for b, es := range runs(l.Roll) {
			if !yield(&RollLine{Type: TypeRoll, Bucket: b, Entries: es}) {
				return
			}
		}
		for k, list := range l.Intervals {
			for b, es := range runs(list) {
				if !yield(&IssuedLine{Type: TypeIssued, Interval: uint64(k + 1), Bucket: b, Entries: es}) {
					return
				}
			}
		}
	}
}

// runs splits entries into runs of the same first byte (an empty entry
// joins bucket 0, where it fails its check).
func runs(entries [][]byte) iter.Seq2[uint64, [][]byte] {
	first := func(e []byte) uint64 {
		if len(e) == 0 {
			return 0
		}
		return uint64(e[0])
	}
	return func(yield func(uint64, [][]byte) bool) {
		for i := 0; i < len(entries); {
			j := i + 1
			for j < len(entries) && first(entries[j]) == first(entries[i]) {
				j++
			}
			if !yield(first(entries[i]), entries[i:j]) {
				return
			}
			i = j
		}
	}
}

// LogSummary is what a registration log that checks out says.
type LogSummary struct {
	Roll      RollPost        // the committed roll
	Issued    uint64          // tokens issued: the final count
	Intervals int             // count posts
	Districts []DistrictCount // by district name ("" for a roll without districts)
}

// DistrictCount is the voters of one district on the committed roll and
// the tokens issued to them.
type DistrictCount struct {
	District string
	Roll     uint64
	Issued   uint64
}

// LogCheck checks the registration log of a record against the posts
// in its header: the roll lines, then the issued lines, in record order
// (Roll, Issued), then Done. It stops at the first failure, which Done
// returns.
type LogCheck struct {
	h        *Header
	err      error
	list     [][]byte // the entries of the list being read: the roll, then one interval
	bucket   int      // the last bucket of the list (-1: none yet)
	interval uint64   // the interval being read, from 1 (0: the roll)
	roll     [][]byte // the committed roll, in ascending order of leaf
	issued   []bool   // per roll entry
	count    uint64   // the count of the last interval closed
	closed   int      // intervals closed
	district map[string]*DistrictCount
}

// NewLogCheck starts checking the log of the election of h.
func NewLogCheck(h *Header) *LogCheck {
	return &LogCheck{h: h, bucket: -1, district: map[string]*DistrictCount{}}
}

func (c *LogCheck) fail(format string, a ...any) {
	if c.err == nil {
		c.err = fmt.Errorf("%w: "+format, append([]any{ErrLog}, a...)...)
	}
}

// CheckLog checks the registration log l against the posts in h.
func CheckLog(h *Header, l *Log) (*LogSummary, error) {
	c := NewLogCheck(h)
	for line := range l.Lines() {
		c.Line(line)
	}
	return c.Done()
}

// Line takes a *RollLine (all of them come before the issued lines) or
// an *IssuedLine.
func (c *LogCheck) Line(line any) {
	switch l := line.(type) {
	case *RollLine:
		c.add(l.Bucket, l.Entries)
	case *IssuedLine:
		c.issuedLine(l)
	}
}

func (c *LogCheck) issuedLine(l *IssuedLine) {
	switch k := l.Interval; {
	case c.err != nil:
		return
	case k < c.interval || k == 0:
		c.fail("issued line of interval %d after interval %d", k, c.interval)
		return
	case k > uint64(len(c.h.CountPosts)):
		c.fail("issued line of interval %d, but %d counts were posted", k, len(c.h.CountPosts))
		return
	case k > c.interval:
		c.closeUpTo(k - 1)
		c.interval, c.list, c.bucket = k, nil, -1
	}
	c.add(l.Bucket, l.Entries)
}

// add takes the entries of one bucket of the current list.
func (c *LogCheck) add(bucket uint64, entries [][]byte) {
	if c.err != nil {
		return
	}
	if bucket >= reglog.NumBuckets || int(bucket) <= c.bucket {
		c.fail("bucket %d after bucket %d", bucket, c.bucket)
		return
	}
	if len(entries) == 0 {
		c.fail("a line of bucket %d without entries", bucket)
		return
	}
	c.bucket = int(bucket)
	for i, e := range entries {
		if _, _, err := reglog.ParseEntry(e); err != nil {
			c.fail("bucket %d, entry %d: %w", bucket, i, err)
			return
		}
		if uint64(e[0]) != bucket {
			c.fail("bucket %d, entry %d begins with %02x", bucket, i, e[0])
			return
		}
		if n := len(c.list); n > 0 && bytes.Compare(c.list[n-1][:reglog.LeafSize], e[:reglog.LeafSize]) >= 0 {
			c.fail("bucket %d, entry %d: leaves not in ascending order (or one twice)", bucket, i)
			return
		}
		c.list = append(c.list, e)
	}
}

// closeUpTo closes the list being read and every interval up to k.
func (c *LogCheck) closeUpTo(k uint64) {
	if c.interval == 0 {
		c.closeRoll()
		c.interval, c.list = 1, nil
	}
	for ; c.err == nil && c.interval <= k; c.interval, c.list = c.interval+1, nil {
		c.closeInterval()
	}
}

// closeRoll checks the roll read against the committed roll: the last
// roll post, made before the polls opened.
func (c *LogCheck) closeRoll() {
	if c.err != nil {
		return
	}
	posts := c.h.RollPosts
	if len(posts) == 0 {
		c.fail("no roll was posted")
		return
	}
	p := posts[len(posts)-1]
	if open := c.h.stateBlock("Open"); open == nil || p.Block > *open {
		c.fail("the roll was not posted before the polls opened")
		return
	}
	if root, _ := reglog.Root(c.list); root != p.Root || uint64(len(c.list)) != p.Count {
		c.fail("the roll's %d entries hash to %x; the registrar committed to %d entries, root %x", len(c.list), root, p.Count, p.Root)
		return
	}
	c.roll, c.issued = c.list, make([]bool, len(c.list))
	for _, e := range c.roll {
		c.districtOf(e).Roll++
	}
}

// closeInterval checks interval c.interval against its post and every
// entry in it against the roll.
func (c *LogCheck) closeInterval() {
	if c.err != nil {
		return
	}
	p := c.h.CountPosts[c.interval-1]
	if p.Count < c.count || p.Count-c.count != uint64(len(c.list)) {
		c.fail("interval %d has %d entries; its post counts %d after %d", c.interval, len(c.list), p.Count, c.count)
		return
	}
	if root, _ := reglog.Root(c.list); root != p.LogRoot {
		c.fail("interval %d's entries hash to %x, posted %x", c.interval, root, p.LogRoot)
		return
	}
	for _, e := range c.list {
		i, found := sort.Find(len(c.roll), func(i int) int {
			return bytes.Compare(e[:reglog.LeafSize], c.roll[i][:reglog.LeafSize])
		})
		switch {
		case !found || !bytes.Equal(c.roll[i], e):
			c.fail("interval %d: entry %x is not on the committed roll", c.interval, e)
			return
		case c.issued[i]:
			c.fail("interval %d: leaf %x was issued before", c.interval, e[:reglog.LeafSize])
			return
		}
		c.issued[i] = true
		c.districtOf(e).Issued++
	}
	c.count = p.Count
	c.closed++
}

func (c *LogCheck) districtOf(e []byte) *DistrictCount {
	d := string(e[reglog.LeafSize+1:])
	if c.district[d] == nil {
		c.district[d] = &DistrictCount{District: d}
	}
	return c.district[d]
}

// Done closes the log: every interval was read, the last post is the
// final count and the only final one, and the contract's token count is
// the final count.
func (c *LogCheck) Done() (*LogSummary, error) {
	posts := c.h.CountPosts
	c.closeUpTo(uint64(len(posts)))
	switch {
	case c.err != nil:
	case len(posts) == 0 || !posts[len(posts)-1].Final:
		c.fail("the last count post is not the final count")
	case slices.ContainsFunc(posts[:len(posts)-1], func(p CountPost) bool { return p.Final }):
		c.fail("a count posted after the final count")
	case c.h.TokenCount != c.count:
		c.fail("the contract's token count is %d, the final post %d", c.h.TokenCount, c.count)
	}
	if c.err != nil {
		return nil, c.err
	}
	s := &LogSummary{Roll: c.h.RollPosts[len(c.h.RollPosts)-1], Issued: c.count, Intervals: len(posts)}
	for _, d := range c.district {
		s.Districts = append(s.Districts, *d)
	}
	slices.SortFunc(s.Districts, func(a, b DistrictCount) int { return strings.Compare(a.District, b.District) })
	return s, nil
}

// stateBlock is the block of the first transition to state, or nil.
func (h *Header) stateBlock(state string) *uint64 {
	for _, s := range h.States {
		if s.State == state {
			return &s.Block
		}
	}
	return nil
}
