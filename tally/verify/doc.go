// Package verify is the independent verifier of an election: from public
// data only (a chain node's RPC, or an election record file) it re-derives
// every step and prints numbered checks:
//
//  1. the manifest hash is the election id; the parameters are usable
//  2. every trustee key's proof of possession
//  3. the dealings and complaints adjudicated: QUAL and the election key
//     are what the commission posted
//  4. the test decryption: round-0 shares combine to the known values
//  5. every cast's verdict under the validity predicate
//  6. counted ballots <= tokens issued <= voters on the roll
//  7. the per-option aggregates of the counted ballots
//  8. the trustees' partial decryptions and their DLEQ proofs (t valid)
//  9. their combination and the counts (bounded discrete logarithms)
//  10. the result and the record hash, as posted on the chain
//
// and, for an election with ranked or graded questions, the mix phase
// (package tally/mix, with the files of Options.Files):
//
//  11. every mix's shuffle proofs and verdict, the final lists
//  12. the mix shares' DLEQ proofs and verdicts, the decrypted ballots
//  13. each question's count (IRV, STV, Schulze, majority judgment)
//
// A record file is checked line by line against its own re-derivation:
// every derived field must be what the verifier computes, so changing
// anything that affects the result is caught. Offline, the published
// line of a record is only as good as the file: only the chain (check 10
// with --rpc) authenticates the result and the record hash, and with them
// every byte of the record.
//
// CheckOpened (verify --opening) is the voter's Benaloh check on another
// device: it checks a ballot the booth opened instead of casting against
// the election of the chain or a record (docs/protocol.md, section 11).
//
// This package and its command (tally/cmd/evote-verify) link no
// secret-holding package (crypto/trustee, crypto/blind/signer); a test
// checks it with go list.
package verify

import "errors"

// ErrMismatch is returned for a record whose derived field is not what
// the verifier derives, or a published value that is not the derived one.
var ErrMismatch = errors.New("verify: record differs from its re-derivation")

// ErrFailed is returned by Main when any check fails.
var ErrFailed = errors.New("verify: verification failed")

// ErrNoLog is returned by Chain without a registration log: the chain
// holds its roots, the registrar (or a record) its entries.
var ErrNoLog = errors.New("verify: the registration log is needed (--registrar URL, or --log RECORD)")
