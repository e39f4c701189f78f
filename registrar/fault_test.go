package registrar_test

import (
	"net/http"
	"strconv"
	"testing"
	"time"

	"github.com/evote-org/evote/internal/redistest"
	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/code"
	"github.com/evote-org/evote/registrar/store/pebblestore"
)

// TestKillRegistrar kills the registrar process with SIGKILL in the
// middle of issuance and restarts it on the same store.
func TestKillRegistrar(t *testing.T) {
	for _, kind := range []string{"embedded", "redis"} {
		t.Run(kind, func(t *testing.T) {
			var e *election
			var env []string
			if kind == "embedded" {
				dir := t.TempDir()
				st, err := pebblestore.Open(dir, pebblestore.Options{Logger: quietLogger()})
				if err != nil {
					t.Fatal(err)
				}
				e = newElection(t, st)
				st.Close()
				env = []string{helperEnv + "=pebble", "EVOTE_HELPER_STORE=" + dir}
			} else {
				srv := redistest.Start(t)
				e = newElection(t, openRedisAt(t, srv.URL(), "kill"))
				env = []string{helperEnv + "=redis", "EVOTE_HELPER_STORE=" + srv.URL(), "EVOTE_HELPER_NS=kill"}
			}
			h := startHelper(t, append(env, "EVOTE_HELPER_HOLD="+strconv.Itoa(faultVoters/3))...)
			c := &client{base: h.base, http: &http.Client{Timeout: 30 * time.Second}}
			acked, failed := e.phase1(t, c, h.killHeld)
			h.restart()
			c.base = h.base
			recovered := e.check(t, c, acked)
			t.Logf("%d acknowledged before the kill, %d requests cut off, %d of them had recorded their intent", len(acked), failed, recovered)
			if failed == 0 || recovered == 0 {
				t.Fatal("the kill did not hit a request between intent and answer")
			}
			wantIssued(t, c, faultVoters)
		})
	}
}

// TestKillRedis kills Redis with SIGKILL during issuance and restarts it
// on its append-only file 1.5 s later: nothing acknowledged is lost,
// requests while it is down get 503 and no token, and those cut off
// between intent and signature are completed on retry.
func TestKillRedis(t *testing.T) {
	srv := redistest.Start(t)
	st := openRedisAt(t, srv.URL(), "kill-redis")
	e := newElection(t, st)
	svc := newService(t, st, registrar.Config{CodeParams: code.DefaultParams})
	registrar.SetAfterClaim(svc, func() { time.Sleep(5 * time.Millisecond) })
	c := newClient(t, svc.Handler())
	acked, failed := e.phase1(t, c, func() {
		srv.Kill()
		go func() {
			time.Sleep(1500 * time.Millisecond)
			srv.Restart()
		}()
	})
	recovered := e.check(t, c, acked)
	t.Logf("%d acknowledged before the kill, %d answered 503, %d had recorded their intent", len(acked), failed, recovered)
	if failed == 0 {
		t.Fatal("no request met Redis down")
	}
	wantIssued(t, c, faultVoters)
}

// TestRedisDown: with Redis down, a voter gets a clear 503 and no token;
// once it is back, the same voter can get one (nothing half-recorded
// blocks them).
func TestRedisDown(t *testing.T) {
	srv := redistest.Start(t)
	st := openRedisAt(t, srv.URL(), "down")
	codes := voters(t, st, 1, cheap)
	c := newClient(t, newService(t, st, registrar.Config{}).Handler())
	v := voterID(0)
	srv.Kill()
	r := c.wantError(t, v, codes[v], randomBlinded(t), http.StatusServiceUnavailable, "unavailable")
	if r.Sig != nil || r.Header.Get("Retry-After") == "" {
		t.Fatalf("answer with Redis down: %+v", r)
	}
	t.Logf("with Redis down a voter reads: %q", r.Err.Message)
	srv.Restart()
	m := randomBlinded(t)
	if sig := ask(t, c, v, codes[v], m).Sig; !signs(t, m, sig) {
		t.Fatal("no valid token once Redis is back")
	}
}

// TestEmbeddedStoreClosed: a store that fails stops issuance the same way.
func TestEmbeddedStoreClosed(t *testing.T) {
	st := openPebble(t)
	codes := voters(t, st, 1, cheap)
	c := newClient(t, newService(t, st, registrar.Config{}).Handler())
	st.Close()
	c.wantError(t, voterID(0), codes[voterID(0)], randomBlinded(t), http.StatusServiceUnavailable, "unavailable")
}
