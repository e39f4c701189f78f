package dkg_test

import (
	"testing"

	"github.com/evote-org/evote/crypto/dkg"
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
