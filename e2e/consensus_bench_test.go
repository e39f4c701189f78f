package e2e

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/evote-org/evote/ballotbox"
)

// BenchmarkConsensus casts b.N realistic five-option ballots (1,537-byte
// ballot, 416-byte token, 65-byte pseudonym signature: ~109k gas, 2.4 KB)
// into a network of 1 or 4 validator processes on this machine, from four
// senders (relays) spread over the validators, either as fast as the
// senders go (rate=max) or at a fixed offered rate. It reports the rate of
// inclusion (first send to last inclusion) and the send-to-receipt
// latency: from the send until the node the test watches has the block.
//
//	go test ./e2e -run '^$' -bench Consensus -benchtime 10000x
func BenchmarkConsensus(b *testing.B) {
	for _, c := range []struct{ validators, rate int }{{1, 0}, {1, 1000}, {4, 0}, {4, 500}} {
		rate := "max"
		if c.rate > 0 {
			rate = fmt.Sprint(c.rate)
		}
		b.Run(fmt.Sprintf("validators=%d/rate=%s", c.validators, rate), func(b *testing.B) {
			benchCasts(b, c.validators, c.rate)
		})
	}
}

// benchSenders is how many accounts send at once, spread over the
// validators: one sender's round trips alone would cap the rate.
const benchSenders = 4

func benchCasts(b *testing.B, validators, rate int) {
	e := newElectionAccounts(b, benchSenders)
	n := newChainNet(b, validators, 0, e.addresses())
	e.open(n.nodes[0].client)
	casts := e.casts(b.N)
	w := newInclusionWatch(n.nodes[0].client, n.nodes[0].head())
	go w.run()
	b.ResetTimer()
	var wg sync.WaitGroup
	for i := range benchSenders {
		mine := casts[i*len(casts)/benchSenders : (i+1)*len(casts)/benchSenders]
		c := n.nodes[i%len(n.nodes)].client
		wg.Go(func() { e.sendPaced(i, c, mine, rate/benchSenders, w) })
	}
	wg.Wait()
	sent := b.Elapsed()
	lat := w.wait(b, b.N, 3*time.Minute)
	b.StopTimer()
	b.ReportMetric(float64(b.N)/sent.Seconds(), "sent/s")
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "ballots/s")
	b.ReportMetric(lat[len(lat)/2].Seconds(), "p50-s")
	b.ReportMetric(lat[len(lat)*95/100].Seconds(), "p95-s")
	b.ReportMetric(float64(n.nodes[0].head()-w.first), "blocks")
}

// sendPaced sends casts from sender i to c, at rate per second in bursts
// every 100 ms (rate 0: as fast as it goes), noting each send in w.
func (e *electionAccounts) sendPaced(i int, c *ethclient.Client, casts []ballotbox.Cast, rate int, w *inclusionWatch) {
	burst := len(casts)
	if rate > 0 {
		burst = max(1, rate/10)
	}
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for start := 0; start < len(casts); start += burst {
		batch := casts[start:min(start+burst, len(casts))]
		for _, v := range batch {
			at := time.Now()
			tx := e.send(i, c, []ballotbox.Cast{v})[0]
			w.sent(tx.Hash(), at)
		}
		if rate > 0 {
			<-tick.C
		}
	}
}

// inclusionWatch follows the head of one node and notes when each sent
// transaction is first in a block there.
type inclusionWatch struct {
	c     *ethclient.Client
	first uint64

	mu       sync.Mutex
	sentAt   map[common.Hash]time.Time
	latency  []time.Duration
	included map[common.Hash]time.Time
}

func newInclusionWatch(c *ethclient.Client, head uint64) *inclusionWatch {
	return &inclusionWatch{c: c, first: head, sentAt: map[common.Hash]time.Time{}, included: map[common.Hash]time.Time{}}
}

func (w *inclusionWatch) sent(h common.Hash, at time.Time) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if inc, ok := w.included[h]; ok { // seen in a block before the send returned
		w.latency = append(w.latency, inc.Sub(at))
		return
	}
	w.sentAt[h] = at
}

func (w *inclusionWatch) run() {
	next := w.first + 1
	for {
		head, err := w.c.BlockNumber(context.Background())
		if err != nil {
			return
		}
		for ; next <= head; next++ {
			var blk struct{ Transactions []common.Hash }
			if err := w.c.Client().CallContext(context.Background(), &blk, "eth_getBlockByNumber", hexutil.Uint64(next), false); err != nil {
				return
			}
			w.note(blk.Transactions, time.Now())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (w *inclusionWatch) note(hashes []common.Hash, now time.Time) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, h := range hashes {
		if at, ok := w.sentAt[h]; ok {
			w.latency = append(w.latency, now.Sub(at))
			delete(w.sentAt, h)
		} else {
			w.included[h] = now
		}
	}
}

// wait waits until n transactions are included and returns their sorted
// latencies.
func (w *inclusionWatch) wait(b *testing.B, n int, within time.Duration) []time.Duration {
	for deadline := time.Now().Add(within); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		w.mu.Lock()
		done := len(w.latency)
		w.mu.Unlock()
		if done >= n {
			w.mu.Lock()
			defer w.mu.Unlock()
			lat := slices.Clone(w.latency)
			slices.Sort(lat)
			return lat
		}
	}
	b.Fatalf("not all %d ballots included within %v", n, within)
	return nil
}
