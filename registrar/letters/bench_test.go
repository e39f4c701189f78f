package letters_test

import (
	"fmt"
	"io"
	"testing"

	"github.com/evote-org/evote/registrar/letters"
)

// countingWriter counts what is written.
type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	return len(p), nil
}

// BenchmarkWrite renders a district of 1,000 letters; it reports the
// bytes of HTML per letter (a city's 1.5 M letters are that times 1.5 M).
func BenchmarkWrite(b *testing.B) {
	var ls []letters.Letter
	for i := range 1000 {
		ls = append(ls, letter(fmt.Sprintf("V%07d", i), "Анна Сергеевна Иванова-Петрова", "D01", "0123456789AB"))
	}
	ds := letters.Districts(ls)
	var w countingWriter
	for b.Loop() {
		if err := letters.Write(io.Writer(&w), parks, ds); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(w.n)/float64(b.N)/float64(len(ls)), "bytes/letter")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(ls)), "ns/letter")
}
