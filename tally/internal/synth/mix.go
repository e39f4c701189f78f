package synth

import (
	"crypto/rand"
	"slices"

	"github.com/evote-org/evote/crypto/shuffle"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/mix"
	"github.com/evote-org/evote/tally/mix/mixer"
)

// mixPhase runs the mix phase of the counted casts of acc: the mixers in
// turn (a bad one proves its shuffle as another mixer, so that its proof
// fails), the end of mixing, a mix share from every valid mixer but the
// absent ones, with the files in Config.Files; then the tally derives
// the verdicts and the counts. Nothing to mix: no post.
func (g *generator) mixPhase(e *tally.Election, acc *tally.Accumulator) (*tally.MixRecord, error) {
	m := &tally.MixRecord{}
	lists, err := acc.Lists()
	if err != nil || lists == nil {
		return m, errorsOr(err, e.Mix(acc, m, nil))
	}
	files := mix.Dir(g.cfg.Files)
	p := &mix.Params{Context: e.Context, Key: e.Key, Manifest: e.Manifest}
	current, block := lists, g.closeAt+2
	for _, j := range g.cfg.Mixers {
		as := j
		if slices.Contains(g.cfg.BadMix, j) {
			as = j%len(g.shares) + 1
		}
		file, out, err := mixer.Mix(p, current, as, rand.Reader)
		if err != nil {
			return nil, err
		}
		name, err := files.Put(file)
		if err != nil {
			return nil, err
		}
		m.Mixes = append(m.Mixes, &tally.MixLine{Type: tally.TypeMix, Trustee: j - 1, Input: mix.ListsHash(current),
			Output: out, File: name, Block: block, Tx: g.nextTx()})
		if as == j {
			f, err := mix.ParseFile(file, p.Widths())
			if err != nil {
				return nil, err
			}
			current = f.Lists
		}
		block++
	}
	m.Finished = &tally.MixFinishedLine{Type: tally.TypeMixFinished, Block: block, Tx: g.nextTx()}
	if err := g.mixShares(m, files, current, block+1); err != nil {
		return nil, err
	}
	return m, e.Mix(acc, m, files)
}

// mixShares posts the decryption of the final lists by every valid mixer
// but the absent ones, by index.
func (g *generator) mixShares(m *tally.MixRecord, files mix.Files, final []*shuffle.List, block uint64) error {
	var valid []int
	for _, j := range g.cfg.Mixers {
		if !slices.Contains(g.cfg.BadMix, j) && !slices.Contains(g.cfg.Absent, j) {
			valid = append(valid, j)
		}
	}
	slices.Sort(valid)
	for _, j := range valid {
		d, err := g.shares[j-1].DecryptMixed(final, rand.Reader)
		if err != nil {
			return err
		}
		name, err := files.Put(d.Bytes())
		if err != nil {
			return err
		}
		m.Shares = append(m.Shares, &tally.MixShareLine{Type: tally.TypeMixShare, Trustee: j - 1, Lists: mix.ListsHash(final),
			File: name, Block: block, Tx: g.nextTx()})
	}
	return nil
}

func errorsOr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}
