package tally_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/registrar/api"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/internal/synth"
)

// synthLog is a registration log of 20 voters, 12 of them issued in
// intervals of 6, 0 and 6 entries, with the posts in h.
func synthLog(t *testing.T) (*tally.Header, *tally.Log) {
	t.Helper()
	h := &tally.Header{States: []tally.StateFact{{State: "Open", Block: 10}, {State: "Closed", Block: 20}}}
	l, err := synth.Log(h, 20, []int{6, 6, 12}, 2, func() common.Hash { return common.Hash{1} })
	if err != nil {
		t.Fatal(err)
	}
	return h, l
}

// TestRegistrarLog reads the log as the registrar's API serves it
// (docs/registrar-api.md, GET /log/all) and refuses what it must not
// take: an error status, a body that is not the answer, entries that are
// not lowercase hex.
func TestRegistrarLog(t *testing.T) {
	h, want := synthLog(t)
	hexes := func(es [][]byte) []string {
		out := []string{}
		for _, e := range es {
			out = append(out, hex.EncodeToString(e))
		}
		return out
	}
	all := api.LogAll{Roll: &api.Entries{Entries: hexes(want.Roll)}}
	for k, list := range want.Intervals {
		all.Intervals = append(all.Intervals, api.IntervalEntries{Count: h.CountPosts[k].Count, Entries: hexes(list)})
	}
	good, _ := json.Marshal(all)
	upper := bytes.Replace(good, []byte(hexes(want.Roll)[0]), bytes.ToUpper([]byte(hexes(want.Roll)[0])), 1)
	id := common.Hash{0xe1}
	for _, c := range []struct {
		name   string
		status int
		body   []byte
		ok     bool
	}{
		{"the answer", 200, good, true},
		{"an error status", 503, good, false},
		{"not JSON", 200, []byte("<html>"), false},
		{"cut short", 200, good[:len(good)/2], false},
		{"upper-case hex", 200, upper, false},
		{"an odd hex digit", 200, bytes.Replace(good, []byte(`"]`), []byte(`0"]`), 1), false},
	} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path != "/v1/elections/e100000000000000000000000000000000000000000000000000000000000000/log/all" {
				http.NotFound(w, r)
				return
			}
			w.WriteHeader(c.status)
			w.Write(c.body)
		}))
		got, err := tally.RegistrarLog(srv.URL+"/", srv.Client())(context.Background(), id)
		srv.Close()
		if (err == nil) != c.ok || err != nil && !errors.Is(err, tally.ErrLog) {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if c.ok {
			if _, err := tally.CheckLog(h, got); err != nil {
				t.Errorf("%s: the log read does not check: %v", c.name, err)
			}
		}
	}
}

// TestReadLog: a record's log lines give back the log they were written
// from, which checks against the record's posts.
func TestReadLog(t *testing.T) {
	h, want := synthLog(t)
	var buf bytes.Buffer
	w := tally.NewWriter(&buf)
	w.Write(h)
	for line := range want.Lines() {
		w.Write(line)
	}
	w.Write(&tally.TallyLine{Type: tally.TypeTally})
	w.Flush()
	got, err := tally.ReadLog(&buf)(context.Background(), common.Hash{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.EqualFunc(got.Roll, want.Roll, bytes.Equal) || len(got.Intervals) != 3 || len(got.Intervals[1]) != 0 ||
		!slices.EqualFunc(got.Intervals[2], want.Intervals[2], bytes.Equal) {
		t.Fatalf("read %d roll entries and intervals of %d, %d, %d", len(got.Roll), len(got.Intervals[0]), len(got.Intervals[1]), len(got.Intervals[2]))
	}
	if _, err := tally.CheckLog(h, got); err != nil {
		t.Fatal(err)
	}
}
