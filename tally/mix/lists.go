package mix

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"

	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/shuffle"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/evote-org/evote/election"
)

// Params is what the mix phase needs of an election: its context, its
// key and its manifest (which questions are mixed, and how they count).
type Params struct {
	Context  transcript.Context
	Key      *elgamal.PublicKey
	Manifest *election.Manifest
}

// Questions are the indices (from 0) of the mixed questions, the ranked
// and graded ones, in manifest order: list q of the mix is question
// Questions()[q].
func (p *Params) Questions() []int {
	var out []int
	for qi := range p.Manifest.Questions {
		if p.Manifest.Questions[qi].Mixed() {
			out = append(out, qi)
		}
	}
	return out
}

// Widths are the widths of the lists: the candidates of each mixed
// question.
func (p *Params) Widths() []int {
	var out []int
	for _, qi := range p.Questions() {
		out = append(out, len(p.Manifest.Questions[qi].Options))
	}
	return out
}

// listsTag is the domain tag of ListsHash.
const listsTag = "evote/v1/mix/lists"

// ListsHash is the hash a mix post names as its input or output:
// SHA-256("evote/v1/mix/lists" || u8(Q) || SHA-256(L_1) || … ||
// SHA-256(L_Q)), L_q the encoding of list q (shuffle.List.Bytes).
func ListsHash(lists []*shuffle.List) [32]byte {
	h := sha256.New()
	h.Write([]byte(listsTag))
	h.Write([]byte{byte(len(lists))})
	for _, l := range lists {
		d := listDigest(l)
		h.Write(d[:])
	}
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// listDigest is SHA-256 of a list's encoding, computed without holding it.
func listDigest(l *shuffle.List) [32]byte {
	h := sha256.New()
	var head [9]byte
	head[0] = shuffle.Version
	binary.BigEndian.PutUint32(head[1:], uint32(l.Len()))
	binary.BigEndian.PutUint32(head[5:], uint32(l.Width()))
	h.Write(head[:])
	for i := range l.Len() {
		for _, ct := range l.Row(i) {
			h.Write(ct.Bytes())
		}
	}
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// CheckLists checks that lists fit the election: one per mixed question,
// of its width, all of the same length.
func (p *Params) CheckLists(lists []*shuffle.List) error {
	widths := p.Widths()
	if len(lists) != len(widths) {
		return fmt.Errorf("%w: %d lists for %d mixed questions", ErrLists, len(lists), len(widths))
	}
	for q, l := range lists {
		if l == nil || l.Width() != widths[q] || l.Len() != lists[0].Len() {
			return fmt.Errorf("%w: list %d does not fit question %d", ErrLists, q, p.Questions()[q])
		}
	}
	return nil
}
