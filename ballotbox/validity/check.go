package validity

import (
	"runtime"
	"sync"

	"github.com/evote-org/evote/crypto/ballot"
	"github.com/evote-org/evote/crypto/blind"
	"github.com/evote-org/evote/crypto/pseudonym/ecrecover"
)

// Check returns the verdict on every cast; casts must be in chain order
// (block, then position in the block). Signatures and tokens are checked
// in parallel over all cores and ballots in batches (ballot.VerifyBatch).
func Check(p *Params, casts []Cast) []Verdict {
	verdicts := make([]Verdict, len(casts))
	parallel(len(casts), func(i int) { verdicts[i].Reason = p.envelope(&casts[i]) })

	var items []ballot.Item
	var at []int
	for i := range casts {
		if verdicts[i].Reason == Counted {
			items = append(items, ballot.Item{Pseudonym: casts[i].Pseudonym, Data: casts[i].Ballot})
			at = append(at, i)
		}
	}
	ballot.VerifyBatch(p.Election, items)
	for k, it := range items {
		verdicts[at[k]] = verdictOf(it)
	}

	seen := make(map[[20]byte]bool, len(casts))
	for i := range casts {
		if verdicts[i].Reason != Counted {
			continue
		}
		if seen[casts[i].Pseudonym] {
			verdicts[i] = Verdict{Reason: Duplicate}
		}
		seen[casts[i].Pseudonym] = true
	}
	return verdicts
}

// envelope checks everything but the ballot's proofs: the window, the
// pseudonym signature and the token.
func (p *Params) envelope(c *Cast) Reason {
	if !p.open(c.Block) {
		return NotOpen
	}
	ctx := p.Election.Context
	if ecrecover.Verify(ctx, c.Pseudonym, c.Token, c.Ballot, c.Signature) != nil {
		return Signature
	}
	if blind.Verify(p.RegistrarKey, blind.Message(ctx, c.Pseudonym), c.Token) != nil {
		return Token
	}
	return Counted
}

func verdictOf(it ballot.Item) Verdict {
	switch {
	case it.Err == nil:
		return Verdict{Reason: Counted, Ballot: it.Ballot}
	case it.Ballot == nil:
		return Verdict{Reason: Encoding}
	default:
		return Verdict{Reason: Proof}
	}
}

// parallel runs f(0) … f(n-1) over all cores.
func parallel(n int, f func(int)) {
	workers := min(runtime.GOMAXPROCS(0), max(n, 1))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < n; i += workers {
				f(i)
			}
		})
	}
	wg.Wait()
}
