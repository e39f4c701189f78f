package relay_test

import (
	"context"
	"github.com/evote-org/evote/ballotbox/tracker"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/ballotbox/relay"
	"github.com/evote-org/evote/chain"
	"github.com/evote-org/evote/internal/testnet"
)

// postAll submits casts concurrently and fails unless all are accepted.
func postAll(t *testing.T, tr *testRelay, casts []ballotbox.Cast) []relay.Tracker {
	t.Helper()
	trackers := make([]relay.Tracker, len(casts))
	var wg sync.WaitGroup
	for i, c := range casts {
		trackers[i] = tracker.Of(c.Ballot)
		wg.Go(func() {
			if code, u := tr.post(request(c)); code != http.StatusAccepted {
				t.Errorf("cast %d: %d %+v", i, code, u)
			}
		})
	}
	wg.Wait()
	if t.Failed() {
		t.FailNow()
	}
	return trackers
}

// A relay stopped after answering "accepted" and before the casts were
// mined (never sent, or sent and not yet mined) sends them when it is
// restarted on the same outbox: every accepted cast ends up included.
func TestRelayRestart(t *testing.T) {
	te := openElection(t)
	for _, tc := range []struct {
		name  string
		delay time.Duration
	}{
		{"never sent", time.Hour},
		{"sent, not mined", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir, opts := t.TempDir(), te.env.account(t).opts
			a := te.startRelay(t, relay.Config{Dir: dir, Opts: opts, MaxDelay: tc.delay})
			casts := votes(t, te, 20)
			trackers := postAll(t, a, casts)
			if tc.delay == 0 {
				a.waitSent(len(casts))
			}
			a.stop()
			sent := a.Metrics().Sent
			if tc.delay > 0 && sent != 0 {
				t.Fatalf("%d casts sent before the delay", sent)
			}
			b := te.startRelay(t, relay.Config{Dir: dir, Opts: opts})
			if m := b.Metrics(); m.Outbox != int64(len(casts)) {
				t.Fatalf("outbox reloaded with %d entries, want %d", m.Outbox, len(casts))
			}
			b.waitIncluded(trackers, inclusionWait)
			te.onChain(t, casts)
			t.Logf("sent before the stop: %d; after the restart: %+v", sent, b.Metrics())
		})
	}
}

// The chain node is stopped while accepted casts are in its pool and
// restarted on the same data directory with an empty pool, and more
// casts come at once: the relay sees the lost nonces, re-reads the nonce
// and sends the lost casts again before the new ones.
func TestNodeRestart(t *testing.T) {
	env, err := startChain(t.TempDir(), testnet.FreePort(t), 8)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { env.stop() }()
	te := env.newElection(t, 2, true)
	backend, err := ethclient.Dial(env.node.HTTPEndpoint()) // survives the node
	if err != nil {
		t.Fatal(err)
	}
	defer backend.Close()
	tr := te.startRelay(t, relay.Config{Backend: backend, Confirmations: 1})
	casts := votes(t, te, 60)
	more := votes(t, te, 10) // cast right after the restart
	trackers := postAll(t, tr, casts)
	tr.waitSent(len(casts))
	stopHead, err := te.box.Head(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if err := env.stop(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Second) // the relay finds the node gone
	if err := env.start(); err != nil {
		t.Fatalf("restarting the node: %v", err)
	}
	te.box = ballotbox.New(env.client, te.box.Address())
	// New casts take the nonces of those the pool lost: these must be
	// sent again at once, not after ResubmitAfter.
	trackers = append(trackers, postAll(t, tr, more)...)
	tr.waitIncluded(trackers, inclusionWait)
	te.onChain(t, append(casts, more...))
	// A cast in a block after the last one before the stop (one more
	// may have been decided while the node stopped) was in the pool the
	// node lost: only the relay can have sent it again. The relay's own
	// count of inclusions at the stop lags the chain by a poll, so it
	// cannot tell.
	lost := 0
	for _, trk := range trackers[:len(casts)] {
		if st, err := tr.Status(trk); err == nil && st.Block > stopHead+1 {
			lost++
		}
	}
	after := tr.Metrics()
	t.Logf("head %d at the stop; %d casts were in the lost pool; after the restart: %+v", stopHead, lost, after)
	if lost == 0 {
		t.Log("all casts were included before the stop: nothing tested")
	}
	if lost > 0 && after.Resent == 0 {
		t.Errorf("%d casts lost with the pool were not sent again", lost)
	}
}

// waitSent waits until the relay has sent n transactions.
func (tr *testRelay) waitSent(n int) {
	tr.t.Helper()
	for deadline := time.Now().Add(time.Minute); tr.Metrics().Sent < int64(n); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			tr.t.Fatalf("not all sent: %+v", tr.Metrics())
		}
	}
}

// Another sender takes the relay account's next nonce behind the relay's
// back: the relay's send fails with "nonce too low", it re-reads the
// nonce and every cast is included.
func TestNonceTaken(t *testing.T) {
	te := openElection(t)
	acct := te.env.account(t)
	tr := te.startRelay(t, relay.Config{Opts: acct.opts})
	first := votes(t, te, 2)
	tr.waitIncluded(postAll(t, tr, first[:1]), inclusionWait)

	ctx := context.Background()
	nonce, err := te.env.client.PendingNonceAt(ctx, acct.opts.From)
	if err != nil {
		t.Fatal(err)
	}
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(chain.DefaultChainID), Nonce: nonce,
		GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9), Gas: 21000, To: &common.Address{0x42}})
	if tx, err = acct.opts.Signer(acct.opts.From, tx); err != nil {
		t.Fatal(err)
	}
	if err := te.env.client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	mined(t, te.box, tx)

	tr.waitIncluded(postAll(t, tr, first[1:]), inclusionWait)
	m := tr.Metrics()
	if m.NonceErrors == 0 || m.NonceReads < 2 {
		t.Fatalf("no nonce error seen: %+v", m)
	}
	t.Logf("%d nonce errors, %d nonce reads", m.NonceErrors, m.NonceReads)
	te.onChain(t, first)
}

// A relay killed before its watcher stored a cursor, whose casts were
// mined while it was down, finds them included when restarted: the
// watcher of an outbox with pending casts and no cursor reads from the
// block the polls opened in, not from the head.
func TestRestartBeforeCursor(t *testing.T) {
	te := openElection(t)
	dir, opts := t.TempDir(), te.env.account(t).opts
	a := te.startRelay(t, relay.Config{Dir: dir, Opts: opts, PollInterval: time.Hour, Confirmations: 1})
	casts := votes(t, te, 5)
	trackers := postAll(t, a, casts)
	a.waitSent(len(casts))
	ctx := context.Background()
	head, err := te.box.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for h := head; h < head+2; h, _ = te.box.Head(ctx) {
		time.Sleep(100 * time.Millisecond)
	}
	te.onChain(t, casts)
	a.stop()
	b := te.startRelay(t, relay.Config{Dir: dir, Opts: opts})
	b.waitIncluded(trackers, inclusionWait)
	if m := b.Metrics(); m.Sent != 0 {
		t.Errorf("casts already on chain sent again: %+v", m)
	}
}

// The outbox backed up with the relay stopped and restored after its
// directory is lost, as docs/operations.md ("Restore") says: the
// restored relay knows the casts of the backup as included and sends
// none of them again; the casts accepted after the backup that were on
// chain stay there; those accepted and not yet sent are what the loss
// costs, and the booth's retry of the same cast is accepted and
// included.
func TestRestoreOlderOutbox(t *testing.T) {
	te := openElection(t)
	dir, backup := filepath.Join(t.TempDir(), "outbox"), filepath.Join(t.TempDir(), "backup")
	opts := te.env.account(t).opts
	a := te.startRelay(t, relay.Config{Dir: dir, Opts: opts})
	before := votes(t, te, 5)
	beforeTrackers := postAll(t, a, before)
	a.waitIncluded(beforeTrackers, inclusionWait)
	a.stop()
	if err := os.CopyFS(backup, os.DirFS(dir)); err != nil {
		t.Fatal(err)
	}

	b := te.startRelay(t, relay.Config{Dir: dir, Opts: opts})
	after := votes(t, te, 5)
	b.waitIncluded(postAll(t, b, after), inclusionWait)
	b.stop()
	c := te.startRelay(t, relay.Config{Dir: dir, Opts: opts, MaxDelay: time.Hour})
	pending := votes(t, te, 3)
	postAll(t, c, pending) // accepted, not sent
	c.stop()
	if sent := c.Metrics().Sent; sent != 0 {
		t.Fatalf("%d casts sent before the delay", sent)
	}

	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(dir, os.DirFS(backup)); err != nil {
		t.Fatal(err)
	}
	d := te.startRelay(t, relay.Config{Dir: dir, Opts: opts})
	d.waitIncluded(beforeTrackers, inclusionWait)
	if m := d.Metrics(); m.Sent != 0 || m.Outbox != 0 {
		t.Fatalf("the restored relay sent %d casts again, %d in its outbox", m.Sent, m.Outbox)
	}
	d.waitIncluded(postAll(t, d, pending), inclusionWait)
	te.onChain(t, append(append(before, after...), pending...))
}
