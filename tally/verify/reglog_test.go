package verify_test

import (
	"bytes"
	"crypto/rand"
	"slices"
	"testing"

	"github.com/evote-org/evote/registrar/reglog"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/internal/synth"
	"github.com/evote-org/evote/tally/verify"
)

// logConfig is the election of the registration log's tests: 4 counted
// ballots, 14 tokens in intervals of 7, 0 and 7 entries, a roll of 19
// voters in districts d1, d2, d3.
var logConfig = synth.Config{Voters: 4, Districts: 3}

// log is the registration log of r's lines.
func (r *record) log() *tally.Log {
	l := &tally.Log{Intervals: make([][][]byte, len(r.Header.CountPosts))}
	for _, x := range r.Roll {
		l.Roll = append(l.Roll, x.Entries...)
	}
	for _, x := range r.Issued {
		l.Intervals[x.Interval-1] = append(l.Intervals[x.Interval-1], x.Entries...)
	}
	return l
}

// repost gives r the lines of l and posts its roots and counts as a
// registrar that controls its posts would: every root matches its
// entries, every count their number.
func (r *record) repost(t testing.TB, l *tally.Log) {
	t.Helper()
	r.Roll, r.Issued = nil, nil
	for line := range l.Lines() {
		switch x := line.(type) {
		case *tally.RollLine:
			r.Roll = append(r.Roll, x)
		case *tally.IssuedLine:
			r.Issued = append(r.Issued, x)
		}
	}
	root := func(entries [][]byte) [32]byte {
		h, err := reglog.Root(entries)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	p := &r.Header.RollPosts[len(r.Header.RollPosts)-1]
	p.Root, p.Count = root(l.Roll), uint64(len(l.Roll))
	count := uint64(0)
	for k, list := range l.Intervals {
		count += uint64(len(list))
		r.Header.CountPosts[k].Count, r.Header.CountPosts[k].LogRoot = count, root(list)
	}
	r.Header.TokenCount = count
}

// sortedInsert adds e to a list in tree order.
func sortedInsert(list [][]byte, e []byte) [][]byte {
	i, _ := slices.BinarySearchFunc(list, e, func(a, b []byte) int { return slices.Compare(a[:32], b[:32]) })
	return slices.Insert(slices.Clone(list), i, e)
}

// logForgeries are registrars that cheat, each caught by check 6: issue
// 16's cases first.
var logForgeries = []struct {
	name  string
	forge func(t testing.TB, r *record)
}{
	{"a token issued without a leaf (count one more than the leaves)", func(t testing.TB, r *record) {
		r.Header.CountPosts[2].Count++
		r.Header.TokenCount++
	}},
	{"a leaf not on the committed roll", func(t testing.TB, r *record) {
		l := r.log()
		leaf := make([]byte, 32)
		rand.Read(leaf)
		e, _ := reglog.Entry([32]byte(leaf), "d1")
		l.Intervals[2] = sortedInsert(l.Intervals[2], e)
		r.repost(t, l)
	}},
	{"a posted root that is not the root of the published leaves", func(t testing.TB, r *record) {
		r.Header.CountPosts[0].LogRoot[5] ^= 1
	}},
	{"a leaf issued twice", func(t testing.TB, r *record) {
		l := r.log()
		l.Intervals[2] = sortedInsert(l.Intervals[2], l.Intervals[0][0])
		r.repost(t, l)
	}},
	{"more counted ballots than tokens", func(t testing.TB, r *record) {
		l := r.log()
		l.Intervals = [][][]byte{l.Intervals[0][:3], {}, {}}
		r.repost(t, l)
	}},
	{"an issued entry with another district than on the roll", func(t testing.TB, r *record) {
		l := r.log()
		e := slices.Clone(l.Intervals[0][0])
		e[len(e)-1] ^= 1 // d1 <-> d0, d2 <-> d3: another district, same leaf
		l.Intervals[0][0] = e
		r.repost(t, l)
	}},
	{"an issued leaf left out of the published entries", func(t testing.TB, r *record) {
		r.Issued[0].Entries = r.Issued[0].Entries[1:]
		if len(r.Issued[0].Entries) == 0 {
			r.Issued = r.Issued[1:]
		}
	}},
	{"a roll entry left out (the roll's root and count as committed)", func(t testing.TB, r *record) {
		r.Roll = r.Roll[1:]
	}},
	{"a roll posted after the polls opened", func(t testing.TB, r *record) {
		r.Header.RollPosts[0].Block = r.Header.States[2].Block + 1
	}},
	{"another roll posted last", func(t testing.TB, r *record) {
		p := r.Header.RollPosts[0]
		p.Root[0] ^= 1
		r.Header.RollPosts = append(r.Header.RollPosts, p)
	}},
	{"no roll posted", func(t testing.TB, r *record) {
		r.Header.RollPosts = []tally.RollPost{}
	}},
	{"no final count", func(t testing.TB, r *record) {
		r.Header.CountPosts[2].Final = false
	}},
	{"a count posted after the final one", func(t testing.TB, r *record) {
		r.Header.CountPosts[1].Final = true
	}},
	{"the contract's token count is not the final post's", func(t testing.TB, r *record) {
		r.Header.TokenCount--
	}},
	{"issued lines of an interval without a post", func(t testing.TB, r *record) {
		r.Header.CountPosts = r.Header.CountPosts[:2]
		r.Header.CountPosts[1].Final = true
	}},
	{"roll lines out of bucket order", func(t testing.TB, r *record) {
		r.Roll[0], r.Roll[1] = r.Roll[1], r.Roll[0]
	}},
	{"an issued line without entries", func(t testing.TB, r *record) {
		r.Issued = append(r.Issued, &tally.IssuedLine{Type: tally.TypeIssued, Interval: 3, Bucket: 255, Entries: [][]byte{}})
	}},
}

// TestRegistrationLog: every cheating registrar of logForgeries is
// caught by check 6 alone, and an honest log passes with the counts per
// district; a token issued to an abstainer who is on the roll passes
// (only that voter's own check can see it: docs/threat-model.md).
func TestRegistrationLog(t *testing.T) {
	orig, _ := makeRecord(t, logConfig)
	rep := check(t, orig)
	want := []tally.DistrictCount{{District: "d1", Roll: 7, Issued: 5}, {District: "d2", Roll: 6, Issued: 5}, {District: "d3", Roll: 6, Issued: 4}}
	if rep == nil || !rep.OK() || !slices.Equal(rep.Districts, want) {
		t.Fatalf("honest record: %+v, districts %+v, want %+v", rep, rep.Districts, want)
	}
	for _, f := range logForgeries {
		r := parse(t, orig)
		f.forge(t, r)
		rep := check(t, r.encode(true))
		if rep == nil {
			t.Errorf("%s: the record does not read", f.name)
			continue
		}
		for i, c := range rep.Checks {
			if (c.Status == verify.Fail) != (i == 5) {
				t.Errorf("%s: check %d is %s (%s)", f.name, c.Number, c.Status, c.Detail)
			}
		}
		t.Logf("%s: %s", f.name, rep.Checks[5].Detail)
	}
	r := parse(t, orig)
	l := r.log()
	abstainer := l.Roll[slices.IndexFunc(l.Roll, func(e []byte) bool {
		return !slices.ContainsFunc(append(l.Intervals[0], l.Intervals[2]...), func(x []byte) bool { return slices.Equal(x, e) })
	})]
	l.Intervals[1] = [][]byte{abstainer}
	r.repost(t, l)
	if rep := check(t, r.encode(true)); rep == nil || !rep.OK() {
		t.Errorf("a token issued to an abstainer on the roll: %+v", rep)
	}
}

// TestVotersFlag: --voters is a cross-check of the committed roll's size.
func TestVotersFlag(t *testing.T) {
	orig, _ := makeRecord(t, logConfig)
	for voters, ok := range map[uint64]bool{19: true, 18: false, 20: false} {
		rep, err := verify.Record(bytes.NewReader(orig), verify.Options{Voters: voters})
		if err != nil || rep.OK() != ok || rep.Checks[5].Status == verify.Fail == ok {
			t.Errorf("--voters %d: %v, %+v", voters, err, rep.Checks[5])
		}
	}
}
