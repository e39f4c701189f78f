package registrar_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/api"
	"github.com/evote-org/evote/registrar/code"
	"github.com/evote-org/evote/registrar/reglog"
	"github.com/evote-org/evote/registrar/store"
)

// logChain is a chain holding the registration log's posts; its LogPosts
// fails while down is set.
type logChain struct {
	fakeChain
	mu     sync.Mutex
	roll   *reglog.Post
	counts []reglog.Post
	down   bool
}

func (c *logChain) LogPosts(ctx context.Context) (reglog.Post, bool, []reglog.Post, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.down {
		return reglog.Post{}, false, nil, errors.New("chain: node unreachable")
	}
	if c.roll == nil {
		return reglog.Post{}, false, slices.Clone(c.counts), nil
	}
	return *c.roll, true, slices.Clone(c.counts), nil
}

// postRoll posts the root of the store's roll, as the registrar does.
func (c *logChain) postRoll(t *testing.T, st store.Store, block uint64) {
	entries, err := st.RollEntries(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.roll = &reglog.Post{Count: uint64(len(entries)), Root: mustRoot(t, entries), Block: block}
}

// postCount posts the count of the store's issuances and the root of
// those since the last post.
func (c *logChain) postCount(t *testing.T, st store.Store, block uint64, final bool) {
	ctx := context.Background()
	n, err := st.Issued(ctx)
	if err != nil {
		t.Fatal(err)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	var from uint64
	if len(c.counts) > 0 {
		from = c.counts[len(c.counts)-1].Count
	}
	entries, err := st.Entries(ctx, from, n)
	if err != nil {
		t.Fatal(err)
	}
	c.counts = append(c.counts, reglog.Post{Count: n, Root: mustRoot(t, entries), Block: block, Final: final})
}

func mustRoot(t testing.TB, entries [][]byte) [32]byte {
	t.Helper()
	r, err := reglog.Root(entries)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// logWorld is a registrar with voters, some of whom got a token in one
// of two intervals, and the posts of the log.
type logWorld struct {
	st    store.Store
	chain *logChain
	c     *client
	codes map[string]string
}

func newLogWorld(t *testing.T, opts registrar.Config) *logWorld {
	st := openPebble(t)
	w := &logWorld{st: st, chain: &logChain{}, codes: voters(t, st, 40, cheap)}
	opts.Publisher = w.chain
	svc := newService(t, st, opts)
	w.c = newClient(t, svc.Handler())
	w.chain.postRoll(t, st, 10)
	w.issue(t, svc, 0, 5)
	w.chain.postCount(t, st, 20, false)
	w.chain.postCount(t, st, 25, false) // an empty interval
	w.issue(t, svc, 5, 12)
	w.chain.postCount(t, st, 30, true)
	return w
}

// issue gives voters i..j-1 a token.
func (w *logWorld) issue(t *testing.T, svc *registrar.Service, i, j int) {
	for ; i < j; i++ {
		v := voterID(i)
		if _, err := svc.Issue(context.Background(), registrar.Request{VoterID: v, Code: w.codes[v], Blinded: randomBlinded(t)}); err != nil {
			t.Fatal(err)
		}
	}
}

// leaf is voter i's leaf, as the voter computes it from the letter.
func (w *logWorld) leaf(t *testing.T, i int) [32]byte {
	c, _ := code.Normalize(w.codes[voterID(i)])
	l, err := reglog.Leaf(c, testCtx.ElectionID, voterID(i))
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// get fetches path and decodes a 200 answer into v; it returns the
// answer's status and headers.
func (w *logWorld) get(t *testing.T, path string, hdr http.Header, v any) (int, http.Header, []byte) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, w.c.base+electionPath+path, nil)
	req.Header = hdr.Clone()
	if req.Header == nil {
		req.Header = http.Header{}
	}
	resp, err := w.c.http.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode == http.StatusOK && v != nil {
		if err := json.Unmarshal(body, v); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
	return resp.StatusCode, resp.Header, body
}

// TestLogPosts: /log is the posts on chain, roots in hex.
func TestLogPosts(t *testing.T) {
	w := newLogWorld(t, registrar.Config{})
	var got api.LogInfo
	if s, _, body := w.get(t, "/log", nil, &got); s != http.StatusOK {
		t.Fatalf("/log: %d %s", s, body)
	}
	roll := w.chain.roll
	if got.Roll == nil || got.Roll.Count != 40 || got.Roll.Root != hex.EncodeToString(roll.Root[:]) || got.Roll.Block != 10 {
		t.Fatalf("roll %+v, want %+v", got.Roll, roll)
	}
	var counts []uint64
	for i, it := range got.Intervals {
		p := w.chain.counts[i]
		if it.Root != hex.EncodeToString(p.Root[:]) || it.Block != p.Block || it.Final != p.Final {
			t.Fatalf("interval %d: %+v, want %+v", i, it, p)
		}
		counts = append(counts, it.Count)
	}
	if !slices.Equal(counts, []uint64{5, 5, 12}) {
		t.Fatalf("counts %v", counts)
	}
}

// TestLogBuckets: every bucket of /log/{bb} verifies against the posted
// roots; together they are the roll and the issuances, and each voter
// finds their leaf on the roll and, if they got a token, in the interval
// of the post that counted it.
func TestLogBuckets(t *testing.T) {
	w := newLogWorld(t, registrar.Config{})
	var roll, issued [][]byte
	intervalOf := map[[32]byte]int{}
	for b := range reglog.NumBuckets {
		var got api.LogBucket
		if s, _, body := w.get(t, "/log/"+hex.EncodeToString([]byte{byte(b)}), nil, &got); s != http.StatusOK || got.Bucket != b {
			t.Fatalf("bucket %02x: %d %s", b, s, body)
		}
		roll = append(roll, verifyProof(t, uint8(b), got.Roll.Entries, got.Roll.Path, w.chain.roll.Root)...)
		if len(got.Intervals) != 3 {
			t.Fatalf("bucket %02x: %d intervals", b, len(got.Intervals))
		}
		for k, it := range got.Intervals {
			p := w.chain.counts[k]
			if it.Count != p.Count {
				t.Fatalf("interval %d count %d, want %d", k, it.Count, p.Count)
			}
			for _, e := range verifyProof(t, uint8(b), it.Entries, it.Path, p.Root) {
				issued = append(issued, e)
				intervalOf[[32]byte(e)] = k
			}
		}
	}
	want, _ := w.st.RollEntries(context.Background())
	wantSame(t, "roll", roll, want)
	want, _ = w.st.Entries(context.Background(), 0, 12)
	wantSame(t, "issued", issued, want)
	for i := range 40 {
		l := w.leaf(t, i)
		if !slices.ContainsFunc(roll, func(e []byte) bool { return bytes.HasPrefix(e, l[:]) }) {
			t.Fatalf("voter %d's leaf is not on the roll", i)
		}
		k, ok := intervalOf[l]
		switch {
		case i < 5 && (!ok || k != 0), i >= 5 && i < 12 && (!ok || k != 2):
			t.Errorf("voter %d: token in interval %d (%v), want %d", i, k, ok, map[bool]int{true: 0, false: 2}[i < 5])
		case i >= 12 && ok:
			t.Errorf("voter %d got no token but finds one in interval %d", i, k)
		}
	}
}

// verifyProof checks a served bucket as the voter's page does and
// returns its entries.
func verifyProof(t *testing.T, b uint8, hexEntries, hexPath []string, root [32]byte) [][]byte {
	t.Helper()
	path, err := reglog.ParsePath(hexPath)
	if err != nil {
		t.Fatal(err)
	}
	var entries [][]byte
	for _, h := range hexEntries {
		e, err := hex.DecodeString(h)
		if err != nil {
			t.Fatal(err)
		}
		entries = append(entries, e)
	}
	if err := reglog.VerifyBucket(b, entries, path, root); err != nil {
		t.Fatalf("bucket %02x: %v", b, err)
	}
	return entries
}

func wantSame(t *testing.T, what string, got, want [][]byte) {
	t.Helper()
	got, want = slices.Clone(got), slices.Clone(want)
	slices.SortFunc(got, bytes.Compare)
	slices.SortFunc(want, bytes.Compare)
	if !slices.EqualFunc(got, want, bytes.Equal) {
		t.Fatalf("%s: %d entries served, %d in the store", what, len(got), len(want))
	}
}

// TestLogAll: /log/all is every entry, each set in tree order, hashing to
// its posted root.
func TestLogAll(t *testing.T) {
	w := newLogWorld(t, registrar.Config{})
	var got api.LogAll
	if s, _, body := w.get(t, "/log/all", nil, &got); s != http.StatusOK {
		t.Fatalf("/log/all: %d %s", s, body)
	}
	check := func(what string, hexEntries []string, root [32]byte) {
		entries := make([][]byte, len(hexEntries))
		for i, h := range hexEntries {
			entries[i], _ = hex.DecodeString(h)
		}
		tree, err := reglog.New(entries)
		if err != nil || tree.Root() != root || !slices.EqualFunc(tree.Entries(), entries, bytes.Equal) {
			t.Fatalf("%s: %v, root %x want %x, or not in tree order", what, err, tree.Root(), root)
		}
	}
	check("roll", got.Roll.Entries, w.chain.roll.Root)
	if len(got.Roll.Entries) != 40 || len(got.Intervals) != 3 {
		t.Fatalf("%d roll entries, %d intervals", len(got.Roll.Entries), len(got.Intervals))
	}
	for k, it := range got.Intervals {
		check("interval", it.Entries, w.chain.counts[k].Root)
	}
}

// TestLogCaching: answers carry an ETag of the posts; the same tag gets
// 304, a new post a new tag.
func TestLogCaching(t *testing.T) {
	w := newLogWorld(t, registrar.Config{})
	for _, path := range []string{"/log", "/log/00", "/log/all"} {
		s, h, _ := w.get(t, path, nil, nil)
		etag := h.Get("ETag")
		if s != http.StatusOK || etag == "" || h.Get("Cache-Control") != "public, no-cache" {
			t.Fatalf("%s: %d, ETag %q, Cache-Control %q", path, s, etag, h.Get("Cache-Control"))
		}
		if s, _, body := w.get(t, path, http.Header{"If-None-Match": {etag}}, nil); s != http.StatusNotModified || len(body) != 0 {
			t.Fatalf("%s with its ETag: %d %q", path, s, body)
		}
		w.chain.mu.Lock()
		w.chain.counts = append(w.chain.counts, reglog.Post{Count: 12, Root: w.chain.counts[1].Root, Block: 40})
		w.chain.mu.Unlock()
		if s, h, _ := w.get(t, path, http.Header{"If-None-Match": {etag}}, nil); s != http.StatusOK || h.Get("ETag") == etag {
			t.Fatalf("%s after a post: %d, ETag %q", path, s, h.Get("ETag"))
		}
	}
}

// TestLogHostile: malformed buckets, other methods and elections, and a
// chain that cannot be read get errors, never a log.
func TestLogHostile(t *testing.T) {
	w := newLogWorld(t, registrar.Config{})
	for _, b := range []string{"0", "000", "0g", "FF", "Ff", "0x", "-1", "%2e%2e", "100", "all0", "ALL",
		strings.Repeat("0", 4096), "00/", "00/extra", "%30"} {
		s, _, body := w.get(t, "/log/"+b, nil, nil)
		if s != http.StatusNotFound && s != http.StatusMovedPermanently {
			t.Errorf("/log/%.20s: %d %s", b, s, body)
		}
	}
	for _, path := range []string{"/log", "/log/00", "/log/all"} {
		for _, m := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch} {
			req, _ := http.NewRequest(m, w.c.base+electionPath+path, strings.NewReader("{}"))
			resp, err := w.c.http.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Allow") != http.MethodGet {
				t.Errorf("%s %s: %d, Allow %q", m, path, resp.StatusCode, resp.Header.Get("Allow"))
			}
		}
	}
	req, _ := http.NewRequest(http.MethodGet, w.c.base+"/v1/elections/0x"+strings.Repeat("ab", 32)+"/log/00", nil)
	if resp, err := w.c.http.Do(req); err != nil || resp.StatusCode != http.StatusNotFound {
		t.Errorf("another election's log: %v %v", resp.StatusCode, err)
	}
	w.chain.mu.Lock()
	w.chain.down = true
	w.chain.mu.Unlock()
	for _, path := range []string{"/log", "/log/00", "/log/all"} {
		var e api.ErrorResponse
		s, h, body := w.get(t, path, nil, nil)
		json.Unmarshal(body, &e)
		if s != http.StatusServiceUnavailable || e.Error != "log_unavailable" || h.Get("Retry-After") == "" || h.Get("Cache-Control") != "no-store" {
			t.Errorf("%s with the chain down: %d %s %v", path, s, body, h)
		}
	}
}

// TestLogWithoutPublisher: a registrar that posts nothing serves no log.
func TestLogWithoutPublisher(t *testing.T) {
	c := newClient(t, newService(t, openPebble(t), registrar.Config{}).Handler())
	for _, path := range []string{"/log", "/log/00", "/log/all"} {
		resp, err := c.http.Get(c.base + electionPath + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusNotFound {
			t.Errorf("%s: %d", path, resp.StatusCode)
		}
	}
}

// TestLogOrigins: the site's page may read the log from a browser, any
// other origin is refused, as for the other endpoints.
func TestLogOrigins(t *testing.T) {
	const site = "https://vote.example"
	w := newLogWorld(t, registrar.Config{AllowedOrigins: []string{site}})
	if s, h, _ := w.get(t, "/log/00", http.Header{"Origin": {site}}, nil); s != http.StatusOK || h.Get("Access-Control-Allow-Origin") != site {
		t.Errorf("the site: %d %v", s, h)
	}
	if s, h, _ := w.get(t, "/log/00", http.Header{"Origin": {"https://evil.example"}}, nil); s != http.StatusForbidden || h.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("another origin: %d %v", s, h)
	}
}

// TestLogStoreDisagrees: a roll changed in the store after its post is
// served as it is, and the voter's check fails on it.
func TestLogStoreDisagrees(t *testing.T) {
	w := newLogWorld(t, registrar.Config{})
	ctx := context.Background()
	leaf := [32]byte{0x42}
	e, _ := reglog.Entry(leaf, "")
	if err := w.st.PutCredentials(ctx, []store.Credential{{VoterID: "late", Secret: []byte("-"), Entry: e}}); err != nil {
		t.Fatal(err)
	}
	var got api.LogBucket
	if s, _, body := w.get(t, "/log/42", nil, &got); s != http.StatusOK {
		t.Fatalf("%d %s", s, body)
	}
	path, _ := reglog.ParsePath(got.Roll.Path)
	var entries [][]byte
	for _, h := range got.Roll.Entries {
		b, _ := hex.DecodeString(h)
		entries = append(entries, b)
	}
	if err := reglog.VerifyBucket(0x42, entries, path, w.chain.roll.Root); !errors.Is(err, reglog.ErrRoot) {
		t.Fatalf("a roll that is not the posted one verifies: %v", err)
	}
}

// TestLogBeforeRoll: before anything is posted, the log is empty (roll
// null, no intervals), not an error.
func TestLogBeforeRoll(t *testing.T) {
	st := openPebble(t)
	voters(t, st, 3, cheap)
	w := &logWorld{st: st, chain: &logChain{}}
	w.c = newClient(t, newService(t, st, registrar.Config{Publisher: w.chain}).Handler())
	for path, want := range map[string]string{
		"/log":     `{"roll":null,"intervals":[]}`,
		"/log/00":  `{"bucket":0,"roll":null,"intervals":[]}`,
		"/log/all": `{"roll":null,"intervals":[]}`,
	} {
		if s, _, body := w.get(t, path, nil, nil); s != http.StatusOK || strings.TrimSpace(string(body)) != want {
			t.Errorf("%s: %d %s, want %s", path, s, body, want)
		}
	}
}

// BenchmarkLogBucket is a voter's fetch of one bucket of a city's roll
// (1.5 M entries with an 8-character district, random leaves) from the
// registrar over HTTP. "first-s" is the first request, which reads the
// roll from the store and builds its tree; the others are served from
// the cached tree.
//
//	go test ./registrar -run '^$' -bench LogBucket -benchtime 200x
func BenchmarkLogBucket(b *testing.B) {
	const n = 1_500_000
	st := openPebble(b)
	ctx := context.Background()
	rng := rand.NewChaCha8([32]byte{1})
	for i := 0; i < n; i += 10_000 {
		creds := make([]store.Credential, 10_000)
		for j := range creds {
			var leaf [32]byte
			rng.Read(leaf[:])
			e, _ := reglog.Entry(leaf, "TVERSKOY")
			creds[j] = store.Credential{VoterID: voterID(i + j), Secret: []byte("-"), Entry: e}
		}
		if err := st.PutCredentials(ctx, creds); err != nil {
			b.Fatal(err)
		}
	}
	entries, err := st.RollEntries(ctx)
	if err != nil {
		b.Fatal(err)
	}
	chain := &logChain{roll: &reglog.Post{Count: n, Root: mustRoot(b, entries), Block: 1}}
	entries = nil
	c := newClient(b, newService(b, st, registrar.Config{Publisher: chain}).Handler())
	get := func(bucket byte) int {
		resp, err := c.http.Get(fmt.Sprintf("%s%s/log/%02x", c.base, electionPath, bucket))
		if err != nil || resp.StatusCode != http.StatusOK {
			b.Fatal(err, resp.StatusCode)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		return len(body)
	}
	start := time.Now()
	get(0)
	first := time.Since(start)
	b.ResetTimer()
	size := 0
	for i := range b.N {
		size = get(byte(i))
	}
	b.ReportMetric(first.Seconds(), "first-s")
	b.ReportMetric(float64(size)/1e3, "kB/bucket")
}
