package tally

import (
	"errors"
	"fmt"

	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/crypto/dlog"
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/group"
	"github.com/gtank/ristretto255"
)

// DecryptionList is what the trustees decrypt in round 1: the aggregates
// whose A is not the identity, in option order, and their option
// indices. An aggregate with A the identity (no counted ballot) needs no
// decryption: B is already m·G (docs/protocol.md, section 10). With no
// counted ballot at all the list is the test ciphertexts, so that the
// trustees still post the t shares the contract wants before the result.
func (e *Election) DecryptionList(aggs []*elgamal.Ciphertext) (list []*elgamal.Ciphertext, options []int) {
	for o, ct := range aggs {
		if !group.IsIdentity(ct.A()) {
			list, options = append(list, ct), append(options, o)
		}
	}
	if len(list) == 0 {
		return TestCiphertexts(e.Context, e.Key), nil
	}
	return list, options
}

// Tally decrypts the accumulated aggregates with the round-1 shares and
// returns the tally line: counts found by baby-step giant-step bounded by
// the number of counted ballots, and the result to publish. On an error
// the line holds what was derived before it.
func (e *Election) Tally(acc *Accumulator, shares []Post) (*TallyLine, error) {
	aggs := acc.Aggregates()
	line := &TallyLine{Type: TypeTally, Counted: acc.Counted(), Verdicts: acc.Verdicts(), Counts: [][]uint64{}}
	for _, ct := range aggs {
		line.Aggregates = append(line.Aggregates, ct.Bytes())
	}
	if acc.Casts() != e.Header.Casts {
		return line, fmt.Errorf("%w: %d casts, the contract counted %d", ErrRecord, acc.Casts(), e.Header.Casts)
	}
	if e.Result == nil {
		return line, fmt.Errorf("%w: no settled key ceremony", ErrCeremony)
	}
	list, options := e.DecryptionList(aggs)
	line.Decryption.Shares = shares
	bound := max(acc.Counted(), 1)
	if err := e.decrypt(&line.Decryption, list, bound); err != nil {
		return line, fmt.Errorf("%w: %w", ErrDecryption, err)
	}
	counts, err := e.counts(aggs, options, line.Decryption.Values, bound)
	if err != nil {
		return line, err
	}
	o := 0
	for _, q := range e.Manifest.Questions {
		if q.Mixed() {
			line.Counts = append(line.Counts, nil) // counted by the mix phase
			continue
		}
		line.Counts = append(line.Counts, counts[o:o+len(q.Options)])
		o += len(q.Options)
	}
	line.Result = EncodeResult(e.Header, acc.Counted(), counts)
	return line, nil
}

// counts are the option counts: the decrypted values, and the logarithm
// of B for an aggregate that needed no decryption.
func (e *Election) counts(aggs []*elgamal.Ciphertext, options []int, values []uint64, bound uint64) ([]uint64, error) {
	counts := make([]uint64, len(aggs))
	done := make([]bool, len(aggs))
	for k, o := range options {
		counts[o], done[o] = values[k], true
	}
	table := dlog.NewTable(bound)
	for o, ct := range aggs {
		if done[o] {
			continue
		}
		m, err := table.Log(ct.B())
		if err != nil {
			return nil, fmt.Errorf("%w: option %d: %w", ErrDecryption, o, err)
		}
		counts[o] = m
	}
	return counts, nil
}

// decrypt combines d.Shares for cts and fills d: the ciphertexts, the
// trustees used and rejected, and the values, each the logarithm of its
// message up to bound.
func (e *Election) decrypt(d *Decryption, cts []*elgamal.Ciphertext, bound uint64) error {
	d.Ciphertexts, d.Used, d.Rejected, d.Values = [][]byte{}, []int{}, []Blame{}, []uint64{}
	for _, ct := range cts {
		d.Ciphertexts = append(d.Ciphertexts, ct.Bytes())
	}
	var parts []*dkg.PartialDecryption
	for _, p := range d.Shares {
		pd, err := dkg.ParsePartialDecryption(p.Data)
		if err == nil && pd.Trustee != TrusteeOf(p.Trustee) {
			err = dkg.ErrMismatch
		}
		if err != nil {
			d.Rejected = append(d.Rejected, Blame{Trustee: TrusteeOf(p.Trustee), Reason: reason(err)})
			continue
		}
		parts = append(parts, pd)
	}
	dec, err := e.Result.Combine(cts, parts)
	if ce := (*dkg.CombineError)(nil); errors.As(err, &ce) {
		d.Rejected = append(d.Rejected, blames(ce.Rejected)...)
	}
	if err != nil {
		sortBlames(d.Rejected)
		return err
	}
	d.Rejected = append(d.Rejected, blames(dec.Rejected)...)
	sortBlames(d.Rejected)
	d.Used = dec.Used
	return d.logs(dec.Messages, bound)
}

func (d *Decryption) logs(msgs []*ristretto255.Element, bound uint64) error {
	table := dlog.NewTable(bound)
	for c, m := range msgs {
		v, err := table.Log(m)
		if err != nil {
			return fmt.Errorf("ciphertext %d: %w", c, err)
		}
		d.Values = append(d.Values, v)
	}
	return nil
}
