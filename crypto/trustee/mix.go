package trustee

import (
	"bytes"
	"fmt"
	"io"

	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/crypto/proof"
	"github.com/evote-org/evote/crypto/shuffle"
	"github.com/evote-org/evote/internal/parallel"
	"github.com/gtank/ristretto255"
)

// mixRound is how many ciphertexts DecryptMixed draws the randomness of
// at once (64 bytes each) before proving them on every core.
const mixRound = 1 << 15

// DecryptMixed makes this trustee's decryption share of the final lists
// of a mix (docs/protocol.md, section 14.9): D = s_j·A for every
// ciphertext (A, B), ballot by ballot, each with a DLEQ proof against Y_j
// bound to its list, ballot and candidate. It refuses anything but lists
// of the same number of ballots with randomised ciphertexts
// (dkg.CheckMixLists). Decrypt only the final lists of a mix in which
// this trustee's own mix is valid: anything else makes the trustees a
// decryption oracle, and decrypting lists no honest mixer shuffled links
// every vote to its voter. Constant time in s_j, as PartialDecrypt; the
// randomness is read from rand in the order of the ciphertexts, 64 bytes
// each, whatever the number of cores.
func (s *Share) DecryptMixed(lists []*shuffle.List, rand io.Reader) (*dkg.MixDecryption, error) {
	if err := dkg.CheckMixLists(lists); err != nil {
		return nil, err
	}
	d := &dkg.MixDecryption{Trustee: s.index, Lists: make([]dkg.MixShares, len(lists))}
	for l, list := range lists {
		m, err := s.decryptList(l, list, rand)
		if err != nil {
			return nil, err
		}
		d.Lists[l] = m
	}
	return d, nil
}

// decryptList decrypts list l, mixRound ciphertexts at a time.
func (s *Share) decryptList(l int, list *shuffle.List, rand io.Reader) (dkg.MixShares, error) {
	n := list.Len() * list.Width()
	m := dkg.MixShares{Width: list.Width(), Shares: make([]*ristretto255.Element, n), Proofs: make([]*proof.DLEQ, n)}
	nonces := make([]byte, 64*min(n, mixRound))
	for base := 0; base < n; base += mixRound {
		buf := nonces[:64*(min(base+mixRound, n)-base)]
		if _, err := io.ReadFull(rand, buf); err != nil {
			return m, fmt.Errorf("trustee: reading randomness: %w", err)
		}
		errs := make([]error, len(buf)/64)
		parallel.Chunks(len(buf)/64, 1024, func(lo, hi int) {
			errs[lo] = s.decryptEntries(l, list, &m, base+lo, base+hi, bytes.NewReader(buf[64*lo:64*hi]))
		})
		for _, err := range errs {
			if err != nil {
				return m, err
			}
		}
	}
	return m, nil
}

// decryptEntries decrypts and proves entries lo to hi−1 of list l.
func (s *Share) decryptEntries(l int, list *shuffle.List, m *dkg.MixShares, lo, hi int, rand io.Reader) error {
	y := s.r.Verification[s.index-1]
	for e := lo; e < hi; e++ {
		i, k, ct := dkg.MixEntry(list, e)
		d := ristretto255.NewElement().ScalarMult(s.s, ct.A())
		pr, err := proof.ProveDLEQ(s.r.MixDecryptionTranscript(s.index, l, i, k, ct), s.s, y, ct.A(), d, rand)
		if err != nil {
			return err
		}
		m.Shares[e], m.Proofs[e] = d, pr
	}
	return nil
}
