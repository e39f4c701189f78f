package tally

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/evote-org/evote/ballotbox"
)

// ReadElection reads the election at box as of the latest block, which
// must be in state want, and checks its parameters (NewElection).
func ReadElection(ctx context.Context, box *ballotbox.Client, from uint64, want ballotbox.State) (*Election, error) {
	head, err := box.Head(ctx)
	if err != nil {
		return nil, err
	}
	s, err := box.At(new(big.Int).SetUint64(head)).State(ctx)
	if err != nil {
		return nil, err
	}
	if s != want {
		return nil, fmt.Errorf("%w: %v, want %v", ErrState, s, want)
	}
	h, err := ReadHeader(ctx, box, from, head)
	if err != nil {
		return nil, err
	}
	return NewElection(h)
}

// FinishCeremony is the commission's end of the key ceremony: it reads
// the posted keys, dealings and complaints, settles them (QUAL and the
// election key, exactly as every verifier will) and posts the outcome
// with finishKeyCeremony, which moves the election to Ready. Call it once
// every trustee has had time to post its complaints: a complaint posted
// after the read and before the transaction is mined would make the
// posted QUAL differ from what verifiers derive, and the verification
// fail.
func FinishCeremony(ctx context.Context, box *ballotbox.Client, opts *bind.TransactOpts, from uint64) (*Election, error) {
	e, err := ReadElection(ctx, box, from, ballotbox.KeyCeremony)
	if err != nil {
		return nil, err
	}
	if err := e.Settle(); err != nil {
		return nil, err
	}
	o := *opts
	o.Context = ctx
	tx, err := box.FinishKeyCeremony(&o, e.Result.Key.Bytes(), QualifiedMask(e.Result.Qualified))
	if err != nil {
		return nil, err
	}
	if _, err := box.WaitMined(ctx, tx); err != nil {
		return nil, err
	}
	return e, nil
}

// VerifiedElection reads the election at box as of the latest block and
// settles its key ceremony from the public posts as every verifier does
// (Qualify): it fails with ErrState before the ceremony has finished and
// with ErrCeremony when the commission posted another qualified set or
// another election key than the posts give. Relying parties (the relay,
// the site) call it once when they load the election: the ceremony does
// not change after Ready.
func VerifiedElection(ctx context.Context, box *ballotbox.Client, from uint64) (*Election, error) {
	head, err := box.Head(ctx)
	if err != nil {
		return nil, err
	}
	h, err := ReadHeader(ctx, box, from, head)
	if err != nil {
		return nil, err
	}
	e, err := NewElection(h)
	if err != nil {
		return nil, err
	}
	if e.Key == nil {
		return nil, fmt.Errorf("%w: the key ceremony has not finished", ErrState)
	}
	return e, e.Qualify()
}

// AwaitElection waits, asking every interval, until the key ceremony
// has finished, and returns the election as VerifiedElection settles it:
// for a party started before the ceremony ended (a registrar serving the
// election key for the booth's cross-check).
func AwaitElection(ctx context.Context, box *ballotbox.Client, from uint64, every time.Duration) (*Election, error) {
	for {
		e, err := VerifiedElection(ctx, box, from)
		if !errors.Is(err, ErrState) {
			return e, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(every):
		}
	}
}

// CheckTest is anyone's check of the test decryption while the election
// is Ready (or later): the ceremony settles as posted (VerifiedElection),
// and the round-0 shares posted so far combine to the test values
// (*TestPendingError while fewer than t are posted). The commission runs
// it before it opens the polls: a broken ceremony is found before anyone
// votes.
func CheckTest(ctx context.Context, box *ballotbox.Client, from uint64) (*Election, error) {
	e, err := VerifiedElection(ctx, box, from)
	if err != nil {
		return nil, err
	}
	return e, e.TestDecryption()
}
