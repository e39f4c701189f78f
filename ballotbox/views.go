package ballotbox

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/crypto/transcript"
)

// State reads the election state.
func (c *Client) State(ctx context.Context) (State, error) {
	s, err := call(ctx, c, binding().PackState(), binding().UnpackState)
	return State(s), err
}

// ElectionID reads the election id (the manifest's Keccak-256 hash).
func (c *Client) ElectionID(ctx context.Context) ([32]byte, error) {
	return call(ctx, c, binding().PackElectionId(), binding().UnpackElectionId)
}

// ManifestHash reads the manifest hash, which is the election id.
func (c *Client) ManifestHash(ctx context.Context) ([32]byte, error) {
	return call(ctx, c, binding().PackManifestHash(), binding().UnpackManifestHash)
}

// Commission reads the commission's account.
func (c *Client) Commission(ctx context.Context) (common.Address, error) {
	return call(ctx, c, binding().PackCommission(), binding().UnpackCommission)
}

// Registrar reads the registrar's account (zero until set).
func (c *Client) Registrar(ctx context.Context) (common.Address, error) {
	return call(ctx, c, binding().PackRegistrar(), binding().UnpackRegistrar)
}

// RegistrarKey reads the registrar's token-signing public key (PKIX DER),
// as the commission set it; the caller parses it.
func (c *Client) RegistrarKey(ctx context.Context) ([]byte, error) {
	return call(ctx, c, binding().PackRegistrarKey(), binding().UnpackRegistrarKey)
}

// Trustees reads the trustees' accounts; a trustee's index is its
// position here.
func (c *Client) Trustees(ctx context.Context) ([]common.Address, error) {
	return call(ctx, c, binding().PackTrustees(), binding().UnpackTrustees)
}

// Threshold reads t: how many trustees decrypt.
func (c *Client) Threshold(ctx context.Context) (int, error) {
	t, err := call(ctx, c, binding().PackThreshold(), binding().UnpackThreshold)
	return int(t), err
}

// ElectionKey reads the election key (zero before Ready).
func (c *Client) ElectionKey(ctx context.Context) ([32]byte, error) {
	return call(ctx, c, binding().PackElectionKey(), binding().UnpackElectionKey)
}

// BallotCount reads the number of ballots cast.
func (c *Client) BallotCount(ctx context.Context) (uint64, error) {
	return call(ctx, c, binding().PackBallotCount(), binding().UnpackBallotCount)
}

// TokenCount reads the registrar's last posted count of issued tokens.
func (c *Client) TokenCount(ctx context.Context) (uint64, error) {
	n, err := call(ctx, c, binding().PackTokenCount(), binding().UnpackTokenCount)
	if err != nil {
		return 0, err
	}
	return count64(n)
}

// Roll reads the registrar's last posted commitment to the roll: the
// root of its entries and the number of voters (0 while none is posted).
func (c *Client) Roll(ctx context.Context) (root [32]byte, count uint64, err error) {
	if root, err = call(ctx, c, binding().PackRollRoot(), binding().UnpackRollRoot); err != nil {
		return root, 0, err
	}
	n, err := call(ctx, c, binding().PackRollCount(), binding().UnpackRollCount)
	if err != nil {
		return root, 0, err
	}
	count, err = count64(n)
	return root, count, err
}

// TokenCountFinal reads whether the token count is the registrar's
// final one, posted after the close.
func (c *Client) TokenCountFinal(ctx context.Context) (bool, error) {
	return call(ctx, c, binding().PackTokenCountFinal(), binding().UnpackTokenCountFinal)
}

// HasVoted reads whether pseudonym has cast its ballot.
func (c *Client) HasVoted(ctx context.Context, pseudonym common.Address) (bool, error) {
	return call(ctx, c, binding().PackHasVoted(pseudonym), binding().UnpackHasVoted)
}

// Result reads the published result and the hash of the tally record
// (empty and zero before Tallied).
func (c *Client) Result(ctx context.Context) (result []byte, record [32]byte, err error) {
	if result, err = call(ctx, c, binding().PackResult(), binding().UnpackResult); err != nil {
		return nil, record, err
	}
	record, err = call(ctx, c, binding().PackRecordHash(), binding().UnpackRecordHash)
	return result, record, err
}

// Masks are the key ceremony's and the decryptions' progress: bit i is
// trustee i.
type Masks struct {
	Keys      uint64    // posted a key
	Dealings  uint64    // posted a dealing
	Qualified uint64    // the qualified set (zero before Ready)
	Shares    [2]uint64 // posted a decryption share, per Round
}

// Masks reads who posted what.
func (c *Client) Masks(ctx context.Context) (m Masks, err error) {
	b := binding()
	if m.Keys, err = call(ctx, c, b.PackKeyMask(), b.UnpackKeyMask); err != nil {
		return m, err
	}
	if m.Dealings, err = call(ctx, c, b.PackDealingMask(), b.UnpackDealingMask); err != nil {
		return m, err
	}
	if m.Qualified, err = call(ctx, c, b.PackQualifiedMask(), b.UnpackQualifiedMask); err != nil {
		return m, err
	}
	for r := range m.Shares {
		if m.Shares[r], err = call(ctx, c, b.PackShareMask(uint8(r)), b.UnpackShareMask); err != nil {
			return m, err
		}
	}
	return m, nil
}

// CastDigest asks the contract for the digest a pseudonym signs to cast
// ballot with token; it equals pseudonym.Digest(ctx, token, ballot) for
// this contract's Context.
func (c *Client) CastDigest(ctx context.Context, token, ballot []byte) ([32]byte, error) {
	return call(ctx, c, binding().PackCastDigest(token, ballot), binding().UnpackCastDigest)
}

// Context returns the election context every signature, token and proof
// of this election binds: the chain id, this contract and its election id.
func (c *Client) Context(ctx context.Context) (transcript.Context, error) {
	chain, err := c.backend.ChainID(ctx)
	if err != nil {
		return transcript.Context{}, fmt.Errorf("ballotbox: chain id: %w", err)
	}
	if !chain.IsUint64() {
		return transcript.Context{}, fmt.Errorf("ballotbox: chain id %v does not fit 64 bits", chain)
	}
	id, err := c.ElectionID(ctx)
	if err != nil {
		return transcript.Context{}, err
	}
	return transcript.Context{ChainID: chain.Uint64(), Contract: c.Address(), ElectionID: id}, nil
}

// Head returns the number of the latest block.
func (c *Client) Head(ctx context.Context) (uint64, error) {
	h, err := c.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	return h.Number.Uint64(), nil
}
