package verify_test

import (
	"bytes"
	"flag"
	"os"
	"runtime"
	"testing"

	"github.com/evote-org/evote/tally/internal/synth"
	"github.com/evote-org/evote/tally/verify"
)

var recordFile = flag.String("record", "", "election record for BenchmarkVerify (default: 2,048 synthetic ballots)")

// BenchmarkVerify verifies a whole election record offline: decoding,
// the validity predicate on every cast, the sums, the ceremony, the
// decryptions, the counts and the hash; it reports the cost per cast and
// its projection to 1.5 million casts on this machine.
//
//	go run ./tally/cmd/genrecord -n 100000 -o /tmp/record-100k.jsonl
//	go test ./tally/verify -run '^$' -bench Verify -benchtime 1x -record /tmp/record-100k.jsonl
func BenchmarkVerify(b *testing.B) {
	var data []byte
	var want []uint64
	if *recordFile != "" {
		var err error
		if data, err = os.ReadFile(*recordFile); err != nil {
			b.Fatal(err)
		}
	} else {
		var out *synth.Outcome
		data, out = makeRecord(b, synth.Config{Voters: 2048})
		want = out.Counts
	}
	var casts uint64
	for b.Loop() {
		rep, err := verify.Record(bytes.NewReader(data), verify.Options{})
		if err != nil || !rep.OK() || (want != nil && detected(rep, want)) {
			b.Fatalf("does not verify: %v", err)
		}
		casts = rep.Counted
	}
	perCast := float64(b.Elapsed().Nanoseconds()) / float64(b.N) / float64(casts)
	b.ReportMetric(perCast, "ns/cast")
	b.ReportMetric(perCast*1.5e6/60e9, "min/1.5M")
	b.ReportMetric(float64(len(data))/float64(casts), "bytes/cast")
	b.ReportMetric(float64(runtime.GOMAXPROCS(0)), "cores")
}
