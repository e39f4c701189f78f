package dkg

import (
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/evote-org/evote/crypto/batch"
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/crypto/proof"
	"github.com/gtank/ristretto255"
)

// partialEntrySize is one ciphertext's entry: D and its DLEQ proof.
const partialEntrySize = group.ElementSize + proof.DLEQSize

// PartialDecryptionSize is the length of an encoded partial decryption of
// count ciphertexts.
func PartialDecryptionSize(count int) int { return 5 + count*partialEntrySize }

// PartialDecryption is trustee j's share of the decryption of a list of
// aggregate ciphertexts (A_c, B_c): D_c = s_j·A_c, each with a proof that
// log_G Y_j = log_{A_c} D_c. Treat it as immutable.
type PartialDecryption struct {
	Trustee int
	Shares  []*ristretto255.Element // D_c
	Proofs  []*proof.DLEQ
}

// Bytes encodes the partial decryption: 0x01 0x04 || trustee (1 byte) ||
// count (2 bytes, big-endian) || for each ciphertext D || DLEQ (a, b, z).
func (p *PartialDecryption) Bytes() []byte {
	b := append(header(KindPartial, PartialDecryptionSize(len(p.Shares))), byte(p.Trustee))
	b = binary.BigEndian.AppendUint16(b, uint16(len(p.Shares)))
	for c, d := range p.Shares {
		b = append(d.Encode(b), p.Proofs[c].Bytes()...)
	}
	return b
}

// ParsePartialDecryption decodes a partial decryption. It checks the
// encoding only; Result.VerifyPartial checks it against the aggregates.
func ParsePartialDecryption(b []byte) (*PartialDecryption, error) {
	if err := checkHeader(b, KindPartial, 5, "partial decryption"); err != nil {
		return nil, err
	}
	n := int(binary.BigEndian.Uint16(b[3:5]))
	switch {
	case b[2] == 0 || b[2] > MaxTrustees:
		return nil, fmt.Errorf("%w: trustee index %d", ErrDecode, b[2])
	case n == 0 || n > MaxCiphertexts:
		return nil, fmt.Errorf("%w: %d ciphertexts, want 1 to %d", ErrDecode, n, MaxCiphertexts)
	case len(b) != PartialDecryptionSize(n):
		return nil, fmt.Errorf("%w: partial decryption is %d bytes, want %d", ErrDecode, len(b), PartialDecryptionSize(n))
	}
	p := &PartialDecryption{Trustee: int(b[2]), Shares: make([]*ristretto255.Element, n), Proofs: make([]*proof.DLEQ, n)}
	for c := range n {
		e := b[5+c*partialEntrySize : 5+(c+1)*partialEntrySize]
		d, err := group.DecodeElement(e[:group.ElementSize])
		if err != nil {
			return nil, fmt.Errorf("%w: share %d: %w", ErrDecode, c, err)
		}
		pr, err := proof.ParseDLEQ(e[group.ElementSize:])
		if err != nil {
			return nil, errors.Join(ErrDecode, fmt.Errorf("proof %d: %w", c, err))
		}
		p.Shares[c], p.Proofs[c] = d, pr
	}
	return p, nil
}

// CheckAggregates checks a list of aggregate ciphertexts for decryption:
// 1 to MaxCiphertexts of them, none with A the identity (an empty sum,
// which decrypts to B without any trustee and cannot be proved).
func CheckAggregates(aggs []*elgamal.Ciphertext) error {
	if len(aggs) == 0 || len(aggs) > MaxCiphertexts {
		return fmt.Errorf("%w: %d ciphertexts, want 1 to %d", ErrCiphertexts, len(aggs), MaxCiphertexts)
	}
	for c, ct := range aggs {
		if ct == nil || group.IsIdentity(ct.A()) {
			return fmt.Errorf("%w: ciphertext %d is empty", ErrCiphertexts, c)
		}
	}
	return nil
}

// addPartial checks p's shape and adds its proofs to bv.
func (r *Result) addPartial(aggs []*elgamal.Ciphertext, p *PartialDecryption, bv *batch.Verifier) error {
	if !r.Params.valid(p.Trustee) {
		return fmt.Errorf("%w: trustee %d, want 1 to %d", ErrMismatch, p.Trustee, r.Params.N)
	}
	if len(p.Shares) != len(aggs) || len(p.Proofs) != len(aggs) {
		return fmt.Errorf("%w: %d shares for %d ciphertexts", ErrMismatch, len(p.Shares), len(aggs))
	}
	y := r.Verification[p.Trustee-1]
	for c, ct := range aggs {
		p.Proofs[c].Verify(r.DecryptionTranscript(p.Trustee, c, ct), y, ct.A(), p.Shares[c], bv)
	}
	return nil
}

// VerifyPartial checks every proof of p against the aggregates.
func (r *Result) VerifyPartial(aggs []*elgamal.Ciphertext, p *PartialDecryption) error {
	if err := CheckAggregates(aggs); err != nil {
		return err
	}
	if err := r.verifyOne(aggs, p); err != nil {
		return err
	}
	return nil
}

// verifyOne checks p on its own batch; aggs must have been checked.
func (r *Result) verifyOne(aggs []*elgamal.Ciphertext, p *PartialDecryption) *TrusteeError {
	bv := batch.New(rand.Reader)
	if err := r.addPartial(aggs, p, bv); err != nil {
		return blame(p.Trustee, err)
	}
	if bv.Check() != nil {
		return blame(p.Trustee, ErrInvalid)
	}
	return nil
}
