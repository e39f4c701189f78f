package ballot

import (
	"crypto/rand"
	"errors"
	"runtime"
	"sync"

	"github.com/evote-org/evote/crypto/batch"
)

// addTo adds the equations of every proof of b to bv.
func (b *Ballot) addTo(bv *batch.Verifier, e *Election, pseudonym [20]byte) error {
	for qi, q := range e.Questions {
		a := &b.Answers[qi]
		for oi, ct := range a.Options {
			if err := a.OptionZK[oi].Verify(e.optionTranscript(pseudonym, qi, oi), e.Key, ct, 0, uint64(q.Top()), bv); err != nil {
				return errors.Join(ErrInvalid, err)
			}
		}
		if q.Kind != Choice {
			continue
		}
		t := e.selectionTranscript(pseudonym, qi)
		if err := a.Selections.Verify(t, e.Key, a.Sum(), uint64(q.Min), uint64(q.Max), bv); err != nil {
			return errors.Join(ErrInvalid, err)
		}
	}
	return nil
}

// Verify checks every proof of b for the voter with the given pseudonym.
// b must have been parsed (or made) for e.
func (b *Ballot) Verify(e *Election, pseudonym [20]byte) error {
	bv := batch.New(rand.Reader)
	if err := b.addTo(bv, e, pseudonym); err != nil {
		return err
	}
	if bv.Check() != nil {
		return ErrInvalid
	}
	return nil
}

// Item is one ballot of a batch: the input (pseudonym and encoding) and,
// after VerifyBatch, the parsed ballot and the verdict.
type Item struct {
	Pseudonym [20]byte
	Data      []byte

	Ballot *Ballot // set when Data parses
	Err    error   // nil when the ballot is valid
}

// ChunkSize is how many ballots share one batch equation. Larger chunks
// amortise the multi-scalar multiplication better; a failed chunk is
// re-checked ballot by ballot, so smaller chunks localise a bad ballot
// faster.
const ChunkSize = 1024

// VerifyBatch parses and verifies every item, in chunks of ChunkSize
// spread over all cores. Each chunk is checked with one multi-scalar
// multiplication; if it fails, its ballots are checked one by one so that
// exactly the bad ones get an error.
func VerifyBatch(e *Election, items []Item) {
	if err := e.Validate(); err != nil {
		for i := range items {
			items[i].Err = err
		}
		return
	}
	chunks := make(chan []Item)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for c := range chunks {
				verifyChunk(e, c)
			}
		})
	}
	for len(items) > 0 {
		n := min(ChunkSize, len(items))
		chunks <- items[:n]
		items = items[n:]
	}
	close(chunks)
	wg.Wait()
}

func verifyChunk(e *Election, items []Item) {
	bv := batch.New(rand.Reader)
	pending := 0
	for i := range items {
		it := &items[i]
		it.Ballot, it.Err = Parse(e, it.Data)
		if it.Err == nil {
			it.Err = it.Ballot.addTo(bv, e, it.Pseudonym)
		}
		if it.Err == nil {
			pending++
		}
	}
	if pending == 0 || bv.Check() == nil {
		return
	}
	for i := range items {
		if it := &items[i]; it.Err == nil {
			it.Err = it.Ballot.Verify(e, it.Pseudonym)
		}
	}
}
