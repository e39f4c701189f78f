package registrar_test

import (
	"net/http"
	"strconv"
	"testing"
	"time"

	"github.com/evote-org/evote/internal/redistest"
	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/code"
	"github.com/evote-org/evote/registrar/store"
	"github.com/evote-org/evote/registrar/store/pebblestore"
)

// TestKillRegistrar kills the registrar process with SIGKILL in the
// middle of issuance, once requests are held at a stage (after the
// claim, after signing, after the store completed the issuance and
// logged its entry), checks the store as the kill left it, restarts the
// process on it and checks every voter and the store again: a signature
// is stored if and only if its numbered log entry is, the numbers are
// 1..issued, and each is the voter's own entry.
func TestKillRegistrar(t *testing.T) {
	for _, kind := range []string{"embedded", "redis"} {
		for _, stage := range []string{"claim", "sign", "complete"} {
			t.Run(kind+"/"+stage, func(t *testing.T) {
				e, env, open := killSetup(t, kind)
				h := startHelper(t, append(env, "EVOTE_HELPER_HOLD="+strconv.Itoa(faultVoters/3), "EVOTE_HELPER_HOLD_AT="+stage)...)
				c := &client{base: h.base, http: &http.Client{Timeout: 30 * time.Second}}
				acked, failed := e.phase1(t, c, h.killHeld)
				done, pending := e.checkLog(t, open(t))
				switch {
				case done < len(acked):
					t.Fatalf("%d signatures stored, %d acknowledged", done, len(acked))
				case stage == "complete" && done == len(acked):
					t.Fatal("the kill did not hit a request between its logged completion and its answer")
				case stage != "complete" && pending == 0:
					t.Fatal("the kill did not hit a request between its intent and its completion")
				}
				h.restart()
				c.base = h.base
				recovered := e.check(t, c, acked)
				t.Logf("%d acknowledged before the kill, %d requests cut off, %d of them had recorded their intent; %d completed, %d pending in the store after the kill",
					len(acked), failed, recovered, done, pending)
				if failed == 0 || recovered == 0 {
					t.Fatal("the kill did not hit a request between intent and answer")
				}
				wantIssued(t, c, faultVoters)
				h.kill()
				if done, _ := e.checkLog(t, open(t)); done != faultVoters {
					t.Fatalf("%d issuances logged, want %d", done, faultVoters)
				}
			})
		}
	}
}

// killSetup makes an election's store of the given kind and returns the
// environment of a registrar process on it and a function that opens it
// in the test (while no process runs, for Pebble).
func killSetup(t *testing.T, kind string) (*election, []string, func(testing.TB) store.Store) {
	if kind == "embedded" {
		dir := t.TempDir()
		open := func(t testing.TB) store.Store {
			st, err := pebblestore.Open(dir, pebblestore.Options{Logger: quietLogger()})
			if err != nil {
				t.Fatal(err)
			}
			return st
		}
		st := open(t)
		e := newElection(t, st)
		st.Close()
		return e, []string{helperEnv + "=pebble", "EVOTE_HELPER_STORE=" + dir}, open
	}
	srv := redistest.Start(t)
	open := func(t testing.TB) store.Store { return openRedisAt(t, srv.URL(), "kill") }
	return newElection(t, open(t)), []string{helperEnv + "=redis", "EVOTE_HELPER_STORE=" + srv.URL(), "EVOTE_HELPER_NS=kill"}, open
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
