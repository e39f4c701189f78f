// Package booth is the voter's side of the protocol, as the browser booth
// runs it (compiled to WebAssembly) and as the demo and the end-to-end
// tests run it natively:
//
//  0. compare the election's context, registrar key and election key the
//     site sent with the relay's answer (CheckRelay): the site is not
//     trusted alone for the key every ballot is encrypted to;
//  1. fetch the election's context and registrar key from the registrar
//     and check the key against the one on chain (a registrar must not
//     tag voters with keys of its own);
//  2. sign in (SignIn: the registrar checks the voter id and code and
//     issues nothing);
//  3. make a one-time pseudonym key and blind the token message naming it
//     (Begin), encrypt and prove the choices for that pseudonym
//     (Pending.Encrypt);
//  4. when the voter casts, have the registrar sign the blinded message
//     (Finish: voter id and code, unblinded and checked), and sign the
//     cast with the pseudonym key (Credential.Sign).
//
// The registrar sees the voter's identity and a blinded message, never the
// pseudonym; the relay and the chain see the pseudonym, never the
// identity. The package holds the voter's own secrets only.
package booth

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/evote-org/evote/crypto/blind"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/evote-org/evote/registrar/api"
)

var (
	// ErrKeyMismatch is returned when the registrar's key is not the one
	// published on chain for the election.
	ErrKeyMismatch = errors.New("booth: the registrar's key is not the election's key on chain")
	// ErrElection is returned for registrar information about another
	// election or in an unknown format.
	ErrElection = errors.New("booth: the registrar answers for another election")
)

// Election is what the booth has checked about the election.
type Election struct {
	Context      transcript.Context
	RegistrarKey *blind.PublicKey
}

// CheckInfo checks the registrar's answer against what the booth knows
// from the chain (the election's context and the registrar key the
// contract holds) and returns the election to vote in.
func CheckInfo(info *api.ElectionInfo, ctx transcript.Context, keyOnChain []byte) (*Election, error) {
	if !sameContext(ctx, info.Version, info.ChainID, info.Contract, info.ElectionID) {
		return nil, ErrElection
	}
	if !bytes.Equal(info.PublicKey, keyOnChain) {
		return nil, ErrKeyMismatch
	}
	key, err := blind.ParsePublicKey(info.PublicKey)
	if err != nil {
		return nil, fmt.Errorf("booth: registrar key: %w", err)
	}
	return &Election{Context: ctx, RegistrarKey: key}, nil
}
