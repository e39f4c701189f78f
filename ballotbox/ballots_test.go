package ballotbox_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/evote-org/evote/ballotbox"
)

// castMany casts n ballots over about 2n/3 blocks and returns them in
// order.
func (e *env) castMany(n int) []ballotbox.Cast {
	var out []ballotbox.Cast
	for i := range n {
		v, _ := e.vote([]byte{byte(i), byte(i >> 8)})
		if _, err := e.box.Cast(e.relay.opts, v); err != nil {
			e.t.Fatal(err)
		}
		out = append(out, v)
		if i%3 != 0 {
			e.sim.Commit()
		}
		if i%7 == 0 {
			e.sim.Commit() // and some empty blocks
			e.sim.Commit()
		}
	}
	e.sim.Commit()
	return out
}

// collect reads all ballots of blocks from..to with box.
func collect(t *testing.T, box *ballotbox.Client, from, to uint64) ([]*ballotbox.CastLog, error) {
	var out []*ballotbox.CastLog
	for b, err := range box.Ballots(context.Background(), from, to) {
		if err != nil {
			return out, err
		}
		out = append(out, b)
	}
	return out, nil
}

// TestBallots iterates over ballots cast across many blocks, in small and
// large ranges, and restarts from a block.
func TestBallots(t *testing.T) {
	e := newEnv(t)
	e.advance(ballotbox.Open)
	casts := e.castMany(60)
	head := e.head()
	for _, span := range []uint64{0, 1, 3, 1000} {
		box := ballotbox.New(e.backend(), e.box.Address())
		box.LogSpan = span
		got, err := collect(t, box, 0, head)
		if err != nil || len(got) != len(casts) {
			t.Fatalf("span %d: %d ballots, %v", span, len(got), err)
		}
		for i, b := range got {
			if b.Seq != uint64(i) || b.Pseudonym != casts[i].Pseudonym || string(b.Ballot) != string(casts[i].Ballot) {
				t.Fatalf("span %d: ballot %d is %+v", span, i, b)
			}
		}
		if span == 1 {
			e.checkRestart(box, got, head)
		}
	}
	if got, err := collect(t, e.box, head, head-1); len(got) != 0 || err != nil {
		t.Errorf("empty range: %d ballots, %v", len(got), err)
	}
}

// checkRestart resumes after ballot 29: from its block, skipping what was
// handled.
func (e *env) checkRestart(box *ballotbox.Client, all []*ballotbox.CastLog, head uint64) {
	last := all[29]
	var resumed []*ballotbox.CastLog
	for b, err := range box.Ballots(e.ctx, last.Block, head) {
		if err != nil {
			e.t.Fatal(err)
		}
		if b.Seq > last.Seq {
			resumed = append(resumed, b)
		}
	}
	if len(resumed) != len(all)-30 || resumed[0].Seq != 30 {
		e.t.Errorf("resumed: %d ballots from %d", len(resumed), resumed[0].Seq)
	}
	n := 0
	for range box.Ballots(e.ctx, 0, head) {
		if n++; n == 5 {
			break
		}
	}
}

// limited is a node that refuses log queries over more than 4 blocks, and
// may drop one log.
type limited struct {
	ballotbox.Backend
	drop int // drop the log at this position of a query's answer (-1: none)
}

func (l *limited) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if q.ToBlock.Uint64()-q.FromBlock.Uint64() >= 4 {
		return nil, errors.New("query exceeds max block range 4")
	}
	logs, err := l.Backend.FilterLogs(ctx, q)
	if l.drop >= 0 && l.drop < len(logs) {
		logs = append(logs[:l.drop], logs[l.drop+1:]...)
	}
	return logs, err
}

// TestBallotsLimitedNode reads through a node with a range limit, and
// catches a node that drops a log.
func TestBallotsLimitedNode(t *testing.T) {
	e := newEnv(t)
	e.advance(ballotbox.Open)
	casts := e.castMany(20)
	box := ballotbox.New(&limited{Backend: e.backend(), drop: -1}, e.box.Address())
	got, err := collect(t, box, 0, e.head())
	if err != nil || len(got) != len(casts) {
		t.Fatalf("range-limited node: %d ballots, %v", len(got), err)
	}
	box = ballotbox.New(&limited{Backend: e.backend(), drop: 1}, e.box.Address())
	box.LogSpan = 4
	_, err = collect(t, box, 0, e.head())
	if err == nil || !strings.Contains(err.Error(), "follows ballot") {
		t.Errorf("dropped log: got %v", err)
	}
}
