package relay_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/evote-org/evote/ballotbox/relay"
)

// The election of the benchmark: one question of 5 options, at most one
// selected (1,665-byte ballots, as in docs/performance.md).
var benchOpen struct {
	once sync.Once
	te   *testElection
}

// BenchmarkRelay submits b.N realistic casts over HTTP from 16 concurrent
// clients to a relay (no delay or batching) in front of the embedded
// node with 1-second blocks, and reports the rate of "accepted"
// answers (from the first request to the last answer) and of inclusion
// (to the relay seeing the last cast on chain), with the latency of the
// answers. Casts are made before the clock starts.
//
//	go test ./ballotbox/relay -run '^$' -bench Relay -benchtime 3000x
func BenchmarkRelay(b *testing.B) {
	env := sharedChain(b)
	benchOpen.once.Do(func() { benchOpen.te = env.newElection(b, 5, true) })
	te := benchOpen.te
	tr := te.startRelay(b, relay.Config{PollInterval: 500 * time.Millisecond, CheckInterval: 2 * time.Second})
	casts := votes(b, te, b.N)
	bodies := make([][]byte, len(casts))
	for i, c := range casts {
		bodies[i], _ = json.Marshal(request(c))
	}
	const clients = 16
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
	latency := make([]time.Duration, len(casts))
	var next atomic.Int64
	b.ResetTimer()
	start := time.Now()
	var wg sync.WaitGroup
	for range clients {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(bodies); i = int(next.Add(1) - 1) {
				t0 := time.Now()
				resp, err := client.Post(tr.url+"/v1/casts", "application/json", bytes.NewReader(bodies[i]))
				if err != nil || resp.StatusCode != http.StatusAccepted {
					b.Errorf("cast %d: %v %v", i, err, resp.Status)
					return
				}
				resp.Body.Close()
				latency[i] = time.Since(t0)
			}
		})
	}
	wg.Wait()
	accepted := time.Since(start)
	for tr.Metrics().Included < int64(b.N) {
		time.Sleep(20 * time.Millisecond)
	}
	included := time.Since(start)
	b.StopTimer()
	slices.Sort(latency)
	b.ReportMetric(float64(b.N)/accepted.Seconds(), "accepted/s")
	b.ReportMetric(float64(b.N)/included.Seconds(), "included/s")
	b.ReportMetric(float64(latency[len(latency)/2].Microseconds())/1e3, "p50-ms")
	b.ReportMetric(float64(latency[len(latency)*99/100].Microseconds())/1e3, "p99-ms")
	b.ReportMetric(float64(runtime.GOMAXPROCS(0)), "cores")
	if m := tr.Metrics(); m.NonceErrors != 0 || m.Resent != 0 {
		b.Errorf("metrics: %+v", m)
	}
}
