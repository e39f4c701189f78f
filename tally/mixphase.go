package tally

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/tally/mix"
)

// ErrNoValidMix is returned by FinishMix when fewer mixes posted so far
// are valid than the threshold t: only a trustee whose own mix is valid
// decrypts the final lists, so ending mixing then would leave the ranked
// and graded questions uncounted for good.
var ErrNoValidMix = errors.New("tally: too few valid mixes")

// errFilePending stops Status's Follow at a mix whose file has not
// reached the files directory.
var errFilePending = errors.New("tally: mix file not in the files directory yet")

// MixerStatus is one qualified trustee's part in the mix phase, as the
// commission's console shows it.
type MixerStatus struct {
	Trustee   int    // dkg index (from 1)
	Posted    bool   // posted a mix
	Verdict   string // mix.Valid, or why the mix is skipped; "" when not posted or not checked yet (its file, or an earlier mixer's, has not reached the files directory)
	Block     uint64 // of its mix post (0: none)
	Decrypted bool   // posted its decryption of the final lists
}

// Status follows c to the chain's head and returns each qualified
// trustee's part in the mix phase, by index, and whether the commission
// has ended mixing. A mix whose file is not in the files directory yet
// is left unchecked (and so are the mixes after it) until it arrives.
func (c *MixChain) Status(ctx context.Context, box *ballotbox.Client) ([]MixerStatus, bool, error) {
	err := c.Follow(ctx, box, func(context.Context, ballotbox.MixPost) error { return errFilePending })
	if err != nil && !errors.Is(err, errFilePending) {
		return nil, false, err
	}
	mm, err := box.MixMasks(ctx)
	if err != nil {
		return nil, false, err
	}
	posts := append(slices.Clone(c.Posts), c.unchecked...) // every post read, checked first
	var out []MixerStatus
	for _, j := range c.Election.Result.Qualified {
		st := MixerStatus{Trustee: j, Decrypted: mm.Shares&(1<<(j-1)) != 0}
		for i, p := range posts {
			if TrusteeOf(p.Trustee) == j {
				st.Posted, st.Block = true, p.Block
				if i < len(c.Verdicts) {
					st.Verdict = string(c.Verdicts[i])
				}
			}
		}
		out = append(out, st)
	}
	return out, mm.Finished, nil
}

// FinishMix is the commission's end of mixing: it checks every mix
// posted (a mix whose file is not in the files directory is skipped, as
// every verifier without it skips it) and sends finishMix only if at
// least t are valid (t decryptions by valid mixers are needed);
// otherwise ErrNoValidMix says whose mixes are valid, which were skipped
// and why, and who has not mixed.
func FinishMix(ctx context.Context, box *ballotbox.Client, opts *bind.TransactOpts, c *MixChain) error {
	if err := c.Follow(ctx, box, nil); err != nil {
		return err
	}
	var valid, skipped, absent []string
	for _, j := range c.Election.Result.Qualified {
		p, v, ok := c.verdict(j)
		switch {
		case !ok:
			absent = append(absent, fmt.Sprint(j))
		case v == mix.Valid:
			valid = append(valid, fmt.Sprintf("%d (block %d)", j, p.Block))
		default:
			skipped = append(skipped, fmt.Sprintf("%d (block %d): %s", j, p.Block, v))
		}
	}
	if t := c.Election.Ceremony.Params.T; len(valid) < t {
		return fmt.Errorf("%w: not ending mixing with %d valid mixes: only a trustee whose mix counts decrypts the mixed ballots, and %d must; valid mixes: %s; skipped mixes: %s; not mixed: trustees %s",
			ErrNoValidMix, len(valid), t, orNone(strings.Join(valid, ", ")), orNone(strings.Join(skipped, ", ")), orNone(strings.Join(absent, ", ")))
	}
	c.Log.Info("ending mixing", "valid", strings.Join(valid, ", "), "skipped", strings.Join(skipped, ", "), "not_mixed", strings.Join(absent, ", "))
	o := *opts
	o.Context = ctx
	tx, err := box.FinishMix(&o)
	if err != nil {
		return err
	}
	_, err = box.WaitMined(ctx, tx)
	return err
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}
