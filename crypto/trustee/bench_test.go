package trustee

import (
	"crypto/rand"
	"testing"
)

// BenchmarkDeal is one dealing of a 3-of-5 ceremony, including the check
// of the five trustee keys.
func BenchmarkDeal(b *testing.B) {
	_, trustees, keys := setup(b, 5, 3, rand.Reader)
	for b.Loop() {
		if _, err := trustees[0].Deal(keys, rand.Reader); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReceive is one trustee checking its share of one dealing.
func BenchmarkReceive(b *testing.B) {
	_, trustees, keys := setup(b, 5, 3, rand.Reader)
	d, _ := trustees[0].Deal(keys, rand.Reader)
	for b.Loop() {
		if cp, err := trustees[1].Receive(d, rand.Reader); err != nil || cp != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPartialDecrypt5 is one trustee's partial decryption with proofs
// of one 5-option question.
func BenchmarkPartialDecrypt5(b *testing.B) {
	r, shares := honest(b, 5, 3, "bench")
	aggs, _ := tally(b, r.Key, 5, []int{0, 1, 2, 3, 4}, rand.Reader)
	for b.Loop() {
		if _, err := shares[0].PartialDecrypt(aggs, rand.Reader); err != nil {
			b.Fatal(err)
		}
	}
}
