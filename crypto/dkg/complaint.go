package dkg

import (
	"crypto/rand"
	"errors"
	"fmt"

	"github.com/evote-org/evote/crypto/batch"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/crypto/proof"
	"github.com/gtank/ristretto255"
)

// ComplaintSize is the length of an encoded Complaint.
const ComplaintSize = 4 + group.ElementSize + proof.DLEQSize

// Complaint is recipient j's claim that dealer i's share to it is wrong.
// It reveals S = x_j·E_i with a proof that log_G X_j = log_E S, so that
// anyone can decrypt the share and check it (Adjudicate). Treat it as
// immutable.
type Complaint struct {
	Dealer, Recipient int
	S                 *ristretto255.Element
	Proof             *proof.DLEQ
}

// Bytes encodes the complaint: 0x01 0x03 || dealer || recipient (1 byte
// each) || S || DLEQ proof (a, b, z).
func (cp *Complaint) Bytes() []byte {
	b := append(header(KindComplaint, ComplaintSize), byte(cp.Dealer), byte(cp.Recipient))
	return append(cp.S.Encode(b), cp.Proof.Bytes()...)
}

// ParseComplaint decodes a complaint. It checks the encoding only.
func ParseComplaint(b []byte) (*Complaint, error) {
	if err := checkHeader(b, KindComplaint, ComplaintSize, "complaint"); err != nil {
		return nil, err
	}
	if len(b) != ComplaintSize {
		return nil, fmt.Errorf("%w: complaint is %d bytes, want %d", ErrDecode, len(b), ComplaintSize)
	}
	for _, i := range b[2:4] {
		if i == 0 || i > MaxTrustees {
			return nil, fmt.Errorf("%w: trustee index %d", ErrDecode, i)
		}
	}
	s, err := group.DecodeElement(b[4:36])
	if err != nil {
		return nil, fmt.Errorf("%w: complaint S: %w", ErrDecode, err)
	}
	p, err := proof.ParseDLEQ(b[36:])
	if err != nil {
		return nil, errors.Join(ErrDecode, err)
	}
	return &Complaint{Dealer: int(b[2]), Recipient: int(b[3]), S: s, Proof: p}, nil
}

// Verdict is the outcome of a complaint.
type Verdict int

const (
	// ComplaintFalse: the complaint does not hold (its proof is invalid,
	// it does not concern this dealing, or the share is correct). The
	// complainant misbehaved; the dealer stays.
	ComplaintFalse Verdict = iota
	// DealerGuilty: the complainant proved that the share it received does
	// not match the dealer's commitments. The dealer is excluded.
	DealerGuilty
)

func (v Verdict) String() string {
	if v == DealerGuilty {
		return "dealer guilty"
	}
	return "complaint false"
}

// Adjudicate decides a complaint from public data alone: keys is the
// verified list of trustee keys (VerifyKeys) and d the dealing the
// complaint is about, which must have passed VerifyDealing. It verifies
// the complaint's proof, decrypts the share with the revealed S and
// checks it against d's commitments. For ComplaintFalse the error says
// why; for DealerGuilty it is nil.
func (c Ceremony) Adjudicate(keys []*TrusteeKey, d *Dealing, cp *Complaint) (Verdict, error) {
	if err := c.checkShape(d); err != nil {
		return ComplaintFalse, err
	}
	if cp.Dealer != d.Dealer || !c.Params.valid(cp.Recipient) || len(keys) != c.Params.N {
		return ComplaintFalse, fmt.Errorf("%w: complaint by %d against %d, dealing of %d, %d keys",
			ErrMismatch, cp.Recipient, cp.Dealer, d.Dealer, len(keys))
	}
	if keys[cp.Recipient-1] == nil {
		return ComplaintFalse, fmt.Errorf("%w: no key for trustee %d", ErrMismatch, cp.Recipient)
	}
	x := keys[cp.Recipient-1].X
	bv := batch.New(rand.Reader)
	cp.Proof.Verify(c.ComplaintTranscript(cp.Dealer, cp.Recipient), x, d.Ephemeral, cp.S, bv)
	if bv.Check() != nil {
		return ComplaintFalse, ErrInvalid
	}
	pad := c.SharePad(d.Dealer, cp.Recipient, x, d.Ephemeral, cp.S)
	s := ristretto255.NewScalar().Subtract(d.Shares[cp.Recipient-1], pad)
	if ristretto255.NewElement().ScalarBaseMult(s).Equal(d.PublicShare(cp.Recipient)) == 1 {
		return ComplaintFalse, ErrShareCorrect
	}
	return DealerGuilty, nil
}
