package registrar_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"github.com/evote-org/evote/registrar/api"
	"net/http"
	"sync"
	"testing"

	"github.com/evote-org/evote/crypto/blind"
	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/store"
)

// forEachStore runs a test on the embedded and on the Redis store.
func forEachStore(t *testing.T, f func(t *testing.T, st store.Store)) {
	for _, k := range storeKinds {
		t.Run(k.name, func(t *testing.T) { f(t, k.open(t)) })
	}
}

// TestTokenFlow is the whole path of a token through the HTTP API: the
// booth reads the key, blinds, asks, unblinds, and the token verifies.
func TestTokenFlow(t *testing.T) {
	forEachStore(t, func(t *testing.T, st store.Store) {
		codes := voters(t, st, 3, cheap)
		c := newClient(t, newService(t, st, registrar.Config{}).Handler())
		resp, err := c.http.Get(c.base + electionPath)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var info api.ElectionInfo
		if err := json.NewDecoder(resp.Body).Decode(&info); err != nil {
			t.Fatal(err)
		}
		pub, err := blind.ParsePublicKey(info.PublicKey)
		if err != nil || !pub.Equal(testKey(t).Public()) || info.ChainID != testCtx.ChainID {
			t.Fatalf("election info %+v, key err %v", info, err)
		}
		msg := blind.Message(testCtx, [20]byte{0xa1, 0x1c, 0xe0})
		blinded, state, err := blind.Blind(pub, msg, rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		sig := c.mustToken(t, voterID(1), codes[voterID(1)], blinded)
		token, err := blind.Finalize(state, sig)
		if err != nil {
			t.Fatal(err)
		}
		if err := blind.Verify(pub, msg, token); err != nil {
			t.Fatal(err)
		}
	})
}

func TestRetryAndRefusal(t *testing.T) {
	forEachStore(t, func(t *testing.T, st store.Store) {
		codes := voters(t, st, 2, cheap)
		c := newClient(t, newService(t, st, registrar.Config{}).Handler())
		m1, m2 := randomBlinded(t), randomBlinded(t)
		sig := c.mustToken(t, voterID(0), codes[voterID(0)], m1)
		if !signs(t, m1, sig) {
			t.Fatal("signature does not verify")
		}
		// The code is typed differently the second time: still the same.
		again := c.mustToken(t, voterID(0), " "+codes[voterID(0)][:4]+codes[voterID(0)][5:], m1)
		if !bytes.Equal(sig, again) {
			t.Fatal("a retry got another signature")
		}
		c.wantError(t, voterID(0), codes[voterID(0)], m2, http.StatusConflict, "already_issued")
		// The other voter is unaffected, even with the same message.
		c.mustToken(t, voterID(1), codes[voterID(1)], m1)
		if n, _ := st.Issued(context.Background()); n != 2 {
			t.Fatalf("Issued = %d, want 2", n)
		}
	})
}

// TestConcurrentOneVoter: 50 concurrent requests for one voter yield
// exactly one signature.
func TestConcurrentOneVoter(t *testing.T) {
	forEachStore(t, func(t *testing.T, st store.Store) {
		codes := voters(t, st, 2, cheap)
		svc := newService(t, st, registrar.Config{Limits: registrar.Limits{VoterFailures: 200}})
		c := newClient(t, svc.Handler())
		same := randomBlinded(t)
		for voter, distinct := range map[string]bool{voterID(0): false, voterID(1): true} {
			sigs, refused := race(t, c, voter, codes[voter], same, distinct)
			if len(sigs) != 1 {
				t.Fatalf("distinct=%v: %d different signatures, want 1", distinct, len(sigs))
			}
			if distinct && refused != 49 || !distinct && refused != 0 {
				t.Fatalf("distinct=%v: %d refused", distinct, refused)
			}
		}
		if n, _ := st.Issued(context.Background()); n != 2 {
			t.Fatalf("Issued = %d, want 2", n)
		}
	})
}

// race sends 50 requests at once for one voter, with one blinded message
// or 50 different ones, and returns the distinct signatures and the
// number of already_issued answers.
func race(t *testing.T, c *client, voter, code string, same []byte, distinct bool) (map[string]bool, int) {
	var mu sync.Mutex
	sigs, refused := map[string]bool{}, 0
	var wg sync.WaitGroup
	start := make(chan struct{})
	for range 50 {
		m := same
		if distinct {
			m = randomBlinded(t)
		}
		wg.Go(func() {
			<-start
			r, err := c.token(voter, code, m)
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err != nil:
				t.Error(err)
			case r.Status == http.StatusOK:
				sigs[string(r.Sig)] = true
			case r.Err.Error == "already_issued":
				refused++
			default:
				t.Errorf("unexpected answer %d %+v", r.Status, r.Err)
			}
		})
	}
	close(start)
	wg.Wait()
	return sigs, refused
}

func TestIssueAfterClose(t *testing.T) {
	st := openPebble(t)
	codes := voters(t, st, 1, cheap)
	svc := newService(t, st, registrar.Config{})
	if err := svc.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	_, err := svc.Issue(context.Background(), registrar.Request{VoterID: voterID(0), Code: codes[voterID(0)], Blinded: randomBlinded(t)})
	if !errors.Is(err, registrar.ErrClosed) {
		t.Fatalf("Issue after Close: %v", err)
	}
}
