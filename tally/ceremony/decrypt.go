package ceremony

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/trustee"
	"github.com/evote-org/evote/tally"
)

// TestDecrypt posts the trustee's partial decryption of the test
// ciphertexts (round 0) while the election is Ready, unless it is on the
// chain. The trustee first settles the ceremony itself from the posts
// (Verify) and refuses with ErrMismatch, naming the difference, if the
// commission posted another QUAL or election key or if its own key share
// does not match its public share: its round-0 share is what lets the
// polls open (docs/protocol.md, section 12).
func (t *Trustee) TestDecrypt(ctx context.Context, s *Secret) error {
	e, err := t.Verify(ctx, s)
	if err != nil || t.posted(e.Header.Test.Shares, s) {
		return err
	}
	p, err := t.decrypt(e, s, tally.TestCiphertexts(e.Context, e.Result.Key))
	if err != nil {
		return err
	}
	return t.postShare(ctx, ballotbox.TestRound, p)
}

// Verify reads the election, which must be Ready, and checks the
// commission's outcome of the key ceremony against the trustee's own:
// QUAL and the election key re-derived from the posts on chain must be
// the posted mask and key, and, for a trustee in QUAL, the key share it
// rebuilds from its secret must match its public share Y_j. Any
// difference is an ErrMismatch that says what differs.
func (t *Trustee) Verify(ctx context.Context, s *Secret) (*tally.Election, error) {
	e, err := t.election(ctx, s, ballotbox.Ready)
	if err != nil {
		return nil, err
	}
	if err := e.Qualify(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMismatch, err)
	}
	if !slices.Contains(e.Result.Qualified, s.Key.Trustee) {
		return e, nil
	}
	if _, err := share(e, s, t.rand()); err != nil {
		return nil, err
	}
	return e, nil
}

// Decrypt posts the trustee's partial decryption of the tally (round 1)
// once the polls are Closed, unless it is on the chain: the trustee reads
// every ballot, applies the validity predicate and sums the counted ones
// itself (tally.Accumulate), and decrypts exactly those sums.
func (t *Trustee) Decrypt(ctx context.Context, s *Secret) error {
	if _, err := t.election(ctx, s, ballotbox.Closed); err != nil {
		return err
	}
	if done, err := t.sharePosted(ctx, s, ballotbox.TallyRound); err != nil || done {
		return err
	}
	c, err := t.closedState(ctx)
	if err != nil {
		return err
	}
	return t.decryptTally(ctx, s, c)
}

// decrypt rebuilds the trustee's key share from its secret and the
// dealings on the chain, and partially decrypts cts.
func (t *Trustee) decrypt(e *tally.Election, s *Secret, cts []*elgamal.Ciphertext) (*dkg.PartialDecryption, error) {
	sh, err := share(e, s, t.rand())
	if err != nil {
		return nil, err
	}
	return sh.PartialDecrypt(cts, t.rand())
}

// share rebuilds s_j: receive every dealing again, sum QUAL's shares.
func share(e *tally.Election, s *Secret, rnd io.Reader) (*trustee.Share, error) {
	tr, err := s.Trustee()
	if err != nil {
		return nil, err
	}
	for _, d := range dealings(e.Header) {
		_, _ = tr.Receive(d, rnd) // a wrong share is not kept; its complaint is not posted now
	}
	sh, err := tr.Finish(e.Result)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMismatch, err)
	}
	return sh, nil
}

func (t *Trustee) sharePosted(ctx context.Context, s *Secret, round ballotbox.Round) (bool, error) {
	m, err := t.Box.Masks(ctx)
	return m.Shares[round]&(1<<(s.Key.Trustee-1)) != 0, err
}

func (t *Trustee) postShare(ctx context.Context, round ballotbox.Round, p *dkg.PartialDecryption) error {
	return t.send(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return t.Box.PostDecryptionShare(o, round, p.Bytes())
	})
}

// Step does what is due for the contract's state and returns what it did:
// post the key, deal, complain, post the test share, post the tally
// share, mix, post the mix decryption, or nothing yet. ErrWaiting means:
// run it again later.
func (t *Trustee) Step(ctx context.Context, s *Secret) (string, error) {
	head, err := t.Box.Head(ctx)
	if err != nil {
		return "", err
	}
	box := t.Box.At(new(big.Int).SetUint64(head))
	state, err := box.State(ctx)
	if err != nil {
		return "", err
	}
	m, err := box.Masks(ctx)
	if err != nil {
		return "", err
	}
	bit := uint64(1) << (s.Key.Trustee - 1)
	switch {
	case state == ballotbox.KeyCeremony && m.Keys&bit == 0:
		return "posted the key", t.PostKey(ctx, s)
	case state == ballotbox.KeyCeremony && m.Dealings&bit == 0:
		return "posted the dealing", t.Deal(ctx, s)
	case state == ballotbox.KeyCeremony:
		n, err := t.Complain(ctx, s)
		return fmt.Sprintf("checked the dealings, %d complaints posted", n), err
	case state == ballotbox.Ready && m.Shares[ballotbox.TestRound]&bit == 0:
		return t.testStep(ctx, s, m.Qualified&bit != 0)
	case state == ballotbox.Open && m.Qualified&bit != 0:
		return t.followStep(ctx)
	case state == ballotbox.Closed && m.Qualified&bit == 0:
		return "not in QUAL: nothing to decrypt", nil
	case state == ballotbox.Closed:
		e, err := t.election(ctx, s, ballotbox.Closed)
		if err != nil {
			return "", err
		}
		return t.closedStep(ctx, s, e, m.Shares[ballotbox.TallyRound]&bit != 0)
	case state == ballotbox.Tallied:
		return "done: the result is published", nil
	}
	return "nothing due in state " + state.String(), nil
}

// followStep is Step while the polls are open, for a trustee in QUAL:
// it reads and checks the casts since its last step, so that at the close
// only the last few remain to read (tally.Follower).
func (t *Trustee) followStep(ctx context.Context) (string, error) {
	n, err := t.follow.CatchUp(ctx, t.Box, t.From)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("polls open: checked %d new casts, %d so far", n, t.follow.Casts()), nil
}

// testStep is Step's round 0: a trustee in the posted QUAL posts its test
// decryption; one left out checks that the ceremony leaves it out.
func (t *Trustee) testStep(ctx context.Context, s *Secret, qualified bool) (string, error) {
	var err error
	if qualified {
		err = t.TestDecrypt(ctx, s)
	} else {
		_, err = t.Verify(ctx, s)
	}
	switch {
	case errors.Is(err, ErrMismatch):
		return "refused the test decryption", err
	case !qualified:
		return "not in QUAL: nothing to decrypt", err
	}
	return "posted the test decryption", err
}
