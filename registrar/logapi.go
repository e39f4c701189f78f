package registrar

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"net/http"
	"sync"

	"github.com/evote-org/evote/registrar/api"
	"github.com/evote-org/evote/registrar/reglog"
)

// logTrees caches the trees of the posted sets: the roll's, rebuilt when
// its posted root changes, and each interval's, which a later post does
// not change.
type logTrees struct {
	mu        sync.Mutex
	rollRoot  [32]byte
	roll      *reglog.Tree
	intervals []postedTree
}

// postedTree is an interval's tree with the post it was built for.
type postedTree struct {
	post reglog.Post
	tree *reglog.Tree
}

// logState is the posts on chain and the trees of the store's entries
// they commit to.
type logState struct {
	roll      *reglog.Tree // nil while no roll is posted
	rollPost  reglog.Post
	intervals []postedTree
}

// errNoLog is returned when the registrar has no publisher of the log.
var errNoLog = fmt.Errorf("%w: no registration log", ErrConfig)

// logPosts reads the posts on chain.
func (s *Service) logPosts(ctx context.Context) (roll reglog.Post, ok bool, counts []reglog.Post, err error) {
	if s.cfg.Publisher == nil {
		return reglog.Post{}, false, nil, errNoLog
	}
	return s.cfg.Publisher.LogPosts(ctx)
}

// logState reads the posts and the trees of the sets they commit to,
// from the cache or the store. A set whose root differs from its post is
// served as the store holds it (the voter's check then fails, as it
// must) and logged.
func (s *Service) logState(ctx context.Context, roll reglog.Post, ok bool, counts []reglog.Post) (logState, error) {
	c := &s.logTrees
	c.mu.Lock()
	defer c.mu.Unlock()
	st := logState{rollPost: roll}
	if ok {
		if c.roll == nil || c.rollRoot != roll.Root {
			entries, err := s.cfg.Store.RollEntries(ctx)
			if err != nil {
				return logState{}, s.storeError(err)
			}
			if c.roll, err = s.logTree("roll", entries, roll); err != nil {
				return logState{}, err
			}
			c.rollRoot = roll.Root
		}
		st.roll = c.roll
	}
	var from uint64
	for k, p := range counts {
		if k >= len(c.intervals) || c.intervals[k].post != p {
			if p.Count < from {
				return logState{}, fmt.Errorf("registrar: token count %d posted after %d", p.Count, from)
			}
			entries, err := s.cfg.Store.Entries(ctx, from, p.Count)
			if err != nil {
				return logState{}, s.storeError(err)
			}
			t, err := s.logTree(fmt.Sprintf("interval %d", k+1), entries, p)
			if err != nil {
				return logState{}, err
			}
			c.intervals = append(c.intervals[:k], postedTree{p, t})
		}
		from = p.Count
	}
	st.intervals = c.intervals[:len(counts)]
	return st, nil
}

// logTree builds the tree of a set and logs it if its root is not the
// posted one.
func (s *Service) logTree(what string, entries [][]byte, p reglog.Post) (*reglog.Tree, error) {
	t, err := reglog.New(entries)
	if err != nil {
		return nil, fmt.Errorf("registrar: the store's %s: %w", what, err)
	}
	if t.Root() != p.Root {
		s.cfg.Logger.Error("registrar: the store's registration log does not hash to the root on chain: voters' checks will fail",
			"set", what, "posted", hex.EncodeToString(p.Root[:]), "store", fmt.Sprintf("%x", t.Root()), "entries", t.Len())
	}
	return t, nil
}

// logETag is the entity tag of a log answer: it changes with the posts,
// so a client or cache that has the answer gets 304 without the trees
// being read.
func logETag(route string, roll reglog.Post, ok bool, counts []reglog.Post) string {
	h := sha256.New()
	h.Write([]byte(route))
	for _, p := range append([]reglog.Post{roll}, counts...) {
		var b [8*2 + 32 + 2]byte
		binary.BigEndian.PutUint64(b[:], p.Count)
		binary.BigEndian.PutUint64(b[8:], p.Block)
		copy(b[16:], p.Root[:])
		b[48], b[49] = boolByte(p.Final), boolByte(ok)
		h.Write(b[:])
	}
	return `"` + hex.EncodeToString(h.Sum(nil)[:16]) + `"`
}

func boolByte(b bool) byte {
	if b {
		return 1
	}
	return 0
}

func hexList(bs [][]byte) []string {
	out := make([]string, len(bs))
	for i, b := range bs {
		out[i] = hex.EncodeToString(b)
	}
	return out
}

func hexPath(p [reglog.PathLen][32]byte) []string {
	out := make([]string, len(p))
	for i, h := range p {
		out[i] = hex.EncodeToString(h[:])
	}
	return out
}

// logInfo is the answer of /log.
func logInfo(roll reglog.Post, ok bool, counts []reglog.Post) api.LogInfo {
	out := api.LogInfo{Intervals: make([]api.IntervalPost, len(counts))}
	if ok {
		out.Roll = &api.RollPost{Root: hex.EncodeToString(roll.Root[:]), Count: roll.Count, Block: roll.Block}
	}
	for i, p := range counts {
		out.Intervals[i] = api.IntervalPost{Count: p.Count, Root: hex.EncodeToString(p.Root[:]), Block: p.Block, Final: p.Final}
	}
	return out
}

// bucket is the answer of /log/{bb}.
func (st logState) bucket(b uint8) api.LogBucket {
	out := api.LogBucket{Bucket: int(b), Intervals: make([]api.IntervalBucket, len(st.intervals))}
	if st.roll != nil {
		out.Roll = &api.BucketProof{Entries: hexList(st.roll.Bucket(b)), Path: hexPath(st.roll.Path(b))}
	}
	for i, it := range st.intervals {
		out.Intervals[i] = api.IntervalBucket{Count: it.post.Count, Entries: hexList(it.tree.Bucket(b)), Path: hexPath(it.tree.Path(b))}
	}
	return out
}

// writeAll streams the answer of /log/all (api.LogAll) from the trees,
// bucket by bucket: a city's log (about 100 MB of JSON) costs a request
// no copy of it.
func (st logState) writeAll(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString(`{"roll":`)
	if st.roll == nil {
		bw.WriteString("null")
	} else {
		bw.WriteString(`{"entries":`)
		writeEntries(bw, st.roll)
		bw.WriteByte('}')
	}
	bw.WriteString(`,"intervals":[`)
	for i, it := range st.intervals {
		if i > 0 {
			bw.WriteByte(',')
		}
		fmt.Fprintf(bw, `{"count":%d,"entries":`, it.post.Count)
		writeEntries(bw, it.tree)
		bw.WriteByte('}')
	}
	bw.WriteString("]}\n")
	bw.Flush()
}

// writeEntries writes a tree's entries in tree order as a JSON array of
// hex strings.
func writeEntries(w *bufio.Writer, t *reglog.Tree) {
	var buf [2 * reglog.MaxEntrySize]byte
	w.WriteByte('[')
	sep := false
	for b := range reglog.NumBuckets {
		for _, e := range t.Bucket(uint8(b)) {
			if sep {
				w.WriteByte(',')
			}
			sep = true
			w.WriteByte('"')
			w.Write(buf[:hex.Encode(buf[:], e)])
			w.WriteByte('"')
		}
	}
	w.WriteByte(']')
}

// handleLog answers /log, /log/all and /log/{bb}.
func (s *Service) handleLog(w http.ResponseWriter, r *http.Request) {
	route := r.PathValue("bucket")
	b, isBucket := parseBucket(route)
	if route != "" && route != "all" && !isBucket {
		writeError(w, r, errNotFound, 0)
		return
	}
	roll, ok, counts, err := s.logPosts(r.Context())
	if err != nil {
		s.writeLogError(w, r, err)
		return
	}
	etag := logETag(route, roll, ok, counts)
	w.Header().Set("Cache-Control", "public, no-cache")
	w.Header().Set("ETag", etag)
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	if route == "" {
		writeJSON(w, http.StatusOK, logInfo(roll, ok, counts))
		return
	}
	st, err := s.logState(r.Context(), roll, ok, counts)
	if err != nil {
		s.writeLogError(w, r, err)
		return
	}
	if isBucket {
		writeJSON(w, http.StatusOK, st.bucket(b))
		return
	}
	st.writeAll(w)
}

// parseBucket reads a bucket as the API names it: two lowercase hex
// digits.
func parseBucket(s string) (uint8, bool) {
	if len(s) != 2 {
		return 0, false
	}
	b, err := hex.DecodeString(s)
	if err != nil || hex.EncodeToString(b) != s {
		return 0, false
	}
	return b[0], true
}

// writeLogError answers a failure to read the log.
func (s *Service) writeLogError(w http.ResponseWriter, r *http.Request, err error) {
	w.Header().Set("Cache-Control", "no-store")
	if err == errNoLog {
		writeError(w, r, errNotFound, 0)
		return
	}
	s.cfg.Logger.Error("registrar: reading the registration log", "err", err)
	writeError(w, r, errLogUnavailable, 0)
}
