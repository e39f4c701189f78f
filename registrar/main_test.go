package registrar_test

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/evote-org/evote/crypto/blind/signer"
	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/code"
	"github.com/evote-org/evote/registrar/store"
	"github.com/evote-org/evote/registrar/store/pebblestore"
	"github.com/evote-org/evote/registrar/store/redisstore"
)

// The fault tests run the registrar as a separate process, so that they
// can kill it with SIGKILL: the test binary re-executes itself with
// helperEnv set, and TestMain then runs a registrar server instead of the
// tests. The variables:
//
//	EVOTE_REGISTRAR_HELPER  "pebble" or "redis"
//	EVOTE_HELPER_STORE      the pebble directory, or the Redis URL
//	EVOTE_HELPER_NS         the Redis namespace
//	EVOTE_HELPER_HOLD       N: requests after the first N to pass the
//	                        stage EVOTE_HELPER_HOLD_AT stop there for
//	                        good; the server prints "held" when the
//	                        first one does, so that a kill surely hits
//	                        that window
//	EVOTE_HELPER_HOLD_AT    "claim" (the default: between Claim and
//	                        signing), "sign" (signed, not stored) or
//	                        "complete" (stored and logged, not answered)
//
// The server prints "listening <host:port>" on stdout when ready.
const helperEnv = "EVOTE_REGISTRAR_HELPER"

func TestMain(m *testing.M) {
	if kind := os.Getenv(helperEnv); kind != "" {
		if err := runHelper(kind); err != nil {
			fmt.Fprintln(os.Stderr, "helper:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	redis.SetLogger(quietRedis{}) // the tests kill Redis on purpose
	os.Exit(m.Run())
}

// quietRedis drops go-redis's own log lines (failed dials).
type quietRedis struct{}

func (quietRedis) Printf(context.Context, string, ...any) {}

func runHelper(kind string) error {
	st, err := openHelperStore(kind)
	if err != nil {
		return err
	}
	key, err := signer.Load(testKeyPath)
	if err != nil {
		return err
	}
	svc, err := registrar.New(registrar.Config{
		Context: testCtx, Key: key, Store: st, CodeParams: code.DefaultParams, Logger: quietLogger(),
	})
	if err != nil {
		return err
	}
	if n, err := strconv.ParseInt(os.Getenv("EVOTE_HELPER_HOLD"), 10, 64); err == nil {
		at := cmp.Or(os.Getenv("EVOTE_HELPER_HOLD_AT"), "claim")
		var passed atomic.Int64
		var held sync.Once
		registrar.SetStageHook(svc, func(stage string) {
			if stage == at && passed.Add(1) > n {
				held.Do(func() { fmt.Println("held") })
				select {}
			}
		})
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	fmt.Printf("listening %s\n", l.Addr())
	srv := &http.Server{Handler: svc.Handler(), ReadHeaderTimeout: 5 * time.Second}
	return srv.Serve(l)
}

func openHelperStore(kind string) (store.Store, error) {
	loc := os.Getenv("EVOTE_HELPER_STORE")
	if kind == "pebble" {
		return pebblestore.Open(loc, pebblestore.Options{Logger: quietLogger()})
	}
	return redisstore.Open(context.Background(), loc, redisstore.Options{Namespace: os.Getenv("EVOTE_HELPER_NS")})
}

// helper is a registrar server process.
type helper struct {
	t    *testing.T
	env  []string
	cmd  *exec.Cmd
	base string // http://host:port
	out  *bufio.Reader
	log  *os.File
	mu   sync.Mutex // guards cmd against a kill from another goroutine
}

// startHelper starts a registrar process on a store.
func startHelper(t *testing.T, env ...string) *helper {
	log, err := os.Create(filepath.Join(t.TempDir(), "helper.log"))
	if err != nil {
		t.Fatal(err)
	}
	h := &helper{t: t, env: env, log: log}
	h.start()
	t.Cleanup(h.kill)
	return h
}

func (h *helper) start() {
	h.t.Helper()
	h.cmd = exec.Command(os.Args[0], "-test.run=^$")
	h.cmd.Env = append(os.Environ(), h.env...)
	h.cmd.Stderr = h.log
	h.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL} // dies with the test
	out, err := h.cmd.StdoutPipe()
	if err != nil {
		h.t.Fatal(err)
	}
	if err := h.cmd.Start(); err != nil {
		h.t.Fatal(err)
	}
	h.out = bufio.NewReader(out)
	select {
	case s := <-h.line():
		addr, ok := strings.CutPrefix(strings.TrimSpace(s), "listening ")
		if !ok {
			log, _ := os.ReadFile(h.log.Name())
			h.t.Fatalf("registrar process did not start: %q\n%s", s, log)
		}
		h.base = "http://" + addr
	case <-time.After(20 * time.Second):
		h.kill()
		h.t.Fatal("registrar process did not start in 20 s")
	}
}

// line is the process's next line on stdout.
func (h *helper) line() <-chan string {
	line := make(chan string, 1)
	go func() {
		s, _ := h.out.ReadString('\n')
		line <- s
	}()
	return line
}

// killHeld waits until a request is held between Claim and signing
// (EVOTE_HELPER_HOLD), then kills the process; a restart holds nothing.
func (h *helper) killHeld() {
	defer func() {
		h.env = slices.DeleteFunc(h.env, func(kv string) bool { return strings.HasPrefix(kv, "EVOTE_HELPER_HOLD=") })
	}()
	select {
	case s := <-h.line():
		if strings.TrimSpace(s) != "held" {
			h.t.Errorf("registrar process said %q, want held", s)
		}
	case <-time.After(time.Minute): // only so that a broken run ends
		h.t.Error("no request was held")
	}
	h.kill()
}

// kill ends the process with SIGKILL, as a crash or power cut would.
func (h *helper) kill() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.cmd == nil {
		return
	}
	h.cmd.Process.Signal(syscall.SIGKILL)
	h.cmd.Wait()
	h.cmd = nil
}

// restart starts the process again on the same store.
func (h *helper) restart() {
	h.kill()
	h.start()
}
