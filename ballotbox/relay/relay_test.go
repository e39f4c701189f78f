package relay_test

import (
	"bytes"
	"github.com/evote-org/evote/ballotbox/tracker"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/ballotbox/relay"
	"github.com/evote-org/evote/crypto/voter"
	"github.com/gorilla/websocket"
)

func dial(t testing.TB, tr *testRelay, headers ...string) *websocket.Conn {
	t.Helper()
	h := http.Header{}
	for i := 0; i+1 < len(headers); i += 2 {
		h.Set(headers[i], headers[i+1])
	}
	c, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(tr.url, "http")+"/v1/ws", h)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func readUpdate(t testing.TB, c *websocket.Conn, timeout time.Duration) relay.Update {
	t.Helper()
	c.SetReadDeadline(time.Now().Add(timeout))
	var u relay.Update
	if err := c.ReadJSON(&u); err != nil {
		t.Fatalf("reading an update: %v", err)
	}
	return u
}

// A voter casts over a WebSocket and sees "accepted", then "included";
// another client watching the tracker code, and a polling one, see it
// included too.
func TestWebSocketCast(t *testing.T) {
	te := openElection(t)
	tr := te.startRelay(t, relay.Config{})
	c, _ := te.vote(t)
	ws := dial(t, tr, "Accept-Language", "ru-RU,ru;q=0.9,en;q=0.8")
	m := request(c)
	m.Type, m.ID = "cast", "c1"
	if err := ws.WriteJSON(m); err != nil {
		t.Fatal(err)
	}
	code := tracker.Of(c.Ballot).String()
	u := readUpdate(t, ws, 10*time.Second)
	if u.Status != "accepted" || u.ID != "c1" || u.Tracker != code || !strings.Contains(u.Message, "принят") {
		t.Fatalf("first update: %+v", u)
	}
	u = readUpdate(t, ws, 20*time.Second)
	if u.Status != "included" || u.ID != "c1" || u.Block == 0 || len(u.Tx) != 66 || u.Tracker != code {
		t.Fatalf("second update: %+v", u)
	}
	t.Logf("included: %+v", u)

	ws2 := dial(t, tr)
	typed := strings.ToLower(strings.ReplaceAll(code, "-", " ")) // as a person may type it
	ws2.WriteJSON(relay.Request{Type: "watch", ID: "w", Tracker: typed})
	if w := readUpdate(t, ws2, 5*time.Second); w.Status != "included" || w.ID != "w" || w.Block != u.Block {
		t.Fatalf("watch: %+v", w)
	}
	status, p := tr.get("/v1/casts/"+code, "Accept-Language", "en")
	if status != http.StatusOK || p.Status != "included" || p.Tx != u.Tx || !strings.Contains(p.Message, "recorded") {
		t.Fatalf("poll: %d %+v", status, p)
	}
	te.onChain(t, []ballotbox.Cast{c})
}

// Invalid casts are rejected with their reason and never sent.
func TestRejections(t *testing.T) {
	te := openElection(t)
	tr := te.startRelay(t, relay.Config{})
	good, gk := te.vote(t)
	alice, _ := te.vote(t)
	copied, mk := te.vote(t) // Alice's ballot under Mallory's own token
	copied.Ballot = alice.Ballot
	te.sign(t, &copied, mk)
	otherToken, ok := te.vote(t) // someone else's token, properly signed
	otherToken.Token = good.Token
	te.sign(t, &otherToken, ok)
	badSig := good
	badSig.Signature = bytes.Clone(good.Signature)
	badSig.Signature[5] ^= 1
	garbage, xk := te.vote(t)
	garbage.Ballot = []byte{1, 2, 3}
	te.sign(t, &garbage, xk)

	for _, tc := range []struct {
		name   string
		cast   ballotbox.Cast
		reason relay.Reason
	}{
		{"bad proof", copied, relay.BadProof},
		{"bad token", otherToken, relay.BadToken},
		{"bad signature", badSig, relay.BadSignature},
		{"bad encoding", garbage, relay.BadEncoding},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, u := tr.post(request(tc.cast))
			if code != http.StatusUnprocessableEntity || u.Status != "rejected" || u.Reason != string(tc.reason) || u.Message == "" {
				t.Fatalf("%d %+v", code, u)
			}
		})
	}
	t.Run("double vote", func(t *testing.T) { doubleVote(t, te, tr, good, gk) })
	if n := tr.Metrics().Sent; n != 1 {
		t.Errorf("%d transactions sent, want 1 (the good cast)", n)
	}
}

func doubleVote(t *testing.T, te *testElection, tr *testRelay, good ballotbox.Cast, k *voter.Key) {
	if code, u := tr.post(request(good)); code != http.StatusAccepted || u.Status != "accepted" {
		t.Fatalf("good cast: %d %+v", code, u)
	}
	if code, u := tr.post(request(good)); code/100 != 2 || u.Status == "rejected" {
		t.Fatalf("the same cast again: %d %+v", code, u)
	}
	second := good
	second.Ballot = te.ballot(t, k)
	te.sign(t, &second, k)
	if code, u := tr.post(request(second)); code != http.StatusUnprocessableEntity || u.Reason != string(relay.AlreadyVoted) {
		t.Fatalf("second ballot, first in the outbox: %d %+v", code, u)
	}
	tr.waitIncluded([]relay.Tracker{tracker.Of(good.Ballot)}, inclusionWait)
	other := te.startRelay(t, relay.Config{}) // knows nothing: HasVoted says it
	if code, u := other.post(request(second)); code != http.StatusUnprocessableEntity || u.Reason != string(relay.AlreadyVoted) {
		t.Fatalf("second ballot, first on chain: %d %+v", code, u)
	}
	if code, u := tr.post(request(good)); code != http.StatusOK || u.Status != "included" {
		t.Fatalf("the included cast again: %d %+v", code, u)
	}
	forged := good // its ballot, with another token and signature
	forged.Token = append([]byte{}, good.Token...)
	forged.Token[0] ^= 1
	forged.Signature = bytes.Repeat([]byte{1}, len(good.Signature))
	if code, u := tr.post(request(forged)); code != http.StatusUnprocessableEntity || u.Reason != string(relay.AlreadyVoted) {
		t.Fatalf("the included ballot with a garbage token and signature: %d %+v", code, u)
	}
}

// Casts to a ballot box whose polls are not open are rejected, in the
// voter's language.
func TestPollsNotOpen(t *testing.T) {
	te := sharedChain(t).newElection(t, 2, false)
	if _, err := relay.LoadParams(t.Context(), te.box, te.deployed); err != relay.ErrNotOpened {
		t.Fatalf("LoadParams before the opening: %v", err)
	}
	tr := te.startRelay(t, relay.Config{})
	c, _ := te.vote(t)
	m := request(c)
	m.Lang = "ru"
	code, u := tr.post(m)
	if code != http.StatusUnprocessableEntity || u.Reason != string(relay.NotOpen) || !strings.Contains(u.Message, "Голосование") {
		t.Fatalf("%d %+v", code, u)
	}
}

// 200 concurrent submissions are all included, with no nonce error.
func TestConcurrentSubmissions(t *testing.T) {
	te := openElection(t)
	tr := te.startRelay(t, relay.Config{})
	casts := votes(t, te, 200)
	var wg sync.WaitGroup
	trackers := make([]relay.Tracker, len(casts))
	for i, c := range casts {
		trackers[i] = tracker.Of(c.Ballot)
		wg.Go(func() {
			if code, u := tr.post(request(c)); code != http.StatusAccepted {
				t.Errorf("cast %d: %d %+v", i, code, u)
			}
		})
	}
	wg.Wait()
	tr.waitIncluded(trackers, inclusionWait)
	// A status reads included once the outbox has stored it, a moment
	// before the relay counts it: wait for the count, then check it all.
	m := tr.Metrics()
	for deadline := time.Now().Add(inclusionWait); m.Included < 200 && time.Now().Before(deadline); m = tr.Metrics() {
		time.Sleep(20 * time.Millisecond)
	}
	if m.NonceErrors != 0 || m.Sent != 200 || m.Resent != 0 || m.Outbox != 0 || m.Included != 200 {
		t.Fatalf("metrics: %+v", m)
	}
	te.onChain(t, casts)
}

// votes makes n valid casts on all cores.
func votes(t testing.TB, te *testElection, n int) []ballotbox.Cast {
	casts := make([]ballotbox.Cast, n)
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for i := w; i < n; i += 4 {
				casts[i], _ = te.vote(t)
			}
		})
	}
	wg.Wait()
	return casts
}

// With a random delay and shuffled batches, every cast is still sent
// once and included.
func TestDelayAndBatches(t *testing.T) {
	te := openElection(t)
	tr := te.startRelay(t, relay.Config{MaxDelay: 600 * time.Millisecond, BatchInterval: 250 * time.Millisecond})
	casts := votes(t, te, 30)
	start := time.Now()
	trackers := postAll(t, tr, casts)
	if tr.Metrics().Sent == int64(len(casts)) && time.Since(start) < 100*time.Millisecond {
		t.Fatal("all sent at once despite the delay")
	}
	tr.waitIncluded(trackers, inclusionWait)
	if m := tr.Metrics(); m.Sent != int64(len(casts)) || m.NonceErrors != 0 {
		t.Fatalf("metrics: %+v", m)
	}
	te.onChain(t, casts)
}

// A batch's casts go to the node in one request (a JSON-RPC batch), not
// one request each: a relay sending one cast per round trip ingested
// about 45 casts/s while 64 voters at once kept the box busy
// (docs/performance.md). More than sendBatch (256) due at once take more
// than one request.
func TestSendsInBatches(t *testing.T) {
	te := openElection(t)
	tr := te.startRelay(t, relay.Config{MaxDelay: relay.Off, BatchInterval: time.Second})
	casts := votes(t, te, 300)
	var trackers []relay.Tracker
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, c := range casts {
		wg.Go(func() {
			if code, u := tr.post(request(c)); code != http.StatusAccepted {
				t.Errorf("%d %+v", code, u)
			}
			mu.Lock()
			trackers = append(trackers, tracker.Of(c.Ballot))
			mu.Unlock()
		})
	}
	wg.Wait()
	tr.waitIncluded(trackers, inclusionWait)
	m := tr.Metrics()
	if m.Sent != int64(len(casts)) || m.NonceErrors != 0 || m.Sends < 2 || m.Sends > 10 {
		t.Fatalf("%d casts sent in %d requests (want 2 to 10), %d nonce errors", m.Sent, m.Sends, m.NonceErrors)
	}
	t.Logf("%d casts sent in %d requests", m.Sent, m.Sends)
	te.onChain(t, casts)
}
