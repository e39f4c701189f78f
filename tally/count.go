package tally

import (
	"iter"

	"github.com/evote-org/evote/ballotbox/validity"
	"github.com/evote-org/evote/internal/progress"
)

// ChunkSize is how many casts the predicate checks at once: enough to
// keep both cores busy in ballot.VerifyBatch (1,024 per batch), few
// enough to keep the decoded ballots of one chunk small.
const ChunkSize = 8192

// Count feeds casts to acc chunk by chunk, reading the next chunk while
// the predicate checks the current one, and calls each on every cast, in
// order, with its verdict (nil each: no call). p reports progress (nil:
// none). It stops at the first error of the casts, of acc or of each.
func Count(acc *Accumulator, casts iter.Seq2[*CastLine, error], each func(*CastLine, validity.Reason) error, p *progress.Meter) error {
	chunks := make(chan []*CastLine, 1)
	stop := make(chan struct{})
	var readErr error
	go func() {
		defer close(chunks)
		readErr = readChunks(casts, chunks, stop)
	}()
	err := countChunks(acc, chunks, each, p)
	close(stop)
	for range chunks { // let the reader finish
	}
	p.Done()
	if err != nil {
		return err
	}
	return readErr
}

func countChunks(acc *Accumulator, chunks <-chan []*CastLine, each func(*CastLine, validity.Reason) error, p *progress.Meter) error {
	for chunk := range chunks {
		reasons, err := acc.Add(chunk)
		if err != nil {
			return err
		}
		for i, c := range chunk {
			if each == nil {
				break
			}
			if err := each(c, reasons[i]); err != nil {
				return err
			}
		}
		p.Add(len(chunk))
	}
	return nil
}

// readChunks sends the casts in chunks of ChunkSize until stop closes.
func readChunks(casts iter.Seq2[*CastLine, error], out chan<- []*CastLine, stop <-chan struct{}) error {
	chunk := make([]*CastLine, 0, ChunkSize)
	send := func() bool {
		select {
		case out <- chunk:
			chunk = make([]*CastLine, 0, ChunkSize)
			return true
		case <-stop:
			return false
		}
	}
	for c, err := range casts {
		if err != nil {
			return err
		}
		if chunk = append(chunk, c); len(chunk) == ChunkSize && !send() {
			return nil
		}
	}
	if len(chunk) > 0 {
		send()
	}
	return nil
}
