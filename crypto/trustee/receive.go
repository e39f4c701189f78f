package trustee

import (
	"io"

	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/crypto/proof"
	"github.com/gtank/ristretto255"
)

// Receive checks the share that dealing d holds for this trustee. An
// invalid dealing (VerifyDealing fails) is an error: everyone sees it, the
// dealer is excluded, no complaint is needed. A share that matches the
// commitments is kept for Finish and Receive returns nil, nil. A share
// that does not is answered with a complaint to post. Call it for every
// dealing, this trustee's own included; a later dealing of the same
// dealer replaces the earlier one's share.
func (t *Trustee) Receive(d *dkg.Dealing, rand io.Reader) (*dkg.Complaint, error) {
	if err := t.c.VerifyDealing(d); err != nil {
		return nil, err
	}
	s, share := t.open(d)
	// Whether the share is right is public: a complaint follows or not.
	if ristretto255.NewElement().ScalarBaseMult(share).Equal(d.PublicShare(t.index)) == 1 {
		t.shares[d.Dealer] = share
		return nil, nil
	}
	delete(t.shares, d.Dealer)
	return t.complain(d, s, rand)
}

// open returns the Diffie–Hellman value S = x·E of d and the decrypted
// share. Constant time in x and in the share.
func (t *Trustee) open(d *dkg.Dealing) (*ristretto255.Element, *ristretto255.Scalar) {
	s := ristretto255.NewElement().ScalarMult(t.x, d.Ephemeral)
	pad := t.c.SharePad(d.Dealer, t.index, t.key.X, d.Ephemeral, s)
	return s, pad.Subtract(d.Shares[t.index-1], pad)
}

// complain reveals S with a proof that log_G X = log_E S.
func (t *Trustee) complain(d *dkg.Dealing, s *ristretto255.Element, rand io.Reader) (*dkg.Complaint, error) {
	p, err := proof.ProveDLEQ(t.c.ComplaintTranscript(d.Dealer, t.index), t.x, t.key.X, d.Ephemeral, s, rand)
	if err != nil {
		return nil, err
	}
	return &dkg.Complaint{Dealer: d.Dealer, Recipient: t.index, S: s, Proof: p}, nil
}
