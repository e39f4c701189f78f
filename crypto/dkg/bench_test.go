package dkg_test

import (
	crand "crypto/rand"
	"testing"

	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/internal/testrand"
	"github.com/evote-org/evote/crypto/shuffle"
)

// BenchmarkVerifyDealing is the public check of one 3-of-5 dealing
// (parse, shape, both proofs).
func BenchmarkVerifyDealing(b *testing.B) {
	f := newFixture(b, "bench")
	enc := f.dealings[0].Bytes()
	for b.Loop() {
		if err := f.c.VerifyDealing(must(dkg.ParseDealing(enc))); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkQualify settles a 3-of-5 ceremony with one upheld complaint.
func BenchmarkQualify(b *testing.B) {
	f := newFixture(b, "bench")
	ds := []*dkg.Dealing{f.dealings[0], f.evil, f.dealings[2], f.dealings[3], f.dealings[4]}
	cps := []*dkg.Complaint{f.complaint}
	for b.Loop() {
		if _, err := f.c.Qualify(f.keys, ds, cps); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCombine5x3 verifies and combines 3 partial decryptions of one
// 5-option question.
func BenchmarkCombine5x3(b *testing.B) {
	f := newFixture(b, "bench")
	for b.Loop() {
		if _, err := f.result.Combine(f.aggs, f.parts[:3]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCombine5x3OneBad is the same with a fourth, invalid partial
// decryption: the batch fails and every share is checked on its own.
func BenchmarkCombine5x3OneBad(b *testing.B) {
	f := newFixture(b, "bench")
	bad := must(dkg.ParsePartialDecryption(with(f.parts[3].Bytes(), 5, f.parts[0].Bytes()[5:37]...)))
	ps := append(f.parts[:3:3], bad)
	for b.Loop() {
		if _, err := f.result.Combine(f.aggs, ps); err != nil {
			b.Fatal(err)
		}
	}
}

// mixLists is one list of n ballots of w encryptions of 1 under key.
func mixLists(tb testing.TB, key *elgamal.PublicKey, n, w int) []*shuffle.List {
	rand := testrand.New("mix-lists")
	rows := make([][]*elgamal.Ciphertext, n)
	for i := range rows {
		for range w {
			rows[i] = append(rows[i], must2(elgamal.Encrypt(key, 1, rand)))
		}
	}
	return []*shuffle.List{must(shuffle.NewList(rows))}
}

// BenchmarkDecryptMixed1000x5 is one trustee's mix decryption share of
// 1,000 ballots of 5 candidates, on every core.
func BenchmarkDecryptMixed1000x5(b *testing.B) {
	f := newFixture(b, "bench")
	lists := mixLists(b, f.result.Key, 1000, 5)
	for b.Loop() {
		must(f.shares[0].DecryptMixed(lists, crand.Reader))
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/5000, "µs/ciphertext")
}

// BenchmarkVerifyMixDecryption1000x5 parses and batch-verifies it.
func BenchmarkVerifyMixDecryption1000x5(b *testing.B) {
	f := newFixture(b, "bench")
	lists := mixLists(b, f.result.Key, 1000, 5)
	enc := must(f.shares[0].DecryptMixed(lists, crand.Reader)).Bytes()
	for b.Loop() {
		if err := f.result.VerifyMixDecryption(lists, must(dkg.ParseMixDecryption(enc))); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/5000, "µs/ciphertext")
}
