// Package validity is the one predicate that decides whether a ballot
// cast on the chain counts, and why not. The relay runs it before it
// submits (invalid ballots never reach the chain), the tally runs it on
// every ballot it sums, and every verifier runs it again; its verdict on
// every ballot is part of the published election record.
//
// A cast counts if and only if, in this order:
//
//  1. it was cast while the polls were open, by block (the chain decides,
//     not a clock): OpenBlock <= block <= CloseBlock. Both ends are
//     inclusive: the contract accepts casts only in the Open state, so a
//     cast in the block that opened the polls came after the opening
//     transaction, and one in the closing block came before the closing;
//  2. its pseudonym signature is valid for the cast (package ecrecover);
//  3. its token is the registrar's valid RFC 9474 signature for this
//     election and this pseudonym (package blind);
//  4. the ballot decodes canonically and every proof verifies (package
//     ballot, batch-verified over all cores), for every kind of question
//     alike, with the ranges of the manifest's shape: a choice's 0/1 and
//     selection proofs, a ranked or graded question's proof that each
//     candidate's rank or grade lies in [0, top]. Whether a ranking has
//     a tie or a gap is not a question for the predicate: the count
//     spoils it after the mix-net (docs/protocol.md, section 16.1);
//  5. it is the first cast of its pseudonym that passes 1–4, in chain
//     order (the contract already refuses a second cast per pseudonym;
//     the rule holds on any chain).
//
// The predicate needs only public data: it links no secret-holding package.
package validity

import (
	"fmt"

	"github.com/evote-org/evote/crypto/ballot"
	"github.com/evote-org/evote/crypto/blind"
)

// Reason is the verdict on one cast: Counted, or why it does not count.
// The numbers and names are part of the election record: never renumber.
type Reason uint8

// The reasons, in the order the predicate checks them.
const (
	Counted   Reason = iota // the ballot counts
	NotOpen                 // cast outside the open polls
	Signature               // the pseudonym signature is invalid
	Token                   // the registrar's token is invalid for this pseudonym
	Encoding                // the ballot does not decode
	Proof                   // a proof of the ballot does not verify
	Duplicate               // the pseudonym already has a counted ballot
)

var names = [...]string{"counted", "not-open", "bad-signature", "bad-token", "bad-encoding", "bad-proof", "duplicate"}

// String is the reason's stable name, as in the election record.
func (r Reason) String() string {
	if int(r) < len(names) {
		return names[r]
	}
	return fmt.Sprintf("reason-%d", uint8(r))
}

// ParseReason is the inverse of String.
func ParseReason(s string) (Reason, error) {
	for i, n := range names {
		if n == s {
			return Reason(i), nil
		}
	}
	return 0, fmt.Errorf("validity: unknown reason %q", s)
}

// Params are the public parameters of an election that the predicate
// checks casts against, all read from the chain.
type Params struct {
	Election     *ballot.Election // context, election key, questions
	RegistrarKey *blind.PublicKey
	// OpenBlock is the block in which the polls opened and CloseBlock the
	// block in which they closed (0 while they are open). A cast counts if
	// its block is not before OpenBlock and, once closed, not after
	// CloseBlock.
	OpenBlock, CloseBlock uint64
}

// Cast is one cast as the chain recorded it.
type Cast struct {
	Pseudonym [20]byte
	Token     []byte
	Ballot    []byte
	Signature []byte
	Block     uint64
}

// Verdict is the predicate's answer for one cast.
type Verdict struct {
	Reason Reason
	Ballot *ballot.Ballot // the decoded ballot, when Reason is Counted
}

func (p *Params) open(block uint64) bool {
	return block >= p.OpenBlock && (p.CloseBlock == 0 || block <= p.CloseBlock)
}
