package ballot

import (
	"crypto/rand"
	"runtime"
	"testing"

	"github.com/evote-org/evote/crypto/batch"
)

// benchElection is the benchmark's ballot: one question, 5 options, a
// voter selects at most one (a blank ballot is allowed).
func benchElection(b *testing.B) *Election {
	e := testElection(b)
	e.Questions = []Question{{Options: 5, Min: 0, Max: 1}}
	return e
}

var benchChoices = [][]bool{{false, false, true, false, false}}

// rankedElection is the largest ranked ballot the contract takes: 10
// candidates, all ranked (14,401 bytes).
func rankedElection(b *testing.B) *Election {
	e := testElection(b)
	e.Questions = []Question{{Options: 10, Min: 10, Max: 10, Kind: Ranked}}
	return e
}

var benchRanking = [][]uint8{{3, 1, 4, 10, 5, 9, 2, 6, 8, 7}}

func benchItems(b *testing.B, e *Election, n int) []Item {
	values := [][]uint8{{0, 0, 1, 0, 0}}
	if e.Questions[0].Kind == Ranked {
		values = benchRanking
	}
	items := make([]Item, n)
	for i := range items {
		items[i].Pseudonym = [20]byte{byte(i), byte(i >> 8), byte(i >> 16)}
		bl, _, err := EncryptValues(e, items[i].Pseudonym, values, rand.Reader)
		if err != nil {
			b.Fatal(err)
		}
		items[i].Data = bl.Bytes()
	}
	return items
}

func BenchmarkEncrypt5(b *testing.B) {
	e := benchElection(b)
	for b.Loop() {
		if _, _, err := Encrypt(e, alice, benchChoices, rand.Reader); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncryptRanked10(b *testing.B) {
	e := rankedElection(b)
	for b.Loop() {
		if _, _, err := EncryptValues(e, alice, benchRanking, rand.Reader); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVerify5 is one ballot on its own: parse and verify.
func BenchmarkVerify5(b *testing.B) {
	e := benchElection(b)
	data := benchItems(b, e, 1)[0].Data
	for b.Loop() {
		p, err := Parse(e, data)
		if err != nil {
			b.Fatal(err)
		}
		if err := p.Verify(e, [20]byte{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParse5 is the decoding share of the per-ballot cost.
func BenchmarkParse5(b *testing.B) {
	e := benchElection(b)
	data := benchItems(b, e, 1)[0].Data
	for b.Loop() {
		if _, err := Parse(e, data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBatch4096 parses and verifies 4,096 ballots as one batch on one
// goroutine and reports the cost per ballot.
func BenchmarkBatch4096(b *testing.B) {
	const n = 4096
	e := benchElection(b)
	items := benchItems(b, e, n)
	for b.Loop() {
		bv := batch.New(rand.Reader)
		for i := range items {
			p, err := Parse(e, items[i].Data)
			if err != nil {
				b.Fatal(err)
			}
			if err := p.addTo(bv, e, items[i].Pseudonym); err != nil {
				b.Fatal(err)
			}
		}
		if err := bv.Check(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/ballot")
}

// BenchmarkVerifyBatch is VerifyBatch over all cores, chunked.
func BenchmarkVerifyBatch(b *testing.B) { verifyBatch(b, benchElection(b), 4096) }

// BenchmarkVerifyBatchRanked10 is VerifyBatch of ranked ballots of 10
// candidates.
func BenchmarkVerifyBatchRanked10(b *testing.B) { verifyBatch(b, rankedElection(b), 1024) }

func verifyBatch(b *testing.B, e *Election, n int) {
	items := benchItems(b, e, n)
	for b.Loop() {
		VerifyBatch(e, items)
		for i := range items {
			if items[i].Err != nil {
				b.Fatal(items[i].Err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/ballot")
	b.ReportMetric(float64(runtime.GOMAXPROCS(0)), "cores")
}
