package tally

import (
	"errors"
	"fmt"

	"github.com/evote-org/evote/tally/mix"
)

// The mix phase's failures, one per check of docs/record.md (11 to 13).
var (
	// ErrMix is returned when the mixes give no final lists to decrypt:
	// mixing not finished, or no valid mix.
	ErrMix = errors.New("tally: the mixes give no final lists")
	// ErrMixDecryption is returned when the mix shares do not decrypt
	// the final lists: fewer than t valid ones.
	ErrMixDecryption = errors.New("tally: the mix shares do not decrypt the final lists")
	// ErrMixCount is returned when a mixed question cannot be counted.
	ErrMixCount = errors.New("tally: a ranked or graded question cannot be counted")
	// ErrNoFiles is returned for mixes to check without a place to read
	// their files from.
	ErrNoFiles = errors.New("tally: the mix phase's files are needed (--files DIR)")
)

// Mix derives the mix phase of m, whose raw facts come from the chain
// (ReadMix) or a record: each mix's verdict against the initial lists of
// acc (docs/record.md, "Mix lines"), the final lists and their mixers,
// each mix share's verdict, the decrypted ballots and a count line per
// mixed question. files holds the mix and share files (nil: none). On
// an error (ErrMix, ErrMixDecryption, ErrMixCount) m holds what was
// derived before it. An election without a mixed question has no mix
// phase; one without a counted ballot has nothing to mix, and every
// post of the phase is refused.
func (e *Election) Mix(acc *Accumulator, m *MixRecord, files mix.Files) error {
	m.Counts = nil
	mixed := e.Mixed()
	if len(mixed) == 0 {
		return nil
	}
	lists, err := acc.Lists()
	if err != nil {
		return err
	}
	if lists == nil {
		return e.nothingMixed(m)
	}
	if files == nil {
		if len(m.Mixes) > 0 {
			return ErrNoFiles
		}
		files = mix.Dir("")
	}
	p := &mix.Params{Context: e.Context, Key: e.Key, Manifest: e.Manifest}
	chain, err := mix.Check(p, files, lists, mixPosts(m.Mixes))
	if err != nil {
		return fmt.Errorf("%w: %w", ErrMix, err)
	}
	for i, v := range chain.Verdicts {
		m.Mixes[i].Verdict = string(v.Verdict)
	}
	switch {
	case m.Finished == nil:
		return fmt.Errorf("%w: mixing was not finished (%d mixes posted)", ErrMix, len(m.Mixes))
	case len(chain.Mixers) == 0:
		m.Finished.Lists, m.Finished.Mixers = chain.Hash, []int{}
		return fmt.Errorf("%w: no valid mix (%s)", ErrMix, skipped(chain))
	}
	m.Finished.Lists, m.Finished.Mixers = chain.Hash, chain.Mixers
	if e.Result == nil {
		return fmt.Errorf("%w: the key ceremony did not settle, so no verification share is known", ErrMixDecryption)
	}
	dec, err := mix.Decrypt(p, e.Result, files, chain.Lists, chain.Mixers, sharePosts(m.Shares))
	if dec != nil {
		for i, v := range dec.Verdicts {
			m.Shares[i].Verdict = string(v.Verdict)
		}
	}
	if err != nil {
		return fmt.Errorf("%w: %w", ErrMixDecryption, err)
	}
	return e.countMixed(m, dec)
}

// countMixed counts every mixed question from its decrypted ballots.
func (e *Election) countMixed(m *MixRecord, dec *mix.Decrypted) error {
	for k, q := range e.Mixed() {
		rows := dec.Rows[k]
		c, err := mix.CountQuestion(&e.Manifest.Questions[q], q, rows)
		if err != nil {
			return fmt.Errorf("%w: question %d: %w", ErrMixCount, q+1, err)
		}
		line := NewCountLine(q, c.Method, countResult(c))
		line.Used, line.Seed, line.Ballots = orEmpty(dec.Used), c.Seed[:], orEmpty(rows)
		m.Counts = append(m.Counts, line)
	}
	return nil
}

// nothingMixed is the mix phase without a counted ballot: the lists
// would be empty, so no post of the phase can be right, and every
// question has an empty count.
func (e *Election) nothingMixed(m *MixRecord) error {
	for _, l := range m.Mixes {
		l.Verdict = string(mix.WrongInput)
	}
	for _, l := range m.Shares {
		l.Verdict = string(mix.WrongLists)
	}
	if m.Finished != nil {
		m.Finished.Mixers = []int{}
	}
	return e.countMixed(m, &mix.Decrypted{Rows: make([][][]uint64, len(e.Mixed()))})
}

func mixPosts(ls []*MixLine) []mix.MixPost {
	out := make([]mix.MixPost, len(ls))
	for i, l := range ls {
		out[i] = mix.MixPost{Trustee: TrusteeOf(l.Trustee), Input: l.Input, Output: l.Output, File: l.File, Block: l.Block, Tx: l.Tx}
	}
	return out
}

func sharePosts(ls []*MixShareLine) []mix.SharePost {
	out := make([]mix.SharePost, len(ls))
	for i, l := range ls {
		out[i] = mix.SharePost{Trustee: TrusteeOf(l.Trustee), Lists: l.Lists, File: l.File, Block: l.Block, Tx: l.Tx}
	}
	return out
}

// skipped names the skipped mixes and why.
func skipped(c *mix.Chain) string {
	if len(c.Verdicts) == 0 {
		return "none posted"
	}
	s := ""
	for i, v := range c.Verdicts {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprintf("trustee %d: %s", v.Post.Trustee, v.Verdict)
		if v.Err != nil {
			s += fmt.Sprintf(" (%v)", v.Err)
		}
	}
	return s
}

// countResult is the method's result of c.
func countResult(c *mix.Count) any {
	switch {
	case c.IRV != nil:
		return c.IRV
	case c.STV != nil:
		return c.STV
	case c.Schulze != nil:
		return c.Schulze
	}
	return c.MJ
}
