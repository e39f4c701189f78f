package registrar_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/evote-org/evote/internal/redistest"
	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/reglog"
	"github.com/evote-org/evote/registrar/store"
	"github.com/evote-org/evote/registrar/store/pebblestore"
	"github.com/redis/go-redis/v9"
)

// These tests back up the embedded store as docs/operations.md ("Back
// up and restore") says: stop the registrar, copy its store directory
// (here os.CopyFS, what cp -a or tar does), start it again; and restore
// by putting the copy in place of a lost directory.

// pebbleAt opens the embedded store in dir; the caller closes it.
func pebbleAt(t *testing.T, dir string) store.Store {
	t.Helper()
	st, err := pebblestore.Open(dir, pebblestore.Options{Logger: quietLogger()})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// copyDir copies the directory from to the new directory to.
func copyDir(t *testing.T, from, to string) {
	t.Helper()
	if err := os.CopyFS(to, os.DirFS(from)); err != nil {
		t.Fatal(err)
	}
}

// newStoreDir makes an embedded store in a new directory with n voters; the
// caller closes it.
func newStoreDir(t *testing.T, n int) (dir, backup string, st store.Store, codes map[string]string) {
	dir, backup = filepath.Join(t.TempDir(), "store"), filepath.Join(t.TempDir(), "backup")
	st = pebbleAt(t, dir)
	return dir, backup, st, voters(t, st, n, cheap)
}

// backUp stops the registrar (Close posts the count if the polls are
// open), closes its store and copies the store's directory to backup.
func backUp(t *testing.T, svc *registrar.Service, st store.Store, dir, backup string) {
	t.Helper()
	if err := svc.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	st.Close()
	copyDir(t, dir, backup)
}

// restore destroys dir and puts the backup in its place.
func restore(t *testing.T, backup, dir string) {
	t.Helper()
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("%s not destroyed: %v", dir, err)
	}
	copyDir(t, backup, dir)
}

func issue(t *testing.T, svc *registrar.Service, codes map[string]string, voter string, blinded []byte) []byte {
	t.Helper()
	sig, err := svc.Issue(context.Background(), registrar.Request{VoterID: voter, Code: codes[voter], Blinded: blinded})
	if err != nil {
		t.Fatalf("token for %s: %v", voter, err)
	}
	return sig
}

// TestRestoreEmbeddedStore: a store backed up with the registrar
// stopped and restored after its directory is lost still knows every
// token issued before the backup: a retry gets the same signature, a
// second token is refused, and the log and the counts are the same.
func TestRestoreEmbeddedStore(t *testing.T) {
	ctx := context.Background()
	dir, backup, st, codes := newStoreDir(t, 4)
	svc := newService(t, st, registrar.Config{})
	blinded := map[string][]byte{voterID(0): randomBlinded(t), voterID(1): randomBlinded(t)}
	sigs := map[string][]byte{}
	for v, b := range blinded {
		sigs[v] = issue(t, svc, codes, v, b)
	}
	entries, err := st.Entries(ctx, 0, 2)
	if err != nil {
		t.Fatal(err)
	}
	backUp(t, svc, st, dir, backup)

	restore(t, backup, dir)
	st = pebbleAt(t, dir)
	defer st.Close()
	svc = newService(t, st, registrar.Config{})
	for v, b := range blinded {
		if again := issue(t, svc, codes, v, b); !bytes.Equal(again, sigs[v]) {
			t.Errorf("%s: the retry after the restore got another signature", v)
		}
		_, err := svc.Issue(ctx, registrar.Request{VoterID: v, Code: codes[v], Blinded: randomBlinded(t)})
		if !errors.Is(err, registrar.ErrAlreadyIssued) {
			t.Errorf("%s: a second token after the restore: %v, want ErrAlreadyIssued", v, err)
		}
	}
	issue(t, svc, codes, voterID(2), randomBlinded(t))
	if n, err := st.Issued(ctx); err != nil || n != 3 {
		t.Fatalf("Issued = %d, %v; want 3", n, err)
	}
	after, err := st.Entries(ctx, 0, 2)
	if err != nil || !slices.EqualFunc(after, entries, bytes.Equal) {
		t.Fatalf("the log's first two entries changed in the restore: %v", err)
	}
	if n, err := st.Voters(ctx); err != nil || n != 4 {
		t.Fatalf("Voters = %d, %v; want 4", n, err)
	}
}

// TestRestoreOlderStoreStopsIssuance: a store restored from a backup
// older than the count the registrar posted on chain has forgotten
// tokens it issued; their voters must not get a second one. The
// registrar sees the count on chain above its own and issues nothing.
func TestRestoreOlderStoreStopsIssuance(t *testing.T) {
	ctx := context.Background()
	dir, backup, st, codes := newStoreDir(t, 5)
	root, n, err := registrar.RollRoot(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	chain := &fakeChain{rolls: []reglog.Post{{Root: root, Count: n}}} // the polls are open
	// No tick in the test's time: Run checks at once.
	cfg := registrar.Config{Publisher: chain, PublishInterval: time.Hour, StateInterval: time.Hour}
	svc := newService(t, st, cfg)
	issue(t, svc, codes, voterID(0), randomBlinded(t))
	backUp(t, svc, st, dir, backup) // one token issued, 1 posted

	st = pebbleAt(t, dir)
	svc = newService(t, st, cfg)
	issue(t, svc, codes, voterID(1), randomBlinded(t))
	issue(t, svc, codes, voterID(2), randomBlinded(t))
	if err := svc.Close(ctx); err != nil { // posts the count, 3 (the first Close posted 1)
		t.Fatal(err)
	}
	st.Close()
	if got := chain.get(); len(got) != 2 || got[1] != 3 {
		t.Fatalf("counts on chain %v, want [1 3]", got)
	}

	restore(t, backup, dir)
	st = pebbleAt(t, dir)
	defer st.Close()
	svc = newService(t, st, cfg)
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error)
	go func() { done <- svc.Run(runCtx) }()
	defer func() { cancel(); <-done }()
	waitFor(t, "issuance stopped", func() bool {
		_, err := svc.Issue(ctx, registrar.Request{VoterID: voterID(4), Code: codes[voterID(4)], Blinded: randomBlinded(t)})
		return errors.Is(err, registrar.ErrStoreBehind)
	})
	for _, v := range []string{voterID(1), voterID(2)} { // forgotten by the restored store
		if _, err := svc.Issue(ctx, registrar.Request{VoterID: v, Code: codes[v], Blinded: randomBlinded(t)}); !errors.Is(err, registrar.ErrStoreBehind) {
			t.Errorf("%s, whose token the backup does not hold: %v, want ErrStoreBehind", v, err)
		}
	}
	// The operator is paged: /healthz fails (EvoteRoleUnhealthy) and says why.
	c := newClient(t, svc.MonitorHandler())
	resp, err := c.http.Get(c.base + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || !bytes.Contains(body, []byte("fewer tokens than the count posted on chain")) {
		t.Fatalf("healthz: %d %s", resp.StatusCode, body)
	}
}

// TestRestoreRedisStore backs up the Redis store as docs/operations.md
// says (BGSAVE, then copy dump.rdb once it is written), loses
// Redis's whole directory, and restores it (start Redis with appendonly
// no on the copy, CONFIG SET appendonly yes, which writes the
// append-only file from the data, then restart it durable): the store
// opens, as durable as before, and knows every token issued before the
// backup.
func TestRestoreRedisStore(t *testing.T) {
	ctx := context.Background()
	srv := redistest.Start(t)
	st := openRedisAt(t, srv.URL(), "city")
	codes := voters(t, st, 3, cheap)
	svc := newService(t, st, registrar.Config{})
	blinded := randomBlinded(t)
	sig := issue(t, svc, codes, voterID(0), blinded)
	rdb := redis.NewClient(&redis.Options{Addr: srv.Addr})
	defer rdb.Close()
	backup := filepath.Join(t.TempDir(), "dump.rdb")
	redisBackup(t, rdb, filepath.Join(srv.Dir, "dump.rdb"), backup)
	svc.Close(ctx)
	st.Close()

	srv.Kill()
	entries, err := os.ReadDir(srv.Dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if err := os.RemoveAll(filepath.Join(srv.Dir, e.Name())); err != nil {
			t.Fatal(err)
		}
	}
	copyFile(t, backup, filepath.Join(srv.Dir, "dump.rdb"))
	srv.RestartWith("--appendonly", "no")
	if err := rdb.ConfigSet(ctx, "appendonly", "yes").Err(); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the append-only file written", func() bool {
		info, err := rdb.Info(ctx, "persistence").Result()
		return err == nil && strings.Contains(info, "aof_enabled:1") && strings.Contains(info, "aof_rewrite_in_progress:0") &&
			strings.Contains(info, "aof_rewrite_scheduled:0") && strings.Contains(info, "aof_last_bgrewrite_status:ok")
	})
	srv.Kill()
	srv.RestartWith(redistest.Durable...)

	st = openRedisAt(t, srv.URL(), "city") // refuses a Redis that is not durable
	svc = newService(t, st, registrar.Config{})
	if again := issue(t, svc, codes, voterID(0), blinded); !bytes.Equal(again, sig) {
		t.Error("the retry after the restore got another signature")
	}
	if _, err := svc.Issue(ctx, registrar.Request{VoterID: voterID(0), Code: codes[voterID(0)], Blinded: randomBlinded(t)}); !errors.Is(err, registrar.ErrAlreadyIssued) {
		t.Errorf("a second token after the restore: %v, want ErrAlreadyIssued", err)
	}
	issue(t, svc, codes, voterID(1), randomBlinded(t))
	if n, err := st.Issued(ctx); err != nil || n != 2 {
		t.Fatalf("Issued = %d, %v; want 2", n, err)
	}
}

// redisBackup takes a snapshot (BGSAVE) and copies it from dump to
// backup once INFO persistence says it is written: one more save, none
// in progress, the last one ok (LASTSAVE counts whole seconds: a save in
// the second of the last one would not change it).
func redisBackup(t *testing.T, rdb *redis.Client, dump, backup string) {
	t.Helper()
	ctx := context.Background()
	saves := func() (n int, done bool) {
		info, err := rdb.Info(ctx, "persistence").Result()
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.Lines(info) {
			if v, ok := strings.CutPrefix(strings.TrimSpace(line), "rdb_saves:"); ok {
				n, _ = strconv.Atoi(v)
			}
		}
		return n, strings.Contains(info, "rdb_bgsave_in_progress:0") && strings.Contains(info, "rdb_last_bgsave_status:ok")
	}
	before, _ := saves()
	if err := rdb.BgSave(ctx).Err(); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the snapshot", func() bool {
		n, done := saves()
		return n > before && done
	})
	copyFile(t, dump, backup)
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o600); err != nil {
		t.Fatal(err)
	}
}
