package site

import (
	"bytes"
	"context"
	"math/big"
	"mime"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/mix"
	"github.com/evote-org/evote/tally/verify"
	"github.com/evote-org/evote/web/api"
	"github.com/gorilla/websocket"
)

// The observer dashboard (/observer) shows anyone the election as the
// chain has it: height, state, tokens issued and ballots cast (and
// voters on the roll, if configured), ballots over time and, once the
// result is published, the result with the status of each numbered
// check of an independent verification (verify.Chain) run by this
// server. The page takes snapshots from /api/observer/ws, a WebSocket
// that pushes one whenever it changes, or polls /api/observer.

// snapshotTTL is how long a snapshot is reused before the chain is read
// again: all observers share one reading per second.
const snapshotTTL = time.Second

// snapshot is what the dashboard shows.
type snapshot struct {
	Head    uint64      `json:"head"`
	State   string      `json:"state"`
	Ballots uint64      `json:"ballots"`
	Count   *tokenCount `json:"count,omitempty"`  // nil before the registrar's first post
	Voters  uint64      `json:"voters,omitempty"` // 0: unknown
	History []point     `json:"history"`          // cumulative ballots by block
	Ticks   []tick      `json:"ticks,omitempty"`  // the time of a few of those blocks
	Tally   *tallied    `json:"tally,omitempty"`  // once Tallied
	Record  bool        `json:"record"`           // /record serves the election record
}

// tokenCount compares like with like: the registrar's last posted count
// of issued tokens with the ballots cast up to the block of that post.
// During the vote the registrar posts its count about once a minute, and
// a ballot cast just before a post may carry a token issued after the
// count was read, so an excess then is lag, not evidence ("lag"); only a
// count posted after the close covers every ballot, and only ballots in
// excess of it are a failure ("fail").
type tokenCount struct {
	Tokens  uint64 `json:"tokens"`
	Block   uint64 `json:"block"`   // the post's block
	Final   bool   `json:"final"`   // posted after the close
	Ballots uint64 `json:"ballots"` // cast up to Block (every ballot if Final)
	Status  string `json:"status"`  // "ok", "lag" or "fail"
}

// compare sets the ballots that n must cover and the status.
func (n tokenCount) compare(ballotsUpTo func(block uint64) uint64, total uint64) *tokenCount {
	n.Ballots, n.Status = ballotsUpTo(n.Block), "ok"
	if n.Final {
		n.Ballots = total
	}
	switch {
	case n.Ballots <= n.Tokens:
	case n.Final:
		n.Status = "fail"
	default:
		n.Status = "lag"
	}
	return &n
}

// tallied is the result and the server's verification of it.
type tallied struct {
	Verified  bool          `json:"verified"` // the verification has finished
	OK        bool          `json:"ok"`       // and every check passed
	Error     string        `json:"error,omitempty"`
	Checks    []checkStatus `json:"checks,omitempty"`
	Counted   uint64        `json:"counted"`
	Questions []question    `json:"questions,omitempty"`
}

type checkStatus struct {
	Number int    `json:"number"`
	Status string `json:"status"` // "ok", "fail", "not_run"
	Detail string `json:"detail,omitempty"`
}

type question struct {
	Title   map[string]string `json:"title"`
	Options []option          `json:"options"`
	Mixed   bool              `json:"mixed,omitempty"`   // ranked or graded: counted after the mix-net, no counts here
	Rounds  *rounds           `json:"rounds,omitempty"`  // an IRV or STV question's count, once the mix-net's is
	Winners []int             `json:"winners,omitempty"` // a ranked or graded question's winners (STV: elected in order), once counted
}

type option struct {
	Title map[string]string `json:"title"`
	Count *uint64           `json:"count,omitempty"` // nil for a ranked or graded question
}

// observer caches the snapshot and the verification report.
type observer struct {
	chain      *chainView
	voters     uint64
	log        tally.LogSource // the registration log's entries, for verify.Chain
	record     bool
	files      string // the mix phase's files directory ("": none)
	maxSockets int64
	sockets    atomic.Int64 // open WebSockets

	snap   cachedJSON // the last snapshot
	mu     sync.Mutex
	tally  *tallied // nil until verification starts
	verify sync.Once
}

func newObserver(c *chainView, voters uint64, record bool, files string, maxSockets int, log tally.LogSource) *observer {
	return &observer{chain: c, voters: voters, record: record, files: files, maxSockets: int64(maxSockets), log: log}
}

// current is the snapshot, read from chain at most once per snapshotTTL.
func (o *observer) current(ctx context.Context) ([]byte, error) {
	return o.snap.get(func() (any, error) {
		o.mu.Lock()
		defer o.mu.Unlock()
		return o.read(ctx)
	})
}

// read takes a snapshot; o.mu is held.
func (o *observer) read(ctx context.Context) (*snapshot, error) {
	c := o.chain
	head, err := c.box.Head(ctx)
	if err != nil {
		return nil, err
	}
	at := c.box.At(new(big.Int).SetUint64(head))
	st, err := at.State(ctx)
	if err != nil {
		return nil, err
	}
	s := &snapshot{Head: head, State: st.String(), Voters: o.voters, Record: o.record}
	if s.Ballots, err = at.BallotCount(ctx); err != nil {
		return nil, err
	}
	if s.History, s.Count, err = c.history(ctx, head); err != nil {
		return nil, err
	}
	if s.Ticks, err = o.ticks(ctx, s.History); err != nil {
		return nil, err
	}
	if st == ballotbox.Tallied {
		o.verify.Do(func() {
			o.tally = &tallied{}
			go o.runVerify()
		})
		s.Tally = o.tally
	}
	return s, nil
}

// verifyTimeout bounds the server's verification of the tally.
const verifyTimeout = 30 * time.Minute

// verifyChain verifies the election from the chain, with the
// registration log from the registrar.
func (o *observer) verifyChain(ctx context.Context) (*verify.Report, error) {
	id, err := o.chain.box.ElectionID(ctx)
	if err != nil {
		return nil, err
	}
	log, err := o.log(ctx, common.Hash(id))
	if err != nil {
		return nil, err
	}
	opts := verify.Options{Voters: o.voters, Log: log}
	if o.files != "" {
		opts.Files = mix.Dir(o.files)
	}
	return verify.Chain(ctx, o.chain.box, o.chain.from, opts)
}

// runVerify verifies the election from chain, once, and keeps the report.
func (o *observer) runVerify() {
	ctx, cancel := context.WithTimeout(context.Background(), verifyTimeout)
	defer cancel()
	rep, err := o.verifyChain(ctx)
	t := &tallied{Verified: true}
	if err != nil {
		o.chain.log.Warn("site: verifying the tally", "err", err)
		t.Error = err.Error()
	}
	if rep != nil {
		t.OK = err == nil && rep.OK()
		t.Counted = rep.Counted
		for _, c := range rep.Checks {
			t.Checks = append(t.Checks, checkStatus{Number: c.Number, Status: [...]string{"not_run", "ok", "fail"}[c.Status], Detail: c.Detail})
		}
		if m := rep.Manifest; m != nil && rep.Counts != nil {
			t.Questions = results(m, rep.Counts, rep.Mixed)
		}
	}
	o.mu.Lock()
	o.tally = t
	o.mu.Unlock()
	o.snap.reset() // the next request reads afresh
}

func (o *observer) serveJSON(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), rpcTimeout)
	defer cancel()
	b, err := o.current(ctx)
	if err != nil {
		o.chain.log.Warn("site: observer snapshot", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"error": "chain_unavailable"})
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Write(b)
}

// upgrader accepts only the site's own pages (the default origin check).
var upgrader = websocket.Upgrader{ReadBufferSize: 256, WriteBufferSize: 4096}

// recordWrite bounds the download of the election record.
const recordWrite = time.Hour

// pushInterval is how often a socket's snapshot is checked for changes.
const pushInterval = time.Second

// serveSocket pushes the snapshot whenever it changes.
// At most maxSockets are open at once; past it the answer is 503.
func (o *observer) serveSocket(w http.ResponseWriter, r *http.Request) {
	defer o.sockets.Add(-1)
	if o.sockets.Add(1) > o.maxSockets {
		w.Header().Set("Retry-After", "60")
		writeJSON(w, http.StatusServiceUnavailable, api.Error{Error: "too_many_connections"})
		return
	}
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return // the upgrader has answered
	}
	defer conn.Close()
	conn.SetReadLimit(512) // the page sends nothing but control frames
	ctx, cancel := context.WithCancel(r.Context())
	defer cancel()
	go func() { // reads only to notice the close
		defer cancel()
		for {
			if _, _, err := conn.NextReader(); err != nil {
				return
			}
		}
	}()
	var last []byte
	tick := time.NewTicker(pushInterval)
	defer tick.Stop()
	for {
		rctx, rcancel := context.WithTimeout(ctx, rpcTimeout)
		b, err := o.current(rctx)
		rcancel()
		if err == nil && !bytes.Equal(b, last) {
			conn.SetWriteDeadline(time.Now().Add(10 * time.Second))
			if err := conn.WriteMessage(websocket.TextMessage, b); err != nil {
				return
			}
			last = b
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// serveRecord serves the election record for download.
// A record of 1.5 million ballots is gigabytes: its answer may take
// longer than the server's write timeout (internal/httpserver), up to
// recordWrite; a download cut short resumes with a Range request.
func (s *Site) serveRecord(w http.ResponseWriter, r *http.Request) {
	http.NewResponseController(w).SetWriteDeadline(time.Now().Add(recordWrite))
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": filepath.Base(s.cfg.RecordPath)}))
	w.Header().Set("Content-Type", "application/x-ndjson") // not gzipped on the fly (compress): it is served with ranges
	http.ServeFile(w, r, s.cfg.RecordPath)
}

// serveFile serves one file of the mix phase by its name, the
// lowercase hex SHA-256 of its bytes: whoever fetches it checks the
// bytes against the name (and a verifier against the chain).
func (s *Site) serveFile(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	if len(name) != 64 || strings.Trim(name, "0123456789abcdef") != "" {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Cache-Control", "public, max-age=31536000, immutable") // the name is the content
	http.ServeFile(w, r, filepath.Join(s.cfg.Files, name))
}

// results are the questions with their counts. A ranked or graded
// question has none (the tally does not add it up, docs/record.md
// "Tally line"): it is marked Mixed, and its options carry no count, so
// that the page cannot show a zero for them; an IRV or STV one carries
// its count's rounds once the mix phase has counted it (mixed, the
// verification's count lines).
func results(m *election.Manifest, counts [][]uint64, mixed []*tally.CountLine) []question {
	var out []question
	for i, q := range m.Questions {
		qq := question{Title: map[string]string{"ru": q.Title.RU, "en": q.Title.EN}, Mixed: q.Mixed()}
		for _, l := range mixed {
			if l != nil && l.Question == i {
				qq.Rounds, qq.Winners = roundsOf(l), l.Winners
			}
		}
		for j, op := range q.Options {
			o := option{Title: map[string]string{"ru": op.Title.RU, "en": op.Title.EN}}
			if !qq.Mixed {
				var n uint64
				if i < len(counts) && j < len(counts[i]) {
					n = counts[i][j]
				}
				o.Count = &n
			}
			qq.Options = append(qq.Options, o)
		}
		out = append(out, qq)
	}
	return out
}
