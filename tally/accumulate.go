package tally

import (
	"errors"
	"fmt"
	"runtime"
	"sync"

	"github.com/evote-org/evote/ballotbox/validity"
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/shuffle"
	"github.com/gtank/ristretto255"
)

// Accumulator applies the validity predicate to the casts, chunk by
// chunk in chain order, and sums the counted ballots' ciphertexts per
// option of the choice questions. Of a ranked or graded question it
// keeps each counted ballot's ciphertexts, in chain order: the mix
// phase's initial lists (Lists). A decoded ballot is dropped once added,
// and the kept ciphertexts are their 64 encoded bytes, not elements (480
// MB for 1.5 million ballots of 5 candidates instead of some 3 GB).
// It is not safe for concurrent use.
type Accumulator struct {
	params   *validity.Params
	summed   []bool                // per question: a choice question, added up
	mixed    [][]byte              // per mixed question: the counted ballots' ciphertexts, encoded
	seen     map[[20]byte]struct{} // pseudonyms with a counted ballot
	a, b     []*ristretto255.Element
	casts    uint64
	counted  uint64
	verdicts [validity.Duplicate + 1]uint64
}

// NewAccumulator starts the sums; the polls must have closed.
func (e *Election) NewAccumulator() (*Accumulator, error) {
	p, err := e.Params()
	if err != nil {
		return nil, err
	}
	return newAccumulator(e, p), nil
}

// newAccumulator starts the sums of e's casts under the predicate p.
func newAccumulator(e *Election, p *validity.Params) *Accumulator {
	acc := &Accumulator{params: p, seen: make(map[[20]byte]struct{})}
	for _, q := range e.Manifest.Questions {
		acc.summed = append(acc.summed, !q.Mixed())
	}
	for _, q := range e.Mixed() {
		// Room for the casts the contract counted, up to a million (a
		// forged count in a record allocates no more).
		row := uint64(len(e.Manifest.Questions[q].Options)) * elgamal.CiphertextSize
		acc.mixed = append(acc.mixed, make([]byte, 0, min(e.Header.Casts, 1<<20)*row))
	}
	for range e.Options() {
		acc.a = append(acc.a, ristretto255.NewIdentityElement())
		acc.b = append(acc.b, ristretto255.NewIdentityElement())
	}
	return acc
}

// Add returns the verdict on each cast of a chunk, which must continue
// the casts added before (sequence numbers without gaps), and adds the
// counted ballots to the sums. validity.Check decides each chunk; a
// ballot it counts whose pseudonym already has a counted ballot in an
// earlier chunk is a Duplicate, exactly as Check over all casts at once.
func (a *Accumulator) Add(casts []*CastLine) ([]validity.Reason, error) {
	in := make([]validity.Cast, len(casts))
	for i, c := range casts {
		if c.Seq != a.casts+uint64(i) {
			return nil, fmt.Errorf("%w: cast %d where %d was due", ErrRecord, c.Seq, a.casts+uint64(i))
		}
		in[i] = validity.Cast{Pseudonym: c.Pseudonym, Token: c.Token, Ballot: c.Ballot, Signature: c.Signature, Block: c.Block}
	}
	a.casts += uint64(len(casts))
	out := make([]validity.Reason, len(casts))
	for i, v := range validity.Check(a.params, in) {
		if _, dup := a.seen[in[i].Pseudonym]; dup && v.Reason == validity.Counted {
			v = validity.Verdict{Reason: validity.Duplicate}
		}
		out[i] = v.Reason
		a.verdicts[min(int(v.Reason), len(a.verdicts)-1)]++
		if v.Reason == validity.Counted {
			a.seen[in[i].Pseudonym] = struct{}{}
			a.counted++
			a.addBallot(v)
		}
	}
	return out, nil
}

func (a *Accumulator) addBallot(v validity.Verdict) {
	o, m := 0, 0
	for qi, ans := range v.Ballot.Answers {
		if !a.summed[qi] {
			for _, ct := range ans.Options {
				a.mixed[m] = append(a.mixed[m], ct.Bytes()...)
			}
			m++
			continue
		}
		for _, ct := range ans.Options {
			a.a[o].Add(a.a[o], ct.A())
			a.b[o].Add(a.b[o], ct.B())
			o++
		}
	}
}

// Casts is the number of casts added; Counted the number counted.
func (a *Accumulator) Casts() uint64   { return a.casts }
func (a *Accumulator) Counted() uint64 { return a.counted }

// Verdicts counts the casts of each reason, every reason in order.
func (a *Accumulator) Verdicts() []VerdictCount {
	out := make([]VerdictCount, len(a.verdicts))
	for r, n := range a.verdicts {
		out[r] = VerdictCount{Verdict: validity.Reason(r).String(), Casts: n}
	}
	return out
}

// Aggregates are the sums per option of the choice questions, in order:
// the identity ciphertext for an option of no counted ballot.
func (a *Accumulator) Aggregates() []*elgamal.Ciphertext {
	out := make([]*elgamal.Ciphertext, len(a.a))
	for o := range out {
		out[o] = elgamal.NewCiphertext(ristretto255.NewElement().Set(a.a[o]), ristretto255.NewElement().Set(a.b[o]))
	}
	return out
}

// Lists are the mix phase's initial lists (docs/protocol.md, section
// 14): one per mixed question in question order (Election.Mixed), whose
// row i is the i-th counted ballot's ciphertexts of that question, in
// chain order. They are nil when no ballot was counted or no question
// is mixed: there is nothing to mix. Each call decodes the kept bytes
// afresh, on every core.
func (a *Accumulator) Lists() ([]*shuffle.List, error) {
	if a.counted == 0 || len(a.mixed) == 0 {
		return nil, nil
	}
	out := make([]*shuffle.List, len(a.mixed))
	for m, enc := range a.mixed {
		rows, err := decodeRows(enc, int(a.counted))
		if err == nil {
			out[m], err = shuffle.NewList(rows)
		}
		if err != nil {
			return nil, fmt.Errorf("%w: mixed question %d: %w", ErrRecord, m, err)
		}
	}
	return out, nil
}

// decodeRows decodes n rows of ciphertexts encoded back to back, on
// every core.
func decodeRows(enc []byte, n int) ([][]*elgamal.Ciphertext, error) {
	w := len(enc) / elgamal.CiphertextSize / n
	rows := make([][]*elgamal.Ciphertext, n)
	errs := make([]error, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for k := range errs {
		wg.Go(func() {
			for i := k; i < n && errs[k] == nil; i += len(errs) {
				rows[i] = make([]*elgamal.Ciphertext, w)
				for c := 0; c < w && errs[k] == nil; c++ {
					off := (i*w + c) * elgamal.CiphertextSize
					rows[i][c], errs[k] = elgamal.ParseCiphertext(enc[off : off+elgamal.CiphertextSize])
				}
			}
		})
	}
	wg.Wait()
	return rows, errors.Join(errs...)
}
