package tally

import (
	"fmt"
	"slices"

	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/ballotbox/validity"
	"github.com/evote-org/evote/crypto/blind"
	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/evote-org/evote/election"
)

// Election is what a header means: the manifest, the context, the key
// ceremony's frame and outcome, and the predicate's parameters. Its
// methods fill the header's derived fields.
type Election struct {
	Header    *Header
	Manifest  *election.Manifest
	Context   transcript.Context
	Ceremony  dkg.Ceremony
	Registrar *blind.PublicKey
	Key       *elgamal.PublicKey // the posted election key; nil before Ready
	Result    *dkg.Result        // set by Qualify
	Open      uint64             // block of the Open transition (0: not yet)
	Close     uint64             // block of the Closed transition (0: not yet)
}

// NewElection checks the header's parameters: the manifest decodes and
// its hash is the election id, the trustees and threshold make a
// ceremony, the registrar key parses, the transitions are in order. The
// election key is parsed if posted.
func NewElection(h *Header) (*Election, error) {
	if h.Type != TypeHeader || h.Version != RecordVersion {
		return nil, fmt.Errorf("%w: header of type %q version %d", ErrRecord, h.Type, h.Version)
	}
	m, err := election.Parse(h.Manifest)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrElection, err)
	}
	if election.ID(h.Manifest) != h.ElectionID {
		return nil, fmt.Errorf("%w: manifest hash %x is not the election id %x", ErrElection, election.ID(h.Manifest), h.ElectionID)
	}
	e := &Election{Header: h, Manifest: m,
		Context: transcript.Context{ChainID: h.ChainID, Contract: h.Contract, ElectionID: h.ElectionID}}
	e.Ceremony = dkg.Ceremony{Context: e.Context, Params: dkg.Params{N: len(h.Trustees), T: h.Threshold}}
	if err := e.Ceremony.Params.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrElection, err)
	}
	if e.Registrar, err = blind.ParsePublicKey(h.RegistrarKey); err != nil {
		return nil, fmt.Errorf("%w: registrar key: %w", ErrElection, err)
	}
	if h.Ceremony.ElectionKey != nil {
		if e.Key, err = elgamal.ParsePublicKey(h.Ceremony.ElectionKey); err != nil {
			return nil, fmt.Errorf("%w: election key: %w", ErrElection, err)
		}
	}
	return e, e.window()
}

// window checks the transitions (each state once, in order, from
// KeyCeremony) and finds the blocks that opened and closed the polls.
func (e *Election) window() error {
	for i, s := range e.Header.States {
		if want := (ballotbox.KeyCeremony + ballotbox.State(i)).String(); s.State != want {
			return fmt.Errorf("%w: transition %d is to %s, want %s", ErrElection, i+1, s.State, want)
		}
		if i > 0 && s.Block < e.Header.States[i-1].Block {
			return fmt.Errorf("%w: transitions out of block order", ErrElection)
		}
		switch s.State {
		case ballotbox.Open.String():
			e.Open = s.Block
		case ballotbox.Closed.String():
			e.Close = s.Block
		}
	}
	return nil
}

// Params are the validity predicate's parameters; the polls must have
// closed and the key been posted.
func (e *Election) Params() (*validity.Params, error) {
	if e.Key == nil || e.Close == 0 {
		return nil, fmt.Errorf("%w: the polls have not closed", ErrState)
	}
	return &validity.Params{
		Election: e.Manifest.Ballot(e.Context, e.Key), RegistrarKey: e.Registrar,
		OpenBlock: e.Open, CloseBlock: e.Close,
	}, nil
}

// Options is the number of options the tally adds up: the options of
// every choice question. A ranked or graded question is counted by the
// mix phase (Mixed), not here.
func (e *Election) Options() int {
	n := 0
	for _, q := range e.Manifest.Questions {
		if !q.Mixed() {
			n += len(q.Options)
		}
	}
	return n
}

// MixPhase is what the tally says of a question it does not count.
const MixPhase = "counted by the mix phase (ranked and graded ballots are shuffled and decrypted one by one, not added up)"

// Mixed are the indices (from 0) of the questions the mix phase counts,
// the ranked and graded ones, in order. The mix input of question q is,
// for every counted cast in chain order, its ballot's Answers[q].Options
// (one ciphertext per candidate): the tally adds none of them up
// (docs/record.md, "Tally line").
func (e *Election) Mixed() []int {
	var out []int
	for qi, q := range e.Manifest.Questions {
		if q.Mixed() {
			out = append(out, qi)
		}
	}
	return out
}

// TrusteeOf is the dkg index (from 1) of contract trustee i (from 0).
func TrusteeOf(i int) int { return i + 1 }

// QualifiedMask is the contract's mask of a QUAL (dkg indices).
func QualifiedMask(qual []int) uint64 {
	var m uint64
	for _, j := range qual {
		m |= 1 << (j - 1)
	}
	return m
}

// sortBlames orders blames by trustee, dealer and reason.
func sortBlames(bs []Blame) {
	slices.SortStableFunc(bs, func(a, b Blame) int {
		if a.Trustee != b.Trustee {
			return a.Trustee - b.Trustee
		}
		return a.Dealer - b.Dealer
	})
}
