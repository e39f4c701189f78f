package tally_test

import (
	"crypto/rand"
	"fmt"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/ceremony"
	"github.com/evote-org/evote/tally/internal/synth"
)

// BenchmarkTallyRealNode casts b.N five-option ballots into a real
// embedded node and measures tally.Run (without publishing): every cast
// read over the node's RPC, the predicate, the sums, the ceremony and the
// decryption re-derived, the record written to a file. It also reports
// reading the casts alone.
//
//	go test ./tally -run '^$' -bench TallyRealNode -benchtime 4000x
func BenchmarkTallyRealNode(b *testing.B) {
	w := newWorld(b, withDeadline(b))
	w.ceremony()
	w.all([]int{1, 2, 3}, func(tr *ceremony.Trustee, i int) error { return tr.TestDecrypt(w.ctx, w.secrets[i]) })
	e, err := tally.CheckTest(w.ctx, w.box, 0)
	if err != nil {
		b.Fatal(err)
	}
	w.postRoll(max(b.N, 1000))
	w.mined(w.box.OpenPolls(w.commission.opts))
	w.castMany(e, b.N)
	w.mined(w.box.ClosePolls(w.commission.opts))
	w.postCount(uint64(b.N), true)
	w.all([]int{1, 2, 3}, func(tr *ceremony.Trustee, i int) error { return tr.Decrypt(w.ctx, w.secrets[i]) })

	b.ResetTimer()
	out, err := tally.Run(w.ctx, w.box, tally.Options{Record: fileOf(b, filepath.Join(w.dir, "record.jsonl")), Log: w.logSource})
	if err != nil || out.Tally.Counted != uint64(b.N) {
		b.Fatalf("tally: %v", err)
	}
	b.StopTimer()
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N), "ns/cast")
	start, n := time.Now(), 0
	for _, err := range tally.ReadCasts(w.ctx, w.box, 0, out.Election.Header.ReadBlock) {
		if err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(time.Since(start).Nanoseconds())/float64(n), "read-ns/cast")
}

// castMany makes n valid casts over all cores and sends them from the
// relay, then waits until the contract counted them all.
func (w *world) castMany(e *tally.Election, n int) {
	reg, _ := synth.RegistrarKey()
	tctx, _ := w.box.Context(w.ctx)
	v := &synth.Voters{Registrar: reg, Election: e.Manifest.Ballot(tctx, e.Key)}
	casts := make([]ballotbox.Cast, n)
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for k := range workers {
		wg.Go(func() {
			for i := k; i < n; i += workers {
				c, _, err := v.Cast(synth.Choice(i%5, 5), rand.Reader)
				if err != nil {
					panic(err)
				}
				casts[i] = c
			}
		})
	}
	wg.Wait()
	w.send(casts)
	for {
		count, err := w.box.BallotCount(w.ctx)
		if err != nil {
			w.t.Fatal(err)
		}
		if count == uint64(n) {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// BenchmarkCheckLog is check 6's work on a registration log (CheckLog:
// the roll's root, every interval's root, every issued entry found on
// the roll once), for a roll of n voters who all got a token, posted in
// 10 intervals; ns/issuance is the time per voter.
//
//	go test ./tally -run '^$' -bench CheckLog
func BenchmarkCheckLog(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			h := &tally.Header{States: []tally.StateFact{{State: "Open", Block: 10}, {State: "Closed", Block: 20}}}
			cuts := make([]int, 10)
			for k := range cuts {
				cuts[k] = n * (k + 1) / len(cuts)
			}
			l, err := synth.Log(h, n, cuts, 0, func() common.Hash { return common.Hash{} })
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if _, err := tally.CheckLog(h, l); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/issuance")
		})
	}
}
