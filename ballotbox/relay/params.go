package relay

import (
	"context"
	"fmt"
	"math/big"

	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/ballotbox/validity"
	"github.com/evote-org/evote/crypto/blind"
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/election"
)

// LoadParams reads an election's validity parameters from the chain, as
// of the latest block: the context (chain id, contract, election id), the
// registrar's key, the election key, the manifest from the creation event
// (its hash must be the election id), and the blocks in which the polls
// opened and closed (CloseBlock is 0 while they are open). Events are
// read from fromBlock on: the block of the contract's creation, or 0.
// Before the polls open it returns ErrNotOpened.
func LoadParams(ctx context.Context, box *ballotbox.Client, fromBlock uint64) (*validity.Params, error) {
	head, err := box.Head(ctx)
	if err != nil {
		return nil, fmt.Errorf("relay: reading the head: %w", err)
	}
	at := box.At(new(big.Int).SetUint64(head))
	open, closed, err := pollBlocks(ctx, box, fromBlock, head)
	if err != nil {
		return nil, err
	}
	tctx, err := at.Context(ctx)
	if err != nil {
		return nil, err
	}
	m, err := manifest(ctx, box, fromBlock, head, tctx.ElectionID)
	if err != nil {
		return nil, err
	}
	der, err := at.RegistrarKey(ctx)
	if err != nil {
		return nil, err
	}
	reg, err := blind.ParsePublicKey(der)
	if err != nil {
		return nil, fmt.Errorf("relay: the registrar key on chain: %w", err)
	}
	ek, err := at.ElectionKey(ctx)
	if err != nil {
		return nil, err
	}
	key, err := elgamal.ParsePublicKey(ek[:])
	if err != nil {
		return nil, fmt.Errorf("relay: the election key on chain: %w", err)
	}
	return &validity.Params{Election: m.Ballot(tctx, key), RegistrarKey: reg, OpenBlock: open, CloseBlock: closed}, nil
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

// manifest reads and parses the manifest of the creation event.
func manifest(ctx context.Context, box *ballotbox.Client, from, to uint64, id [32]byte) (*election.Manifest, error) {
	created, err := box.Created(ctx, from, to)
	if err != nil {
		return nil, err
	}
	if election.ID(created.Manifest) != id {
		return nil, fmt.Errorf("relay: the manifest's hash is not the election id")
	}
	m, err := election.Parse(created.Manifest)
	if err != nil {
		return nil, fmt.Errorf("relay: the manifest on chain: %w", err)
	}
	return m, nil
}
