package reglog_test

import (
	"testing"

	"github.com/evote-org/evote/registrar/reglog"
)

// BenchmarkLeaf is the cost of one voter's leaf: what the registrar adds
// per voter when it generates the codes, and what an offline search pays
// per guessed code.
func BenchmarkLeaf(b *testing.B) {
	e := electionID(0)
	for b.Loop() {
		if _, err := reglog.Leaf("0123456789AB", e, "m-0001"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRoot1500000 is the root of a city's roll: 1.5 M entries with
// a district, checked, sorted into buckets and hashed.
func BenchmarkRoot1500000(b *testing.B) {
	entries := randomEntries(1_500_000, 4)
	b.ResetTimer()
	for b.Loop() {
		if _, err := reglog.Root(entries); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVerifyBucket is a voter's check of one bucket of a 1.5 M roll
// (about 5,900 entries) against the root.
func BenchmarkVerifyBucket(b *testing.B) {
	tree, err := reglog.New(randomEntries(1_500_000, 5))
	if err != nil {
		b.Fatal(err)
	}
	bucket, path, root := tree.Bucket(7), tree.Path(7), tree.Root()
	b.ReportMetric(float64(len(bucket)), "entries")
	b.ResetTimer()
	for b.Loop() {
		if err := reglog.VerifyBucket(7, bucket, path, root); err != nil {
			b.Fatal(err)
		}
	}
}
