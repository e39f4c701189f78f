package chain

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	cmtcfg "github.com/cometbft/cometbft/config"
	"github.com/cometbft/cometbft/privval"
	"github.com/cometbft/cometbft/store"
	cmttypes "github.com/cometbft/cometbft/types"
)

// syncBuffer is a log destination for CometBFT's goroutines.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestRestartSigningLog restarts a validator whose key had signed a
// proposal of the next height when it stopped, before its consensus log
// kept it (the crash CometBFT's privval/file.go allows for: "we might
// crash before writing to the wal"). On restart CometBFT asks the key to
// sign that height's proposal again and the key refuses, as it refuses
// the votes of a height replayed from the consensus log ("failed signing
// vote … step regression", TestSigningRefusalLevel). The node logs that
// at info level, saying it is expected, logs no error, and makes the
// block in the next round.
func TestRestartSigningLog(t *testing.T) {
	dir := t.TempDir()
	n, err := Start(testConfig(dir))
	if err != nil {
		t.Fatal(err)
	}
	waitHead(t, n, 2)
	head, _ := n.Client().BlockNumber(context.Background())
	n.Close()

	// The key signs a proposal of the next height, as the node did
	// before it died with nothing of it in its consensus log.
	root := cometRoot(dir)
	pv := privval.LoadFilePV(filepath.Join(root, "config", "priv_validator_key.json"), filepath.Join(root, "data", "priv_validator_state.json"))
	next := storedHeight(t, n) + 1 // where consensus goes on
	reproduced := pv.LastSignState.Height < next
	if reproduced {
		prop := cmttypes.NewProposal(next, 0, -1, cmttypes.BlockID{Hash: bytes.Repeat([]byte{1}, 32),
			PartSetHeader: cmttypes.PartSetHeader{Total: 1, Hash: bytes.Repeat([]byte{2}, 32)}}).ToProto()
		must(t, pv.SignProposal(n.net.cometChainID(), prop))
	} else { // the stop itself left the key's signatures of height next in the consensus log, not the block
		t.Logf("the clean stop left height %d signed and not stored", next)
	}

	var log syncBuffer
	old := slog.Default()
	slog.SetDefault(slog.New(slog.NewTextHandler(&log, nil)))
	defer slog.SetDefault(old)
	n, err = Start(testConfig(dir))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("the log:\n%s", log.String())
		}
	})
	waitHead(t, n, head+2)
	n.Close()
	out := log.String()
	if reproduced && (!strings.Contains(out, "level=INFO msg=\"chain: not signing again a step this validator signed before the restart") ||
		!strings.Contains(out, "height="+strconv.FormatInt(next, 10))) {
		t.Error("no line says the key refused to sign again what it signed before the restart")
	}
	if strings.Contains(out, "level=ERROR") {
		t.Error("a restart logged an error")
	}
}

// storedHeight is the last block in the stopped node's CometBFT store.
func storedHeight(t *testing.T, n *Node) int64 {
	cc, err := cometConfig(n.cfg, n.net, n.self)
	must(t, err)
	db, err := cmtcfg.DefaultDBProvider(&cmtcfg.DBContext{ID: "blockstore", Config: cc})
	must(t, err)
	defer db.Close()
	return store.NewBlockStore(db).Height()
}

// waitHead waits until the node's head reaches h.
func waitHead(t *testing.T, n *Node, h uint64) {
	t.Helper()
	for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(100 * time.Millisecond) {
		if got, _ := n.Client().BlockNumber(context.Background()); got >= h {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the head never reached %d", h)
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestSigningRefusalLevel: a refusal to sign at a height the key signed
// before this start is info, one at a later height stays an error, and
// other errors are untouched.
func TestSigningRefusalLevel(t *testing.T) {
	var buf bytes.Buffer
	c := cometLogger{slog.New(slog.NewTextHandler(&buf, nil)), new(atomic.Bool), 41}
	regression := errors.New("step regression at height 41 round 0. Got 1, last step 3")
	for _, tc := range []struct {
		msg    string
		height int64
		err    error
		want   string
	}{
		{"failed signing vote", 41, regression, "level=INFO msg=\"chain: not signing again"},
		{"propose step; failed signing proposal", 40, errors.New("height regression. Got 40, last height 41"), "level=INFO msg=\"chain: not signing again"},
		{"failed signing vote", 42, regression, "level=ERROR msg=\"chain: the validator's key refused to sign twice"},
		{"failed signing vote", 42, errors.New("conflicting data"), "level=ERROR msg=\"chain: the validator's key refused to sign twice"},
		{"failed signing vote", 41, errors.New("signer unreachable"), "level=ERROR msg=\"failed signing vote\""},
		{"failed to process message", 41, errors.New("step regression"), "level=ERROR msg=\"failed to process message\""},
		{"failed to process message", 41, errors.New("error invalid proposal signature"), "level=INFO msg=\"chain: this validator's proposal made again"},
		{"failed to process message", 42, errors.New("error invalid proposal signature"), "level=ERROR msg=\"failed to process message\""},
	} {
		buf.Reset()
		c.With("module", "consensus").Error(tc.msg, "height", tc.height, "round", int32(0), "peer", "", "err", tc.err)
		if !strings.HasPrefix(strings.SplitN(buf.String(), " ", 2)[1], tc.want) {
			t.Errorf("%s at %d (%v): %s", tc.msg, tc.height, tc.err, buf.String())
		}
	}
}
