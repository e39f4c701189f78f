package tally

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/crypto/shuffle"
	"github.com/evote-org/evote/tally/mix"
)

// MixChain is the mix phase of a closed election as checked so far,
// post by post in chain order, by every verifier's rule (tally/mix): the
// current lists (the initial lists, then the output of each valid mix)
// and the verdict on each mix post. A trustee and the commission follow
// it as the mixes are posted: each mix is verified once.
type MixChain struct {
	Election *Election
	Files    string          // the files directory the mix files are read from
	Lists    []*shuffle.List // the current lists
	Hash     [32]byte        // mix.ListsHash(Lists)
	Posts    []ballotbox.MixPost
	Verdicts []mix.Verdict // per post: mix.Valid or the reason it is skipped
	Log      *slog.Logger

	readTo    uint64              // the blocks up to this one have been read for mix posts
	unchecked []ballotbox.MixPost // read, not checked yet (the first one's file is awaited)
	announced common.Hash         // the post whose check the log announced last
}

// NewMixChain is the mix phase of e before any mix, from the casts acc
// holds (Accumulate): nil when there is nothing to mix (no ranked or
// graded question, or no counted ballot).
func NewMixChain(e *Election, acc *Accumulator, files string) (*MixChain, error) {
	lists, err := acc.Lists()
	if err != nil || lists == nil {
		return nil, err
	}
	return &MixChain{Election: e, Files: files, Lists: lists, Hash: mix.ListsHash(lists), Log: slog.Default()}, nil
}

// Follow checks the mix posts on the chain up to its head that c has not
// checked yet. A post whose file is not in the files directory is
// skipped as missing (mix.NoFile) only if wait returns nil for it; an
// error from wait (a trustee's ErrWaiting while the file may still be in
// transit) stops the checking there, to resume at the next Follow.
func (c *MixChain) Follow(ctx context.Context, box *ballotbox.Client, wait func(context.Context, ballotbox.MixPost) error) error {
	if err := c.read(ctx, box); err != nil {
		return err
	}
	for len(c.unchecked) > 0 {
		p := c.unchecked[0]
		start := time.Now()
		j := TrusteeOf(p.Trustee)
		if c.announced != p.TxHash {
			c.Log.Info("checking a mix (minutes for a large election)", "trustee", j, "block", p.Block, "lists", len(c.Lists), "ballots", c.Lists[0].Len())
			c.announced = p.TxHash
		}
		post := mix.MixPost{Trustee: j, Input: p.Input, Output: p.Output, File: p.File, Block: p.Block, Tx: p.TxHash}
		next, err := mix.Check(c.Params(), mix.Dir(c.Files), c.Lists, []mix.MixPost{post})
		if err != nil {
			return err
		}
		v := next.Verdicts[0]
		if v.Verdict == mix.NoFile && wait != nil {
			if err := wait(ctx, p); err != nil {
				return err
			}
		}
		c.unchecked = c.unchecked[1:]
		c.Posts, c.Verdicts = append(c.Posts, p), append(c.Verdicts, v.Verdict)
		c.Lists, c.Hash = next.Lists, next.Hash
		c.Log.Info("mix checked", "trustee", j, "verdict", v.Verdict, "why", v.Err, "took", time.Since(start).Round(time.Millisecond))
	}
	return nil
}

// read reads the mix posts in the blocks not read yet: from the close
// (there is none before) to the head.
func (c *MixChain) read(ctx context.Context, box *ballotbox.Client) error {
	head, err := box.Head(ctx)
	if err != nil || head <= c.readTo {
		return err
	}
	posts, err := box.MixPosts(ctx, max(c.Election.Close, c.readTo+1), head)
	if err != nil {
		return err
	}
	c.unchecked, c.readTo = append(c.unchecked, posts...), head
	return nil
}

// Params are the election's parameters of the mix phase.
func (c *MixChain) Params() *mix.Params {
	e := c.Election
	return &mix.Params{Context: e.Context, Key: e.Key, Manifest: e.Manifest}
}

// Mixed reports whether trustee j (dkg index) has posted a mix, whatever
// its verdict.
func (c *MixChain) Mixed(j int) bool {
	_, _, ok := c.verdict(j)
	return ok
}

// DidNotMix is NotMixer's answer for a trustee that posted no mix.
const DidNotMix = "this trustee did not mix; only a mixer whose mix counts decrypts"

// NotMixer says why trustee j must not decrypt the final lists (it did
// not mix, or its mix was skipped), or "" when its mix is valid.
func (c *MixChain) NotMixer(j int) string {
	p, v, ok := c.verdict(j)
	switch {
	case !ok:
		return DidNotMix
	case v != mix.Valid:
		return fmt.Sprintf("this trustee's mix (block %d) was skipped: %s; only a mixer whose mix counts decrypts", p.Block, v)
	}
	return ""
}

func (c *MixChain) verdict(j int) (ballotbox.MixPost, mix.Verdict, bool) {
	for i, p := range c.Posts {
		if TrusteeOf(p.Trustee) == j {
			return p, c.Verdicts[i], true
		}
	}
	return ballotbox.MixPost{}, "", false
}

// LastBlock is the block of the last mix post checked, or of the close.
func (c *MixChain) LastBlock() uint64 {
	if len(c.Posts) == 0 {
		return c.Election.Close
	}
	return c.Posts[len(c.Posts)-1].Block
}
