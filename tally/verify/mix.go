package verify

import (
	"errors"
	"fmt"
	"strings"

	"github.com/evote-org/evote/tally"
)

// mix runs checks 11 to 13 on the mix phase raw (its facts), comparing
// with claimed if not nil, and writes the derived lines once all three
// pass. An election without a ranked or graded question has none.
func (v *verifier) mix(raw, claimed *tally.MixRecord) {
	if len(v.e.Mixed()) == 0 {
		return
	}
	var errs [3]error // checks 11, 12, 13
	switch err := v.e.Mix(v.acc, raw, v.opts.Files); {
	case errors.Is(err, tally.ErrMixDecryption):
		errs[1] = err
	case errors.Is(err, tally.ErrMixCount):
		errs[2] = err
	case err != nil:
		errs[0] = err
	}
	if claimed != nil {
		errs[0] = errors.Join(errs[0], sameMixes(raw, claimed))
		errs[1] = errors.Join(errs[1], sameShares(raw, claimed))
		errs[2] = errors.Join(errs[2], same("count lines", raw.Counts, claimed.Counts))
	}
	details := [3]string{mixDetail(raw), shareDetail(raw), countDetail(raw)}
	for i, err := range errs {
		if !v.rep.set(11+i, err, details[i]) {
			for n := 12 + i; n <= 13; n++ {
				v.rep.Checks[n-1].Detail = fmt.Sprintf("needs check %d", 11+i)
			}
			return
		}
	}
	v.mixOK, v.rep.Mixed = true, raw.Counts
	for _, l := range raw.Lines() {
		v.out.Write(l)
	}
}

// sameMixes compares the mix lines and the mixFinished line, naming the
// first mix whose verdict differs.
func sameMixes(derived, claimed *tally.MixRecord) error {
	for i, l := range derived.Mixes {
		if c := claimed.Mixes[i]; l.Verdict != c.Verdict {
			return fmt.Errorf("%w: mix %d (trustee %d): the record says %s, derived %s", ErrMismatch, i, tally.TrusteeOf(l.Trustee), c.Verdict, l.Verdict)
		}
	}
	return same("mixFinished line", derived.Finished, claimed.Finished)
}

// sameShares compares the mixShare lines' verdicts and the count lines'
// trustees used and decrypted ballots.
func sameShares(derived, claimed *tally.MixRecord) error {
	for i, l := range derived.Shares {
		if c := claimed.Shares[i]; l.Verdict != c.Verdict {
			return fmt.Errorf("%w: mix share %d (trustee %d): the record says %s, derived %s", ErrMismatch, i, tally.TrusteeOf(l.Trustee), c.Verdict, l.Verdict)
		}
	}
	if len(derived.Counts) != len(claimed.Counts) {
		return fmt.Errorf("%w: %d count lines, derived %d", ErrMismatch, len(claimed.Counts), len(derived.Counts))
	}
	for i, c := range derived.Counts {
		if err := errors.Join(same("trustees used", c.Used, claimed.Counts[i].Used),
			same(fmt.Sprintf("decryption of question %d", c.Question+1), c.Ballots, claimed.Counts[i].Ballots)); err != nil {
			return err
		}
	}
	return nil
}

// rawMix is the mix phase of a record without its derived fields.
func rawMix(claimed *tally.MixRecord) *tally.MixRecord {
	raw := &tally.MixRecord{}
	for _, l := range claimed.Mixes {
		c := *l
		c.Verdict = ""
		raw.Mixes = append(raw.Mixes, &c)
	}
	if f := claimed.Finished; f != nil {
		raw.Finished = &tally.MixFinishedLine{Type: f.Type, Block: f.Block, Tx: f.Tx}
	}
	for _, l := range claimed.Shares {
		c := *l
		c.Verdict = ""
		raw.Shares = append(raw.Shares, &c)
	}
	return raw
}

func mixDetail(m *tally.MixRecord) string {
	var named []string
	for _, l := range m.Mixes {
		if l.Verdict != tally.Valid {
			named = append(named, fmt.Sprintf("%d (%s)", tally.TrusteeOf(l.Trustee), l.Verdict))
		}
	}
	if m.Finished == nil {
		return fmt.Sprintf("%d mixes posted, mixing not finished", len(m.Mixes))
	}
	return fmt.Sprintf("%d mixes posted, valid mixers %v, skipped %s; final lists %x", len(m.Mixes), m.Finished.Mixers, list(named), m.Finished.Lists)
}

func shareDetail(m *tally.MixRecord) string {
	var named []string
	for _, l := range m.Shares {
		if l.Verdict != tally.Valid {
			named = append(named, fmt.Sprintf("%d (%s)", tally.TrusteeOf(l.Trustee), l.Verdict))
		}
	}
	var used []int
	if len(m.Counts) > 0 {
		used = m.Counts[0].Used
	}
	return fmt.Sprintf("%d mix shares posted, combined %v, rejected %s", len(m.Shares), used, list(named))
}

func countDetail(m *tally.MixRecord) string {
	var qs []string
	for _, c := range m.Counts {
		qs = append(qs, fmt.Sprintf("question %d (%s): %d valid, %d blank, %d spoiled, winners %v", c.Question+1, c.Method, c.Valid, c.Blank, c.Spoiled, c.Winners))
	}
	return strings.Join(qs, "; ")
}

func list(s []string) string {
	if len(s) == 0 {
		return "none"
	}
	return strings.Join(s, ", ")
}
