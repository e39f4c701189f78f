package ceremony

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/crypto/shuffle"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/mix"
	"github.com/evote-org/evote/tally/mix/mixer"
)

// DefaultMixWait is how long a trustee waits, in block time, for the
// qualified trustees before it to mix (and for a mix file in transit)
// before it mixes without them.
const DefaultMixWait = 10 * time.Minute

// ErrNotMixer is returned by DecryptMix for a trustee whose own mix is
// not among the valid mixes that led to the final lists: its decryption
// would not count, and decrypting lists it did not shuffle itself would
// spend its part of the privacy argument (docs/protocol.md, section 14).
var ErrNotMixer = errors.New("ceremony: this trustee's mix does not count")

// mix shuffles the current lists and posts the mix when it is this
// trustee's turn (turn), ErrWaiting before.
func (t *Trustee) mix(ctx context.Context, s *Secret, c *closed) (string, error) {
	if err := t.turn(ctx, s.Key.Trustee, c); err != nil {
		return "", err
	}
	if t.Files == "" {
		return "", errors.New("ceremony: no files directory to store the mix file in")
	}
	in, input := c.mix.Lists, c.mix.Hash
	n := in[0].Len()
	start := time.Now()
	t.log().Info("shuffling and proving (minutes for a large election)", "lists", len(in), "ballots", n, "ciphertexts", ciphertexts(in))
	file, output, err := mixer.Mix(c.mix.Params(), in, s.Key.Trustee, t.rand())
	if err != nil {
		return "", err
	}
	t.log().Info("shuffled and proved", "lists", len(in), "ballots", n, "took", time.Since(start).Round(time.Millisecond))
	name, err := mix.Dir(t.Files).Put(file) // before the transaction: a posted file is never lost
	if err != nil {
		return "", err
	}
	t.log().Info("mix file stored", "file", fmt.Sprintf("%x", name), "bytes", len(file), "dir", t.Files)
	if err := c.mix.Follow(ctx, t.Box, t.fileDue); err != nil {
		return "", err
	}
	if c.mix.Hash != input { // a late mixer posted meanwhile: mixing its output is the only mix that counts
		return "", fmt.Errorf("%w: a mix was posted while this trustee mixed; mixing again from its output", ErrWaiting)
	}
	err = t.send(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return t.Box.PostMix(o, input, output, name)
	})
	return fmt.Sprintf("posted the mix of %d lists, %d ballots", len(in), n), err
}

// turn is nil when trustee j mixes now: every qualified trustee before it
// has posted a mix, or MixWait has passed (block time) since the close
// or the last mix post. Otherwise it is ErrWaiting saying for whom and
// until when.
func (t *Trustee) turn(ctx context.Context, j int, c *closed) error {
	var before []int
	for _, q := range c.e.Result.Qualified {
		if q < j && !c.mix.Mixed(q) {
			before = append(before, q)
		}
	}
	if len(before) == 0 {
		return nil
	}
	done, until, err := t.waited(ctx, c.mix.LastBlock())
	if err != nil {
		return err
	}
	if done {
		t.log().Warn("mixing without the trustees before this one", "missing", tally.TrusteeList(before), "mix_wait", t.mixWait())
		return nil
	}
	return fmt.Errorf("%w: the mixes of trustees %s come first; this trustee mixes without them after %s (mix-wait %v)",
		ErrWaiting, tally.TrusteeList(before), until.UTC().Format(time.RFC3339), t.mixWait())
}

// ciphertexts is the number of ciphertexts in lists.
func ciphertexts(lists []*shuffle.List) int {
	n := 0
	for _, l := range lists {
		n += l.Len() * l.Width()
	}
	return n
}

// DecryptMix posts the trustee's decryption of the final lists once the
// commission has ended mixing (ErrWaiting before), unless it is on the
// chain. It refuses with ErrNotMixer unless the trustee's own mix is
// valid in the chain of mixes that led to the final lists.
func (t *Trustee) DecryptMix(ctx context.Context, s *Secret) error {
	if _, err := t.election(ctx, s, ballotbox.Closed); err != nil {
		return err
	}
	c, err := t.closedState(ctx)
	if err != nil {
		return err
	}
	if c.mix == nil {
		return fmt.Errorf("%w: there is nothing to mix", ErrNotMixer)
	}
	mm, err := t.Box.MixMasks(ctx)
	switch {
	case err != nil:
		return err
	case !mm.Finished:
		return fmt.Errorf("%w: the commission has not ended mixing", ErrWaiting)
	case mm.Shares&(1<<(s.Key.Trustee-1)) != 0:
		return nil
	case mm.Mixed&(1<<(s.Key.Trustee-1)) == 0:
		return fmt.Errorf("%w: %s", ErrNotMixer, c.mix.NotMixer(s.Key.Trustee))
	}
	if err := c.mix.Follow(ctx, t.Box, t.fileDue); err != nil {
		return err
	}
	_, err = t.decryptMix(ctx, s, c)
	return err
}

// decryptMix decrypts the final lists, stores the share file and posts
// it; ErrNotMixer unless the trustee's mix counts. The mix must have
// ended and c.mix followed since.
func (t *Trustee) decryptMix(ctx context.Context, s *Secret, c *closed) (string, error) {
	if why := c.mix.NotMixer(s.Key.Trustee); why != "" {
		return "", fmt.Errorf("%w: %s", ErrNotMixer, why)
	}
	if t.Files == "" {
		return "", errors.New("ceremony: no files directory to store the mix decryption in")
	}
	sh, err := share(c.e, s, t.rand())
	if err != nil {
		return "", err
	}
	lists := c.mix.Lists
	n := ciphertexts(lists)
	start := time.Now()
	t.log().Info("decrypting the final lists (minutes for a large election)", "ciphertexts", n)
	d, err := sh.DecryptMixed(lists, t.rand())
	if err != nil {
		return "", err
	}
	name, err := mix.Dir(t.Files).Put(d.Bytes())
	if err != nil {
		return "", err
	}
	t.log().Info("mix decryption stored", "file", fmt.Sprintf("%x", name), "ciphertexts", n, "took", time.Since(start).Round(time.Millisecond))
	err = t.send(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return t.Box.PostMixShare(o, c.mix.Hash, name)
	})
	return fmt.Sprintf("posted the mix decryption of %d lists, %d ballots", len(lists), lists[0].Len()), err
}
