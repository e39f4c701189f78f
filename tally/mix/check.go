package mix

import (
	"crypto/rand"
	"errors"
	"fmt"

	"github.com/evote-org/evote/crypto/shuffle"
	"github.com/evote-org/evote/internal/parallel"
)

// Verdict is what a verifier says of a mix post or a mix share post:
// Valid, or the reason it is skipped. The strings are those of the
// election record (docs/record.md).
type Verdict string

// Verdicts of mix posts (Check) and mix share posts (Decrypt).
const (
	Valid        Verdict = "valid"
	WrongInput   Verdict = "wrong-input"   // the input is not the hash of the current lists
	NoFile       Verdict = "no-file"       // the file is not available, or its bytes do not hash to its name
	Malformed    Verdict = "malformed"     // the file does not decode for this election and these lists
	WrongOutput  Verdict = "wrong-output"  // the file's lists do not hash to the posted output
	InvalidProof Verdict = "invalid-proof" // a shuffle proof, or a decryption proof, does not verify
	NotMixer     Verdict = "not-mixer"     // a share by a trustee with no valid mix in the chain
	WrongLists   Verdict = "wrong-lists"   // a share of other lists than the final ones
	Mismatch     Verdict = "mismatch"      // a share file of another trustee than the poster
)

// MixPost is one MixPosted event of the ballot box: trustee (its dkg
// index, from 1) says that the mix file whose SHA-256 is File shuffles
// the lists whose ListsHash is Input into the lists whose hash is Output.
type MixPost struct {
	Trustee             int
	Input, Output, File [32]byte
	Block               uint64
	Tx                  [32]byte
}

// MixVerdict is the verdict on one mix post, and why.
type MixVerdict struct {
	Post    MixPost
	Verdict Verdict
	Err     error // the reason in a sentence; nil when Valid
}

// Chain is the state of a chain of mixes.
type Chain struct {
	Lists    []*shuffle.List // the current lists: the output of the last valid mix, or the lists before it
	Hash     [32]byte        // ListsHash(Lists)
	Mixers   []int           // the dkg indices of the valid mixes, in chain order
	Verdicts []MixVerdict    // one per post, in order
}

// Check runs the chain of mix posts, in chain order, from lists (the
// initial lists, or the current lists of an earlier Check, whose posts
// are then left out): a post is valid iff its input is the hash of the
// current lists, its file is in files, parses for the election, its lists
// hash to the post's output and every question's shuffle proof verifies
// with the post's trustee as mixer; its output then becomes the current
// lists. Any other post is named with its verdict and skipped. After the
// last valid post before finishMix, Chain.Lists are the final lists.
func Check(p *Params, files Files, lists []*shuffle.List, posts []MixPost) (*Chain, error) {
	if err := p.CheckLists(lists); err != nil {
		return nil, err
	}
	c := &Chain{Lists: lists, Hash: ListsHash(lists)}
	for _, post := range posts {
		v, f := c.check(p, files, post)
		if v.Verdict == Valid {
			c.Lists, c.Hash, c.Mixers = f.Lists, post.Output, append(c.Mixers, post.Trustee)
		}
		c.Verdicts = append(c.Verdicts, v)
	}
	return c, nil
}

// check judges one post against the current lists.
func (c *Chain) check(p *Params, files Files, post MixPost) (MixVerdict, *File) {
	bad := func(v Verdict, format string, args ...any) (MixVerdict, *File) {
		return MixVerdict{Post: post, Verdict: v, Err: fmt.Errorf("mix: trustee %d's mix: "+format, append([]any{post.Trustee}, args...)...)}, nil
	}
	if post.Input != c.Hash {
		return bad(WrongInput, "input %s is not the current lists %s", Name(post.Input), Name(c.Hash))
	}
	b, err := files.Get(post.File, FileSize(c.Lists[0].Len(), p.Widths()))
	if err != nil {
		return bad(NoFile, "%w", err)
	}
	f, err := ParseFile(b, p.Widths()) // of the input's N: the size says so
	if err != nil {
		return bad(Malformed, "%w", err)
	}
	if out := ListsHash(f.Lists); out != post.Output {
		return bad(WrongOutput, "its lists hash to %s, not to the posted output %s", Name(out), Name(post.Output))
	}
	errs := make([]error, len(f.Lists)) // the questions' proofs are checked at once
	parallel.Chunks(len(f.Lists), 1, func(q, _ int) {
		st := &shuffle.Statement{Context: p.Context, Mixer: uint64(post.Trustee), Key: p.Key, Input: c.Lists[q], Output: f.Lists[q]}
		errs[q] = f.Proofs[q].Check(st, rand.Reader)
	})
	for q, err := range errs {
		switch {
		case errors.Is(err, shuffle.ErrInvalid):
			return bad(InvalidProof, "question %d: %w", p.Questions()[q], err)
		case err != nil:
			return bad(Malformed, "question %d: %w", p.Questions()[q], err)
		}
	}
	return MixVerdict{Post: post, Verdict: Valid}, f
}
