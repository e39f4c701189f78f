package relay

import (
	"context"
	"errors"
	"fmt"

	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/ballotbox/validity"
	"github.com/evote-org/evote/tally"
)

// ErrElectionKey is returned by LoadParams when the election key or the
// qualified set on the contract is not what the key ceremony's posts on
// chain give: a key the trustees never made, whose secret someone else
// may hold. The relay must not accept ballots encrypted to it.
var ErrElectionKey = errors.New("relay: the contract's election key is not the one its key ceremony gives")

// LoadParams reads an election's validity parameters from the chain, as
// of the latest block: the context (chain id, contract, election id), the
// registrar's key, the election key, the manifest from the creation event
// (its hash must be the election id), and the blocks in which the polls
// opened and closed (CloseBlock is 0 while they are open). Events are
// read from fromBlock on: the block of the contract's creation, or 0.
// Before the polls open it returns ErrNotOpened. It settles the key
// ceremony from its posts (tally.VerifiedElection) and returns
// ErrElectionKey unless the contract's key and qualified set are the
// ceremony's; the ceremony does not change after Ready, so a relay loads
// the parameters once.
func LoadParams(ctx context.Context, box *ballotbox.Client, fromBlock uint64) (*validity.Params, error) {
	head, err := box.Head(ctx)
	if err != nil {
		return nil, fmt.Errorf("relay: reading the head: %w", err)
	}
	if _, _, err := pollBlocks(ctx, box, fromBlock, head); err != nil {
		return nil, err
	}
	e, err := tally.VerifiedElection(ctx, box, fromBlock)
	if errors.Is(err, tally.ErrCeremony) {
		return nil, fmt.Errorf("%w: %w", ErrElectionKey, err)
	}
	if err != nil {
		return nil, fmt.Errorf("relay: reading the election: %w", err)
	}
	return &validity.Params{Election: e.Manifest.Ballot(e.Context, e.Key), RegistrarKey: e.Registrar,
		OpenBlock: e.Open, CloseBlock: e.Close}, nil
}

// pollBlocks finds the blocks of the Open and Closed transitions.
func pollBlocks(ctx context.Context, box *ballotbox.Client, from, to uint64) (open, closed uint64, err error) {
	changes, err := box.StateChanges(ctx, from, to)
	if err != nil {
		return 0, 0, err
	}
	for _, c := range changes {
		switch c.State {
		case ballotbox.Open:
			open = c.Block
		case ballotbox.Closed:
			closed = c.Block
		}
	}
	if open == 0 {
		return 0, 0, ErrNotOpened
	}
	return open, closed, nil
}
