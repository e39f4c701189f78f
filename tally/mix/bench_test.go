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

// The mix phase of -ballots ballots of one ranked question of -width
// candidates through -mixers mixers (docs/performance.md):
//
//	go test ./tally/mix -run '^$' -bench MixPhase -benchtime 1x -ballots 100000
var (
	benchBallots = flag.Int("ballots", 1000, "ballots of BenchmarkMixPhase")
	benchWidth   = flag.Int("width", 6, "candidates of BenchmarkMixPhase's question")
	benchMixers  = flag.Int("mixers", 1, "mixers of BenchmarkMixPhase, 1 to 3")
)

// BenchmarkMixPhase runs, one after the other on the same election, the
// mixers' turns (each mixes the last one's output: shuffle and proofs,
// the file encoded; reported per mixer), a verifier's check of the chain
// (every file parsed, every proof verified; per mixer), two trustees' mix
// shares (decryption and proofs, encoded; per trustee), and a verifier's
// decryption of the final lists with the two shares (parsed,
// batch-verified, combined, every value found) and the count.
func BenchmarkMixPhase(b *testing.B) {
	n, w, mixers := *benchBallots, *benchWidth, min(max(*benchMixers, 1), 3)
	f := newFixture(b, "bench", 3, 2, 2)
	m := &election.Manifest{Version: 1, Title: text("Bench"), Questions: []election.Question{{Title: text("Council"),
		Min: 1, Max: w, Options: options(w), Type: election.Ranked, Method: election.STV, Seats: 2}}}
	f.p.Manifest = m
	values := rankings(n, w, f.rand)
	initial := []*shuffle.List{encryptParallel(b, f.p.Key, values)}
	var posts []mix.MixPost
	b.Run("shuffle+prove", func(b *testing.B) {
		cpu := cputime.Now()
		for b.Loop() {
			posts = posts[:0]
			lists := initial
			for j := 1; j <= mixers; j++ {
				file, out, err := mixer.Mix(f.p, lists, j, rand.Reader)
				if err != nil {
					b.Fatal(err)
				}
				posts = append(posts, mix.MixPost{Trustee: j, Input: mix.ListsHash(lists), Output: out, File: must(f.files.Put(file))})
				lists = must(mix.ParseFile(file, f.p.Widths())).Lists
			}
		}
		perCiphertext(b, mixers*n*w, cpu)
	})
	var final *mix.Chain
	b.Run("verify", func(b *testing.B) {
		cpu := cputime.Now()
		for b.Loop() {
			final = must(mix.Check(f.p, f.files, initial, posts))
		}
		if len(final.Mixers) != mixers {
			b.Fatal(final.Verdicts)
		}
		perCiphertext(b, mixers*n*w, cpu)
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
		perCiphertext(b, 2*n*w, cpu)
	})
	b.Run("decrypt+count", func(b *testing.B) {
		cpu := cputime.Now()
		for b.Loop() {
			// Trustees 1 and 2 decrypt; with one mixer, trustee 2 is
			// taken as a mixer too (the cost is the same).
			d := must(mix.Decrypt(f.p, f.result, f.files, final.Lists, []int{1, 2}, shares))
			must(mix.CountQuestion(&m.Questions[0], 0, d.Rows[0]))
		}
		perCiphertext(b, n*w, cpu)
	})
}

// perCiphertext reports the wall time per ciphertext of cts ciphertexts
// (for one loop), and the process's CPU time (all cores) since cpu
// (cputime.Now before the loop), which a busy shared machine disturbs
// less.
func perCiphertext(b *testing.B, cts int, cpu int64) {
	all := float64(b.N) * float64(cts)
	b.ReportMetric(float64(b.Elapsed().Microseconds())/all, "µs/ciphertext")
	if now := cputime.Now(); cpu != 0 {
		b.ReportMetric(float64(now-cpu)/1e3/all, "cpu-µs/ciphertext")
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
	values := rankings(1000, 6, f.rand)
	lists := []*shuffle.List{encryptParallel(b, f.p.Key, values)}
	for b.Loop() {
		mix.ListsHash(lists)
	}
}
