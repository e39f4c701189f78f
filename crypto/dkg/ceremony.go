package dkg

import (
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/gtank/ristretto255"
)

// Domain tags of the ceremony's transcripts, under transcript.Version.
const (
	tagKeyPoP       = "dkg/key-pop"
	tagDealingPoP   = "dkg/dealing-pop"
	tagEphemeralPoK = "dkg/dealing-ephemeral"
	tagSharePad     = "dkg/share-pad"
	tagComplaint    = "dkg/complaint"
	tagDecryption   = "dkg/decryption-share"
	tagMixShare     = "mix/decryption-share"
)

// Ceremony is the public frame of one key ceremony: the election it makes
// the key for and its parameters. Every transcript of the ceremony starts
// with both, so no message verifies in another election or another
// ceremony.
type Ceremony struct {
	Context transcript.Context
	Params  Params
}

// start begins a transcript: domain tag, "ctx", "n", "t".
func (c Ceremony) start(kind string) *transcript.Transcript {
	t := transcript.New(kind)
	t.AppendContext(c.Context)
	t.AppendUint64("n", uint64(c.Params.N))
	t.AppendUint64("t", uint64(c.Params.T))
	return t
}

// KeyTranscript starts the transcript of trustee i's proof of possession:
// "evote/v1/dkg/key-pop", ctx, n, t, trustee. The Schnorr proof appends X
// and its commitment.
func (c Ceremony) KeyTranscript(trustee int) *transcript.Transcript {
	t := c.start(tagKeyPoP)
	t.AppendUint64("trustee", uint64(trustee))
	return t
}

// DealingTranscript starts the transcript of the proof of knowledge of
// a_{i,0} (for C_{i,0}) in dealing d; EphemeralTranscript that of e_i (for
// E_i). Both hash every byte of the dealing except the proofs: ctx, n, t,
// dealer, commitments, ephemeral, shares.
func (c Ceremony) DealingTranscript(d *Dealing) *transcript.Transcript {
	return c.dealingTranscript(tagDealingPoP, d)
}

// EphemeralTranscript: see DealingTranscript.
func (c Ceremony) EphemeralTranscript(d *Dealing) *transcript.Transcript {
	return c.dealingTranscript(tagEphemeralPoK, d)
}

func (c Ceremony) dealingTranscript(kind string, d *Dealing) *transcript.Transcript {
	t := c.start(kind)
	t.AppendUint64("dealer", uint64(d.Dealer))
	t.Append("commitments", group.AppendElements(nil, d.Commitments...))
	t.AppendElement("ephemeral", d.Ephemeral)
	t.Append("shares", group.AppendScalars(nil, d.Shares...))
	return t
}

// SharePad is the one-time pad of the share from dealer to recipient:
// the challenge of the transcript "evote/v1/dkg/share-pad", ctx, n, t,
// dealer, recipient, X (recipient's key), E (dealer's ephemeral), S (the
// Diffie–Hellman value e·X = x·E). The encrypted share is f(recipient) +
// pad mod ℓ. Constant time in s apart from SHA-512 over its encoding.
func (c Ceremony) SharePad(dealer, recipient int, x, e, s *ristretto255.Element) *ristretto255.Scalar {
	t := c.start(tagSharePad)
	t.AppendUint64("dealer", uint64(dealer))
	t.AppendUint64("recipient", uint64(recipient))
	t.AppendElement("X", x)
	t.AppendElement("E", e)
	t.AppendElement("S", s)
	return t.Challenge()
}

// ComplaintTranscript starts the transcript of a complaint's DLEQ proof:
// "evote/v1/dkg/complaint", ctx, n, t, dealer, recipient. The proof
// appends Y = X_recipient, H = E_dealer, D = S and its commitments.
func (c Ceremony) ComplaintTranscript(dealer, recipient int) *transcript.Transcript {
	t := c.start(tagComplaint)
	t.AppendUint64("dealer", uint64(dealer))
	t.AppendUint64("recipient", uint64(recipient))
	return t
}

// DecryptionTranscript starts the transcript of trustee's DLEQ proof for
// the aggregate ciphertext at position index: "evote/v1/dkg/decryption-
// share", ctx, n, t, trustee, ciphertext (the index), ct (A || B). The
// proof appends Y = Y_trustee, H = A, D and its commitments.
func (c Ceremony) DecryptionTranscript(trustee, index int, ct *elgamal.Ciphertext) *transcript.Transcript {
	t := c.start(tagDecryption)
	t.AppendUint64("trustee", uint64(trustee))
	t.AppendUint64("ciphertext", uint64(index))
	t.Append("ct", ct.Bytes())
	return t
}

// MixDecryptionTranscript starts the transcript of trustee's DLEQ proof
// for the ciphertext of candidate (from 0) of ballot (from 0) of list
// question (the position of the list among the mixed lists, from 0):
// "evote/v1/mix/decryption-share", ctx, n, t, trustee, question, ballot,
// candidate, ct (A || B). The proof appends Y = Y_trustee, H = A, D and
// its commitments.
func (c Ceremony) MixDecryptionTranscript(trustee, question, ballot, candidate int, ct *elgamal.Ciphertext) *transcript.Transcript {
	t := c.start(tagMixShare)
	t.AppendUint64("trustee", uint64(trustee))
	t.AppendUint64("question", uint64(question))
	t.AppendUint64("ballot", uint64(ballot))
	t.AppendUint64("candidate", uint64(candidate))
	t.Append("ct", ct.Bytes())
	return t
}
