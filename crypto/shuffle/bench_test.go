package shuffle_test

import (
	"crypto/rand"
	"testing"

	"github.com/evote-org/evote/crypto/shuffle"
	"github.com/evote-org/evote/crypto/shuffle/mixer"
	"github.com/evote-org/evote/internal/cputime"
)

// The benchmarks shuffle benchN ballots of benchW ciphertexts (five
// candidates) and report the cost per ballot and per ciphertext; run them
// on one core with -cpu 1 (docs/performance.md).
const benchN, benchW = 1000, 5

// report adds the wall time per ballot and per ciphertext, and the
// process's CPU time per ciphertext since cpu (cputime.Now before the
// loop), which a busy shared machine disturbs less.
func report(b *testing.B, cpu int64) {
	perBallot := float64(b.Elapsed().Nanoseconds()) / float64(b.N) / benchN
	b.ReportMetric(perBallot/1e3, "µs/ballot")
	b.ReportMetric(perBallot/1e3/benchW, "µs/ciphertext")
	if now := cputime.Now(); cpu != 0 {
		b.ReportMetric(float64(now-cpu)/float64(b.N)/benchN/benchW/1e3, "cpu-µs/ciphertext")
	}
}

// BenchmarkShuffle1000x5 re-encrypts and permutes (GenShuffle).
func BenchmarkShuffle1000x5(b *testing.B) {
	in := inputList(b, benchN, benchW, rand.Reader)
	cpu := cputime.Now()
	for b.Loop() {
		if _, _, err := mixer.Shuffle(testKey, in, rand.Reader); err != nil {
			b.Fatal(err)
		}
	}
	report(b, cpu)
}

// BenchmarkProve1000x5 is the proof alone (GenProof).
func BenchmarkProve1000x5(b *testing.B) {
	st, wit := shuffled(b, benchN, benchW, rand.Reader)
	cpu := cputime.Now()
	for b.Loop() {
		if _, err := mixer.Prove(st, wit, rand.Reader); err != nil {
			b.Fatal(err)
		}
	}
	report(b, cpu)
}

// BenchmarkVerify1000x5 decodes the output list and the proof and
// verifies (the input list is the previous mixer's output, decoded once).
func BenchmarkVerify1000x5(b *testing.B) {
	f := newFixture(b, benchN, benchW, "")
	out, enc := f.st.Output.Bytes(), f.proof.Bytes()
	cpu := cputime.Now()
	for b.Loop() {
		st := *f.st
		var err error
		if st.Output, err = shuffle.ParseList(out); err != nil {
			b.Fatal(err)
		}
		p, err := shuffle.ParseProof(enc, benchN, benchW)
		if err != nil {
			b.Fatal(err)
		}
		if err := p.Check(&st, rand.Reader); err != nil {
			b.Fatal(err)
		}
	}
	report(b, cpu)
}
