// Package transcript is the one Fiat–Shamir transform of the protocol. Every
// non-interactive proof in the system derives its challenge here, so that
// the rule "hash everything the verifier sees" is written once.
//
// A transcript is a byte string built from fields. Each field is
//
//	u16be(len(label)) || label || u32be(len(data)) || data
//
// The first field is the domain tag (label "dom"), always of the form
// "evote/v1/<proof>", so that a proof of one kind can never be replayed as
// another and a future wire version changes every challenge. The challenge
// is SHA-512 of the whole byte string, read as a 512-bit little-endian
// integer and reduced modulo the group order (the uniform-bytes map of RFC
// 9496, section 4.4), so it is statistically uniform.
//
// Strong Fiat–Shamir (Bernhard, Pereira, Warinschi, "How not to prove
// yourself", ASIACRYPT 2012): callers append the election context, the
// public key, the full statement and every commitment before asking for the
// challenge. Context makes the election binding a single field every proof
// starts with.
package transcript

import (
	"crypto/sha512"
	"encoding/binary"

	"github.com/gtank/ristretto255"
)

// Version is the prefix of every domain tag of this wire version.
const Version = "evote/v1"

// ContextSize is the length of an encoded Context.
const ContextSize = 8 + 20 + 32

// Context names one election on one chain. Every proof, token and signature
// of an election binds it, so nothing made for one election verifies in
// another.
type Context struct {
	ChainID    uint64   // EVM chain id
	Contract   [20]byte // ballot-box contract address
	ElectionID [32]byte // election identifier (the manifest hash)
}

// Bytes is the canonical encoding: u64be(chain id) || contract || election id.
func (c Context) Bytes() []byte {
	b := make([]byte, 0, ContextSize)
	b = binary.BigEndian.AppendUint64(b, c.ChainID)
	b = append(b, c.Contract[:]...)
	return append(b, c.ElectionID[:]...)
}

// Transcript accumulates the fields hashed into a challenge.
type Transcript struct {
	buf []byte
}

// New starts a transcript for the given proof kind; the domain tag is
// Version + "/" + kind.
func New(kind string) *Transcript {
	t := &Transcript{buf: make([]byte, 0, 512)}
	t.Append("dom", []byte(Version+"/"+kind))
	return t
}

// Append adds one length-prefixed field.
func (t *Transcript) Append(label string, data []byte) {
	t.buf = binary.BigEndian.AppendUint16(t.buf, uint16(len(label)))
	t.buf = append(t.buf, label...)
	t.buf = binary.BigEndian.AppendUint32(t.buf, uint32(len(data)))
	t.buf = append(t.buf, data...)
}

// AppendContext adds the election context as the field "ctx".
func (t *Transcript) AppendContext(c Context) {
	t.Append("ctx", c.Bytes())
}

// AppendUint64 adds v as an 8-byte big-endian field.
func (t *Transcript) AppendUint64(label string, v uint64) {
	t.Append(label, binary.BigEndian.AppendUint64(nil, v))
}

// AppendElement adds the canonical 32-byte encoding of e.
func (t *Transcript) AppendElement(label string, e *ristretto255.Element) {
	var b [32]byte
	t.Append(label, e.Encode(b[:0]))
}

// AppendScalar adds the canonical 32-byte encoding of s.
func (t *Transcript) AppendScalar(label string, s *ristretto255.Scalar) {
	var b [32]byte
	t.Append(label, s.Encode(b[:0]))
}

// Bytes returns the transcript so far (for tests and the specification's
// worked examples).
func (t *Transcript) Bytes() []byte {
	return append([]byte(nil), t.buf...)
}

// Sum returns SHA-512(transcript), for derivations that need the whole
// digest rather than a scalar: a seed, or an element hashed to the group.
func (t *Transcript) Sum() [64]byte {
	return sha512.Sum512(t.buf)
}

// Challenge returns SHA-512(transcript) reduced modulo the group order.
func (t *Transcript) Challenge() *ristretto255.Scalar {
	h := t.Sum()
	c, _ := ristretto255.NewScalar().SetUniformBytes(h[:])
	return c
}
