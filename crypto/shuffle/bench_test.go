package shuffle_test

import (
	"crypto/rand"
	"testing"

	"github.com/evote-org/evote/crypto/shuffle"
	"github.com/evote-org/evote/crypto/shuffle/mixer"
)

// The benchmarks shuffle benchN ballots of benchW ciphertexts (five
// candidates) and report the cost per ballot and per ciphertext; run them
// on one core with -cpu 1 (docs/performance.md).
const benchN, benchW = 1000, 5

func report(b *testing.B) {
	perBallot := float64(b.Elapsed().Nanoseconds()) / float64(b.N) / benchN
	b.ReportMetric(perBallot/1e3, "µs/ballot")
	b.ReportMetric(perBallot/1e3/benchW, "µs/ciphertext")
}

// BenchmarkShuffle1000x5 re-encrypts and permutes (GenShuffle).
func BenchmarkShuffle1000x5(b *testing.B) {
	in := inputList(b, benchN, benchW, rand.Reader)
	for b.Loop() {
		if _, _, err := mixer.Shuffle(testKey, in, rand.Reader); err != nil {
			b.Fatal(err)
		}
	}
	report(b)
}

// BenchmarkProve1000x5 is the proof alone (GenProof).
func BenchmarkProve1000x5(b *testing.B) {
	st, wit := shuffled(b, benchN, benchW, rand.Reader)
	for b.Loop() {
		if _, err := mixer.Prove(st, wit, rand.Reader); err != nil {
			b.Fatal(err)
		}
	}
	report(b)
}

// BenchmarkVerify1000x5 decodes the output list and the proof and
// verifies (the input list is the previous mixer's output, decoded once).
func BenchmarkVerify1000x5(b *testing.B) {
	f := newFixture(b, benchN, benchW, "")
	out, enc := f.st.Output.Bytes(), f.proof.Bytes()
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
	report(b)
}
