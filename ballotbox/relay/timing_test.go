package relay_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/evote-org/evote/ballotbox/relay"
)

// The timing model: how well the relay's delay and batching hide which
// ballot on chain is a given voter's, and what they add to the wait for
// "included". It follows the relay's schedule (relay.go enqueue,
// submit.go run): a cast accepted at a is due at a + U, U uniform in
// [0, MaxDelay); with batching it is sent at the first tick of the batch
// ticker at or after it is due, shuffled with the rest of the batch; it
// is in the first block at or after it is sent (blocks every second, the
// chain's default).
//
// The observer knows when the voter's cast reached the relay (it watched
// the voter's connection, or it is the registrar and knows when the token
// was issued and assumes the booth cast at once) and sees every ballot's
// block. It does not see an order within a block: with batching the
// relay shuffles each batch before it takes the nonces, and a batch is
// sent in one go. Without batching the transactions of a block are in
// the order their casts came due, which tells more than the model
// counts: at MaxDelay 0 it is the order of arrival, and an observer of
// all the relay's traffic links every ballot by its rank.
//
// Anonymity is per voter. With p_k the chance that the voter's ballot is
// in block k (from the delay and the batching) and the other voters'
// ballots a Poisson stream of the same mean in every block a ballot can
// reach, the posterior of each of the n_k ballots of block k is
// p_k / Σ_j p_j·n_j. The effective set is 2^H of that posterior (as many
// ballots as a uniform choice of the same uncertainty), and the link
// probability is its largest entry (the observer's best guess is right
// that often). The observer is assumed not to use the other voters'
// arrival times jointly (a matching would tell a little more).

// timingModel is one setting at one rate of arrivals.
type timingModel struct {
	maxDelay, batch time.Duration
	rate            float64 // casts per second
}

// timingResult is what the model finds, over the voters of the run.
type timingResult struct {
	setP10, setP50   float64 // effective anonymity set
	link             float64 // mean link probability
	waitP50, waitP99 float64 // seconds from acceptance to the ballot's block (p50, p99)
}

const blockPeriod = 1.0 // seconds

// run simulates span seconds of arrivals and judges the voters whose
// ballot cannot fall outside the run.
func (m timingModel) run(seed uint64, span float64) timingResult {
	rnd := rand.New(rand.NewPCG(seed, 1))
	M, B := m.maxDelay.Seconds(), m.batch.Seconds()
	var arrivals []float64
	for t := rnd.ExpFloat64() / m.rate; t < span; t += rnd.ExpFloat64() / m.rate {
		arrivals = append(arrivals, t)
	}
	perBlock := map[int]int{}
	waits := make([]float64, 0, len(arrivals))
	for _, a := range arrivals {
		k := m.block(a + rnd.Float64()*M)
		perBlock[k]++
		waits = append(waits, float64(k)*blockPeriod-a)
	}
	margin := M + B + 2*blockPeriod
	var sets, links []float64
	for _, a := range arrivals {
		if a < margin || a > span-margin {
			continue
		}
		dist, z := m.blocks(a), 0.0
		for _, s := range dist {
			z += s.p * float64(perBlock[s.block])
		}
		h, best := 0.0, 0.0
		for _, s := range dist {
			if n, w := float64(perBlock[s.block]), s.p/z; n > 0 {
				h -= n * w * math.Log2(w)
				best = max(best, w)
			}
		}
		sets, links = append(sets, math.Exp2(h)), append(links, best)
	}
	slices.Sort(sets)
	slices.Sort(waits)
	mean := 0.0
	for _, l := range links {
		mean += l / float64(len(links))
	}
	return timingResult{setP10: quantile(sets, 0.1), setP50: quantile(sets, 0.5), link: mean,
		waitP50: quantile(waits, 0.5), waitP99: quantile(waits, 0.99)}
}

// block is the block of a cast due at t.
func (m timingModel) block(t float64) int {
	if B := m.batch.Seconds(); B > 0 {
		t = math.Ceil(t/B) * B
	}
	return int(math.Ceil(t / blockPeriod))
}

// share is the chance p that a cast's ballot is in block.
type share struct {
	block int
	p     float64
}

// blocks is the distribution of the block of a cast accepted at a, in
// block order: the block is a step function of the due time with steps
// at multiples of the batch interval (or of the block period), so each
// step's share of [a, a+MaxDelay) is exact.
func (m timingModel) blocks(a float64) []share {
	M := m.maxDelay.Seconds()
	if M == 0 {
		return []share{{m.block(a), 1}}
	}
	step := blockPeriod
	if B := m.batch.Seconds(); B > 0 {
		step = B
	}
	var out []share
	for lo := a; lo < a+M; {
		hi := min((math.Floor(lo/step)+1)*step, a+M)
		if k := m.block(hi); len(out) > 0 && out[len(out)-1].block == k {
			out[len(out)-1].p += (hi - lo) / M
		} else {
			out = append(out, share{k, (hi - lo) / M})
		}
		lo = hi
	}
	return out
}

func quantile(sorted []float64, q float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[min(int(q*float64(len(sorted))), len(sorted)-1)]
}

// timingSettings are the settings the model compares; the defaults of
// relay.Config are among them.
var timingSettings = []struct{ maxDelay, batch time.Duration }{
	{0, 0}, {2 * time.Second, 0}, {5 * time.Second, 0}, {10 * time.Second, 0},
	{0, time.Second}, {0, 3 * time.Second},
	{5 * time.Second, time.Second}, {relay.DefaultMaxDelay, relay.DefaultBatchInterval},
	{10 * time.Second, 3 * time.Second}, {30 * time.Second, 5 * time.Second},
}

// BenchmarkTimingModel runs the timing model (no relay, no chain, no
// clock: a deterministic simulation) for each setting at 1, 10 and 100
// casts per second reaching one relay, and reports the effective
// anonymity set (median and 10th percentile over voters), the mean link
// probability and the model's wait from acceptance to the ballot's block
// (p50, p99; the relay reports "included" up to one poll interval later):
//
//	go test ./ballotbox/relay -run '^$' -bench TimingModel -benchtime 1x
func BenchmarkTimingModel(b *testing.B) {
	for _, s := range timingSettings {
		for _, rate := range []float64{1, 10, 100} {
			m := timingModel{maxDelay: s.maxDelay, batch: s.batch, rate: rate}
			b.Run(fmt.Sprintf("delay=%v/batch=%v/rate=%v", s.maxDelay, s.batch, rate), func(b *testing.B) {
				var r timingResult
				for range b.N {
					r = m.run(1, 20_000/rate+120)
				}
				b.ReportMetric(r.setP50, "set-p50")
				b.ReportMetric(r.setP10, "set-p10")
				b.ReportMetric(r.link*100, "link-%")
				b.ReportMetric(r.waitP50, "wait-p50-s")
				b.ReportMetric(r.waitP99, "wait-p99-s")
			})
		}
	}
}

// TestTimingDefaults: by the model, the defaults put a voter's ballot
// among at least 10 others (median) at one cast per second, where sending
// at once leaves most voters alone in their block, and they add at most
// their own length to the wait.
func TestTimingDefaults(t *testing.T) {
	off := timingModel{rate: 1}.run(1, 20_000)
	on := timingModel{maxDelay: relay.DefaultMaxDelay, batch: relay.DefaultBatchInterval, rate: 1}.run(1, 20_000)
	t.Logf("at 1 cast/s: off %+v; defaults %+v", off, on)
	if off.setP10 > 1 || off.link < 0.5 {
		t.Errorf("without delay: %+v, the model is wrong", off)
	}
	if on.setP50 < 10 || on.link > 0.15 {
		t.Errorf("defaults: %+v, want a median set of at least 10", on)
	}
	if limit := (relay.DefaultMaxDelay + relay.DefaultBatchInterval).Seconds() + 2*blockPeriod; on.waitP99 > limit {
		t.Errorf("defaults: p99 wait %.1f s, want at most %.1f s", on.waitP99, limit)
	}
}

// BenchmarkRelayTiming measures what the model cannot: the wait from
// sending a cast over a WebSocket to its "included" update, on the real
// relay in front of the embedded node (1-second blocks, 500 ms polling),
// for b.N casts sent together under each setting (Off: no delay, no
// batching):
//
//	go test ./ballotbox/relay -run '^$' -bench RelayTiming -benchtime 200x
func BenchmarkRelayTiming(b *testing.B) {
	env := sharedChain(b)
	benchOpen.once.Do(func() { benchOpen.te = env.newElection(b, 5, true) })
	for _, s := range []struct{ maxDelay, batch time.Duration }{
		{relay.Off, relay.Off}, {relay.Off, time.Second}, {2 * time.Second, time.Second},
		{5 * time.Second, time.Second}, {relay.DefaultMaxDelay, relay.DefaultBatchInterval},
	} {
		b.Run(fmt.Sprintf("delay=%v/batch=%v", max(s.maxDelay, 0), max(s.batch, 0)), func(b *testing.B) {
			tr := benchOpen.te.startRelay(b, relay.Config{MaxDelay: s.maxDelay, BatchInterval: s.batch,
				PollInterval: 500 * time.Millisecond, CheckInterval: 2 * time.Second})
			r := (&soak{te: benchOpen.te, tr: tr}).cast(b, b.N)
			tr.stop()
			b.ReportMetric(r.p50.Seconds(), "included-p50-s")
			b.ReportMetric(r.p99.Seconds(), "included-p99-s")
		})
	}
}
