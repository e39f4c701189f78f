// Package tally counts an election from its public record: it reads the
// bulletin board (the ballot-box contract), re-derives the key ceremony
// (QUAL and the election key), checks the test decryption, applies the
// validity predicate to every cast, multiplies the counted ciphertexts
// per option, combines t valid partial decryptions of the trustees, finds
// each count by a bounded discrete-log search, checks the mix phase of
// the ranked and graded questions and counts their decrypted ballots
// (package tally/mix), and writes the election record (docs/record.md),
// whose hash the commission publishes with the result.
//
// Everything here is public: the package links no secret-holding package
// (crypto/trustee, crypto/blind/signer), so that the independent verifier
// (package tally/verify) builds on it without them. The trustees' secret
// side of the ceremony and of the decryption is package tally/ceremony.
//
// The pipeline, shared by the commission's tally, each trustee (who
// computes the aggregates it decrypts itself) and every verifier:
//
//	h, _ := tally.ReadHeader(ctx, box, from, at) // raw public facts
//	e, _ := tally.NewElection(h)                 // manifest, context, window
//	e.Qualify(); e.TestDecryption()              // ceremony and round 0
//	acc := e.NewAccumulator()                    // verdicts and sums,
//	acc.Add(casts)                               // chunk by chunk
//	line, _ := e.Tally(acc, shares)              // round 1: counts, result
//	m, _ := tally.ReadMix(ctx, box, from, at)    // ranked and graded questions:
//	e.Mix(acc, m, mix.Dir(dir))                  // mixes, mix shares, counts
//
// Constant time: nothing here is secret; all of it is variable time.
package tally

import "errors"

var (
	// ErrRecord is returned for a record that does not decode, is not in
	// canonical form, or has lines out of order.
	ErrRecord = errors.New("tally: malformed election record")
	// ErrElection is returned for public parameters that cannot be used:
	// a manifest whose hash is not the election id, a bad registrar key,
	// a missing state transition.
	ErrElection = errors.New("tally: unusable election parameters")
	// ErrCeremony is returned when the key ceremony does not settle as
	// posted: keys, dealings and complaints give another QUAL or another
	// election key, or too few qualified dealers.
	ErrCeremony = errors.New("tally: key ceremony does not settle as posted")
	// ErrTestDecryption is returned when the trustees' round-0 shares do
	// not decrypt the test ciphertexts to their known values.
	ErrTestDecryption = errors.New("tally: test decryption failed")
	// ErrDecryption is returned when the round-1 shares do not combine
	// or a count is not found within the number of counted ballots.
	ErrDecryption = errors.New("tally: decryption failed")
	// ErrState is returned when the contract is not in the state a step
	// needs.
	ErrState = errors.New("tally: election is not in the required state")
	// ErrNoLog is returned by Run without a source of the registration
	// log (Options.Log): the record would fail check 6 without it.
	ErrNoLog = errors.New("tally: the registration log is needed: the registrar's URL (evote tally --registrar URL)")
	// ErrNoFinalCount is returned by Run before the registrar's final
	// token count is on chain: the record would carry a count that
	// does not cover every cast, and the contract refuses the result.
	ErrNoFinalCount = errors.New("tally: the registrar has not posted its final token count yet (it posts it within seconds of the close: is the registrar running?)")
)
