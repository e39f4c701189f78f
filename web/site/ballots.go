package site

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/evote-org/evote/ballotbox/tracker"
	"github.com/evote-org/evote/web/api"
)

// The public list of ballots (/ballots, from GET /api/ballots): every
// ballot's tracker, block and position, as a bulletin board shows them,
// in pages of the site's index (ballotIndex): by Seq, or in tracker
// order among the trackers that begin with a prefix. A page's cursor is
// the Seq of its last ballot, so a page costs the same at any depth.

// The page sizes of the list: limit defaults to defaultPage, and a larger
// one than maxPage gets maxPage.
const (
	defaultPage = 50
	maxPage     = 500
)

// ballotPage is an answer of GET /api/ballots.
type ballotPage struct {
	Ballots []listedBallot `json:"ballots"`
	Next    string         `json:"next,omitempty"` // the cursor of the next page ("after"), absent on the last
	Total   uint64         `json:"total"`          // ballots on chain
}

type listedBallot struct {
	Seq     uint64 `json:"seq"`
	Tracker string `json:"tracker"`
	Block   uint64 `json:"block"`
	Index   uint32 `json:"index"` // log index in the block
	Tx      string `json:"tx"`
}

// listQuery is a parsed request for a page.
type listQuery struct {
	after  *uint64
	limit  int
	prefix bool
	lo, hi tracker.Code // the trackers with the prefix
}

// parseList reads after (a Seq), limit and prefix (the beginning of a
// tracker, as a person may type it); the error is the code to answer.
func parseList(q url.Values) (listQuery, string) {
	l := listQuery{limit: defaultPage}
	if s := q.Get("after"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			return l, "bad_cursor"
		}
		l.after = &n
	}
	if s := q.Get("limit"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil || n == 0 {
			return l, "bad_limit"
		}
		l.limit = int(min(n, maxPage))
	}
	if s := q.Get("prefix"); s != "" {
		var ok bool
		if l.lo, l.hi, ok = prefixRange(s); !ok {
			return l, "bad_prefix"
		}
		l.prefix = true
	}
	return l, ""
}

// prefixRange is the range of the tracker codes that begin with prefix,
// read by tracker.Parse's rules (either case, hyphens and spaces
// ignored, O for 0, I and L for 1).
func prefixRange(prefix string) (lo, hi tracker.Code, ok bool) {
	if len(prefix) > 64 {
		return lo, hi, false
	}
	norm := strings.NewReplacer("-", "", " ", "").Replace(prefix)
	if len(norm) > 16 {
		return lo, hi, false
	}
	lo, err := tracker.Parse(norm + strings.Repeat("0", 16-len(norm)))
	if err != nil {
		return lo, hi, false
	}
	hi, err = tracker.Parse(norm + strings.Repeat("Z", 16-len(norm)))
	return lo, hi, err == nil
}

func (c *chainView) serveList(w http.ResponseWriter, r *http.Request) {
	q, bad := parseList(r.URL.Query())
	if bad != "" {
		writeJSON(w, http.StatusBadRequest, api.Error{Error: bad})
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), rpcTimeout)
	defer cancel()
	p, err := c.list(ctx, q)
	if err != nil {
		c.log.Warn("site: reading ballots from chain", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, api.Error{Error: "chain_unavailable"})
		return
	}
	writeJSON(w, http.StatusOK, p)
}

// list reads the ballots cast since the last call and answers q.
func (c *chainView) list(ctx context.Context, q listQuery) (*ballotPage, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.syncHead(ctx); err != nil {
		return nil, err
	}
	x := &c.index
	total := uint64(len(x.rows))
	var seqs []uint64
	if q.prefix {
		seqs = x.search(q.lo, q.hi, q.after, q.limit+1)
	} else {
		from := uint64(0)
		if q.after != nil {
			from = total
			if *q.after < total {
				from = *q.after + 1
			}
		}
		for s := from; s < total && len(seqs) <= q.limit; s++ {
			seqs = append(seqs, s)
		}
	}
	p := &ballotPage{Ballots: []listedBallot{}, Total: total}
	if len(seqs) > q.limit {
		seqs = seqs[:q.limit]
		p.Next = strconv.FormatUint(seqs[len(seqs)-1], 10)
	}
	for _, s := range seqs {
		r := x.rows[s]
		p.Ballots = append(p.Ballots, listedBallot{Seq: s, Tracker: r.Tracker.String(), Block: r.Block, Index: r.Index, Tx: r.Tx.Hex()})
	}
	return p, nil
}
