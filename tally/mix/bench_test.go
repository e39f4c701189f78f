package mix_test

import (
	"crypto/rand"
	"flag"
	"testing"

	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/shuffle"
	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/internal/cputime"
	"github.com/evote-org/evote/internal/parallel"
	"github.com/evote-org/evote/tally/mix"
	"github.com/evote-org/evote/tally/mix/mixer"
)

// The mix phase of -ballots ballots of one ranked question of benchWidth
// candidates (docs/performance.md):
//
//	go test ./tally/mix -run '^$' -bench MixPhase -benchtime 1x -ballots 100000
var benchBallots = flag.Int("ballots", 1000, "ballots of BenchmarkMixPhase")

const benchWidth = 6

// BenchmarkMixPhase runs, one after the other on the same election, one
// mixer's turn (shuffle and proofs, the file encoded), its check by a
// verifier (the file parsed, every proof verified), one trustee's mix
// share (decryption and proofs, encoded), and the decryption by a
// verifier of the final lists with two shares (parsed, batch-verified,
// combined, every value found) and the count.
func BenchmarkMixPhase(b *testing.B) {
	n := *benchBallots
	f := newFixture(b, "bench", 3, 2, 2)
	m := &election.Manifest{Version: 1, Title: text("Bench"), Questions: []election.Question{{Title: text("Council"),
		Min: 1, Max: benchWidth, Options: options(benchWidth), Type: election.Ranked, Method: election.STV, Seats: 2}}}
	f.p.Manifest = m
	values := rankings(n, benchWidth, f.rand)
	initial := []*shuffle.List{encryptParallel(b, f.p.Key, values)}
	var file []byte
	var post mix.MixPost
	b.Run("shuffle+prove", func(b *testing.B) {
		cpu := cputime.Now()
		for b.Loop() {
			var err error
			file, post.Output, err = mixer.Mix(f.p, initial, 1, rand.Reader)
			if err != nil {
				b.Fatal(err)
			}
		}
		perCiphertext(b, n, cpu)
	})
	post = mix.MixPost{Trustee: 1, Input: mix.ListsHash(initial), Output: post.Output, File: must(f.files.Put(file))}
	var final *mix.Chain
	b.Run("verify", func(b *testing.B) {
		cpu := cputime.Now()
		for b.Loop() {
			final = must(mix.Check(f.p, f.files, initial, []mix.MixPost{post}))
		}
		if final.Verdicts[0].Verdict != mix.Valid {
			b.Fatal(final.Verdicts[0].Err)
		}
		perCiphertext(b, n, cpu)
	})
	var shares []mix.SharePost
	b.Run("share", func(b *testing.B) {
		cpu := cputime.Now()
		for b.Loop() {
			shares = shares[:0]
			for _, j := range []int{1, 2} {
				d := must(f.shares[j-1].DecryptMixed(final.Lists, rand.Reader))
				shares = append(shares, mix.SharePost{Trustee: j, Lists: final.Hash, File: must(f.files.Put(d.Bytes()))})
			}
		}
		b.ReportMetric(float64(b.Elapsed().Seconds())/float64(b.N)/2, "s/trustee")
		perCiphertext(b, 2*n, cpu)
	})
	b.Run("decrypt+count", func(b *testing.B) {
		cpu := cputime.Now()
		for b.Loop() {
			d := must(mix.Decrypt(f.p, f.result, f.files, final.Lists, []int{1, 2}, shares))
			must(mix.CountQuestion(&m.Questions[0], 0, d.Rows[0]))
		}
		perCiphertext(b, n, cpu)
	})
}

// perCiphertext reports the wall time per ciphertext of n ballots, and
// the process's CPU time (all cores) since cpu (cputime.Now before the
// loop), which a busy shared machine disturbs less.
func perCiphertext(b *testing.B, n int, cpu int64) {
	cts := float64(b.N) * float64(n*benchWidth)
	b.ReportMetric(float64(b.Elapsed().Microseconds())/cts, "µs/ciphertext")
	if now := cputime.Now(); cpu != 0 {
		b.ReportMetric(float64(now-cpu)/1e3/cts, "cpu-µs/ciphertext")
	}
}

// encryptParallel is encrypt on every core, for the benchmark's size.
func encryptParallel(tb testing.TB, key *elgamal.PublicKey, values [][]uint64) *shuffle.List {
	rows := make([][]*elgamal.Ciphertext, len(values))
	parallel.Chunks(len(values), 1024, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			for _, v := range values[i] {
				rows[i] = append(rows[i], must2(elgamal.Encrypt(key, v, rand.Reader)))
			}
		}
	})
	return must(shuffle.NewList(rows))
}

// BenchmarkListsHash hashes the lists of 1,000 ballots of 6 candidates.
func BenchmarkListsHash(b *testing.B) {
	f := newFixture(b, "bench", 1, 1, 2)
	values := rankings(1000, benchWidth, f.rand)
	lists := []*shuffle.List{encryptParallel(b, f.p.Key, values)}
	for b.Loop() {
		mix.ListsHash(lists)
	}
}
