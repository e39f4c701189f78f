package registrar_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/evote-org/evote/registrar/api"
	"github.com/evote-org/evote/registrar/code"
	"github.com/evote-org/evote/registrar/reglog"
	"github.com/evote-org/evote/registrar/store"
)

// faultVoters is the number of voters in a fault test.
const faultVoters = 150

// election is the voters of a fault test: each has a code and two
// blinded messages, a (sent first) and b (a second attempt), and the
// log entry the voter would compute from the code.
type election struct {
	codes   map[string]string
	a, b    map[string][]byte
	entries func() map[string][]byte
}

func newElection(t *testing.T, st store.Store) *election {
	e := &election{codes: voters(t, st, faultVoters, code.DefaultParams), a: map[string][]byte{}, b: map[string][]byte{}}
	for v := range e.codes {
		e.a[v], e.b[v] = randomBlinded(t), randomBlinded(t)
	}
	e.entries = sync.OnceValue(func() map[string][]byte {
		out := map[string][]byte{}
		for v, printed := range e.codes {
			c, _ := code.Normalize(printed)
			leaf, err := reglog.Leaf(c, testCtx.ElectionID, v)
			if err != nil {
				t.Error(err)
			}
			out[v], _ = reglog.Entry(leaf, "")
		}
		return out
	})
	return e
}

// checkLog checks the store's issuances and log, then closes it: every
// voter's record is pending without a number or complete with a number
// in 1..issued, no number twice, the log holds exactly the issued
// entries and each number's entry is its voter's. It returns the numbers
// of complete and pending records.
func (e *election) checkLog(t *testing.T, st store.Store) (done, pending int) {
	t.Helper()
	defer st.Close()
	ctx := context.Background()
	issued, err := st.Issued(ctx)
	if err != nil {
		t.Fatal(err)
	}
	log, err := st.Entries(ctx, 0, issued)
	if err != nil {
		t.Fatalf("the log of %d issuances: %v", issued, err)
	}
	owner := map[uint64]string{}
	for v := range e.codes {
		in, err := st.Intent(ctx, v)
		switch {
		case errors.Is(err, store.ErrNotFound):
			continue
		case err != nil:
			t.Fatal(err)
		case !in.Done():
			if in.Seq != 0 {
				t.Fatalf("%s: pending with number %d", v, in.Seq)
			}
			pending++
			continue
		case in.Seq < 1 || in.Seq > issued || owner[in.Seq] != "":
			t.Fatalf("%s: signature numbered %d of %d (also %q's)", v, in.Seq, issued, owner[in.Seq])
		case !bytes.Equal(log[in.Seq-1], e.entries()[v]):
			t.Fatalf("%s: entry %d is %x, not the voter's", v, in.Seq, log[in.Seq-1])
		}
		owner[in.Seq] = v
		done++
	}
	if uint64(done) != issued || len(log) != done {
		t.Fatalf("%d signatures, %d issued, %d entries logged", done, issued, len(log))
	}
	return done, pending
}

// phase1 sends every voter's a from 8 workers and calls crash once a
// third of them are acknowledged. It returns the acknowledged signatures
// and the number of answers that were errors (503 or a broken
// connection).
func (e *election) phase1(t *testing.T, c *client, crash func()) (map[string][]byte, int) {
	var mu sync.Mutex
	acked := map[string][]byte{}
	var failed atomic.Int64
	var once sync.Once
	crashed := make(chan struct{})
	work := make(chan string)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for v := range work {
				r, err := c.token(v, e.codes[v], e.a[v])
				switch {
				case err != nil || r.Status == http.StatusServiceUnavailable:
					failed.Add(1)
				case r.Status != http.StatusOK:
					t.Errorf("phase 1, %s: %d %+v", v, r.Status, r.Err)
				default:
					mu.Lock()
					acked[v] = r.Sig
					n := len(acked)
					mu.Unlock()
					if n >= faultVoters/3 {
						// Not at once: the workers run in step, so 15 ms
						// later the next requests are between Claim and
						// signing (a crash that must hit that window
						// waits until a request is held there).
						once.Do(func() {
							go func() {
								time.Sleep(15 * time.Millisecond)
								crash()
								close(crashed)
							}()
						})
					}
				}
			}
		})
	}
	for i := range faultVoters {
		work <- voterID(i)
	}
	close(work)
	wg.Wait()
	once.Do(func() {
		t.Error("phase 1 ended before the crash")
		close(crashed)
	})
	<-crashed
	return acked, int(failed.Load())
}

// check asks again for every voter, b first, then a, twice over, and
// checks: every acknowledged signature is still the voter's; no voter
// gets two signatures or none; each signature verifies. It returns how
// many voters turned out bound to a though their phase-1 answer was lost:
// a crash between intent and answer.
func (e *election) check(t *testing.T, c *client, acked map[string][]byte) int {
	var recovered atomic.Int64
	work := make(chan string)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for v := range work {
				bound, err := e.checkVoter(t, c, v, acked[v])
				if err != nil {
					t.Error(err)
				}
				if bound && acked[v] == nil {
					recovered.Add(1)
				}
			}
		})
	}
	for v := range e.codes {
		work <- v
	}
	close(work)
	wg.Wait()
	if t.Failed() {
		t.FailNow()
	}
	return int(recovered.Load())
}

// checkVoter checks one voter (see check) and reports whether the voter
// is bound to a.
func (e *election) checkVoter(t *testing.T, c *client, v string, acked []byte) (bool, error) {
	var first []byte
	boundToA := false
	for range 2 {
		rb, ra := ask(t, c, v, e.codes[v], e.b[v]), ask(t, c, v, e.codes[v], e.a[v])
		var sig, msg []byte
		switch {
		case ra.Status == 200 && rb.Err.Error == "already_issued":
			sig, msg, boundToA = ra.Sig, e.a[v], true
		case rb.Status == 200 && ra.Err.Error == "already_issued" && acked == nil:
			sig, msg = rb.Sig, e.b[v]
		default:
			return false, fmt.Errorf("%s: answers %d %+v for b, %d %+v for a (acknowledged before: %v)",
				v, rb.Status, rb.Err, ra.Status, ra.Err, acked != nil)
		}
		switch {
		case acked != nil && !bytes.Equal(sig, acked):
			return false, fmt.Errorf("%s: the acknowledged signature was forgotten", v)
		case first != nil && !bytes.Equal(sig, first):
			return false, fmt.Errorf("%s: two different signatures", v)
		case !signs(t, msg, sig):
			return false, fmt.Errorf("%s: signature does not verify", v)
		}
		first = sig
	}
	return boundToA, nil
}

// ask is c.token, retried a few times while the registrar is unavailable
// (as a booth would).
func ask(t *testing.T, c *client, v, code string, m []byte) reply {
	for range 20 {
		r, err := c.token(v, code, m)
		if err == nil && r.Status != http.StatusServiceUnavailable {
			return r
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("%s: registrar unavailable", v)
	return reply{}
}

// wantIssued checks GET /count: every voter holds one token.
func wantIssued(t *testing.T, c *client, want uint64) {
	resp, err := c.http.Get(c.base + electionPath + "/count")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var n api.CountInfo
	json.NewDecoder(resp.Body).Decode(&n)
	if n.IssuedTokens != want || n.EligibleVoters != want {
		t.Fatalf("count %+v, want %d tokens of %d voters", n, want, want)
	}
}
