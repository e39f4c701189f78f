package synth

import (
	"crypto/rand"
	"iter"
	"runtime"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/crypto/ballot"
	"github.com/evote-org/evote/crypto/voter"
	"github.com/evote-org/evote/tally"
)

// perBlock is how many synthetic casts share a block.
const perBlock = 2000

// invalidKinds is how many invalid casts Config.Invalid adds.
const invalidKinds = 7

// pattern is the voters' choices in turn (-1: blank); the last option
// gets no vote, so its count is 0 with a non-empty aggregate.
var pattern = []int{0, 0, 1, 2, 0, 1, 3, -1}

// casts sets the number of casts and the blocks of the polls: open at 7,
// casts from 7 (the opening block itself, after the opening transaction),
// perBlock to a block, closed in the block after the last.
func (g *generator) casts() {
	n := uint64(g.cfg.Voters)
	if g.cfg.Invalid {
		n += invalidKinds
	}
	g.h.Casts, g.openAt = n, 7
	g.closeAt = g.openAt + 1 + n/perBlock
}

// choice is voter i's option (-1: blank) in a one-question election.
func (g *generator) choice(i int) int {
	o := pattern[i%len(pattern)]
	if o >= g.cfg.Options-1 {
		o = -1
	}
	return o
}

// choices are voter i's answers as values: choice(i) in a one-question
// election of Options; otherwise, in question q, Min + (i+q) mod
// (Max−Min+1) consecutive options from option (i+q) mod Options, each
// 1 in a choice question, ranked 1, 2, … in that order in a ranked one.
func (g *generator) choices(i int) [][]uint8 {
	if len(g.cfg.Questions) == 1 && g.cfg.Questions[0] == (Shape{Options: g.cfg.Options, Max: 1}) {
		return values(Choice(g.choice(i), g.cfg.Options))
	}
	out := make([][]uint8, len(g.cfg.Questions))
	for q, s := range g.cfg.Questions {
		out[q] = make([]uint8, s.Options)
		for k := range s.Min + (i+q)%(s.Max-s.Min+1) {
			switch o := (i + q + k) % s.Options; {
			case s.Grades > 0:
				out[q][o] = uint8(1 + (i+k)%s.Grades)
			case s.Ranked:
				out[q][o] = uint8(k + 1)
			default:
				out[q][o] = 1
			}
		}
	}
	return out
}

// castLines generates the casts in chain order, in parallel batches.
func (g *generator) castLines() iter.Seq2[*tally.CastLine, error] {
	return func(yield func(*tally.CastLine, error) bool) {
		var first *tally.CastLine
		for start := 0; start < g.cfg.Voters; start += tally.ChunkSize {
			batch, err := g.batch(start, min(start+tally.ChunkSize, g.cfg.Voters))
			if err != nil {
				yield(nil, err)
				return
			}
			for _, c := range batch {
				if first == nil {
					first = c
				}
				if !yield(c, nil) {
					return
				}
			}
		}
		if g.cfg.Invalid {
			g.invalid(first, yield)
		}
	}
}

// batch makes the valid casts start to end over all cores.
func (g *generator) batch(start, end int) ([]*tally.CastLine, error) {
	out := make([]*tally.CastLine, end-start)
	errs := make([]error, len(out))
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(out); i += workers {
				c, _, err := g.voters.CastValues(g.choices(start+i), rand.Reader)
				out[i], errs[i] = g.line(uint64(start+i), c), err
			}
		})
	}
	wg.Wait()
	for i := range out {
		if errs[i] != nil {
			return nil, errs[i]
		}
		o := 0
		for qi, q := range g.choices(start + i) {
			if g.cfg.Questions[qi].mixed() {
				continue
			}
			for _, v := range q {
				g.counts[o] += uint64(v)
				o++
			}
		}
	}
	return out, nil
}

func (g *generator) line(seq uint64, c ballotbox.Cast) *tally.CastLine {
	return &tally.CastLine{Type: tally.TypeCast, Seq: seq, Block: g.openAt + seq/perBlock,
		Tx: g.nextTxAt(seq), Index: uint(seq % perBlock), Pseudonym: c.Pseudonym,
		Token: c.Token, Ballot: c.Ballot, Signature: c.Signature}
}

// nextTxAt is a made-up transaction hash for cast seq (safe in parallel).
func (g *generator) nextTxAt(seq uint64) common.Hash {
	return common.BytesToHash(append([]byte("synth cast"), byte(seq>>24), byte(seq>>16), byte(seq>>8), byte(seq)))
}

// invalid yields one cast of each kind that must not count, after the
// valid ones: a replay, a copied ciphertext, another election's token,
// a ballot for another election, garbage, a bad signature, and a valid
// cast after the close.
func (g *generator) invalid(first *tally.CastLine, yield func(*tally.CastLine, error) bool) {
	seq := uint64(g.cfg.Voters)
	v := g.voters
	other := *v.Election
	other.Context.ElectionID[0] ^= 1
	casts := make([]ballotbox.Cast, 0, invalidKinds)
	replay := ballotbox.Cast{Pseudonym: first.Pseudonym, Token: first.Token, Ballot: first.Ballot, Signature: first.Signature}
	casts = append(casts, replay)
	mutate := func(f func(*ballotbox.Cast, *voter.Key) error) {
		c, k, err := v.CastValues(g.choices(0), rand.Reader)
		if err == nil {
			err = f(&c, k)
		}
		if err != nil {
			panic(err) // only randomness can fail here
		}
		casts = append(casts, c)
	}
	mutate(func(c *ballotbox.Cast, k *voter.Key) error { c.Ballot = first.Ballot; return v.Sign(c, k) })
	mutate(func(c *ballotbox.Cast, k *voter.Key) (err error) {
		if c.Token, err = v.Token(other.Context, k.Address(), rand.Reader); err != nil {
			return err
		}
		return v.Sign(c, k)
	})
	mutate(func(c *ballotbox.Cast, k *voter.Key) error {
		b, _, err := ballot.EncryptValues(&other, k.Address(), g.choices(0), rand.Reader)
		if err != nil {
			return err
		}
		c.Ballot = b.Bytes()
		return v.Sign(c, k)
	})
	mutate(func(c *ballotbox.Cast, k *voter.Key) error { c.Ballot = []byte{1, 2, 3}; return v.Sign(c, k) })
	mutate(func(c *ballotbox.Cast, k *voter.Key) error { c.Signature[3] ^= 1; return nil })
	mutate(func(c *ballotbox.Cast, k *voter.Key) error { return nil })
	for i, c := range casts {
		line := g.line(seq+uint64(i), c)
		line.Block = g.closeAt - 1
		if i == len(casts)-1 {
			line.Block = g.closeAt + 1 // after the close
		}
		if !yield(line, nil) {
			return
		}
	}
}

// InvalidVerdicts are the verdicts of the invalid casts, in order.
var InvalidVerdicts = []string{"duplicate", "bad-proof", "bad-token", "bad-proof", "bad-encoding", "bad-signature", "not-open"}

// Values are voter i's answers (0 or 1 per option of a choice question,
// a rank or a grade or 0 per candidate), as the synthetic election of c
// casts them: for a test's own plain count.
func (c Config) Values(i int) [][]uint8 {
	c.setDefaults()
	return (&generator{cfg: c}).choices(i)
}
