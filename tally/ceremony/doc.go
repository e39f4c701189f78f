// Package ceremony is a trustee's side of the election key over the
// ballot-box contract: the steps of the key ceremony (post a transport
// key, deal, check the shares received and complain), the test
// decryption while the election is Ready, and once the polls are Closed
// the tally's partial decryption and the mix phase. Everything a trustee
// reads is on the chain; everything it computes from it (QUAL, the
// election key, the aggregates and the lists it decrypts) it computes
// itself with package tally, so that it never decrypts a ciphertext
// someone handed it.
//
// A trustee keeps one secret between the steps: its transport key x
// (crypto/trustee ExportSecret). Its key share s_j is never stored: it is
// rebuilt each time from x and the dealings on the chain. The secret is
// kept sealed in a file (see SaveSecret: Argon2id over a passphrase,
// XChaCha20-Poly1305, created with mode 0600).
//
// Before its test decryption (round 0), whose t shares are what lets the
// commission open the polls, a trustee re-derives QUAL, the election key
// and its own public share from the ceremony's posts and refuses
// (ErrMismatch, naming the difference) if the commission posted anything
// else (Verify; docs/protocol.md, section 12).
//
// After the close, when there are ranked or graded ballots, a trustee
// also mixes them in its turn and, once the commission has ended mixing,
// decrypts the final lists only if its own mix is valid in the chain of
// mixes that led to them (ErrNotMixer otherwise): decrypting lists it
// did not shuffle itself would link the ballots to the casts if every
// other mixer colluded. Its mix file and mix decryption are written to
// its files directory before their hashes are posted, so a restart at
// any point posts nothing twice and loses no posted file
// (docs/operations.md, "The mix phase").
//
// Step does whatever is due for the contract's state, so a trustee can
// run it repeatedly (evote trustee run) until the result is published.
//
// This package links crypto/trustee and holds secrets: a verifier must
// not import it (package tally/verify does not).
package ceremony

import "errors"

var (
	// ErrWaiting is returned by a step whose inputs are not all on the
	// chain yet (keys or dealings of other trustees): try again later.
	ErrWaiting = errors.New("ceremony: waiting for other trustees")
	// ErrNotTrustee is returned when the account is not one of the
	// election's trustees.
	ErrNotTrustee = errors.New("ceremony: account is not a trustee of this election")
	// ErrSecretFile is returned for a secret file that does not open:
	// wrong passphrase, tampered, another election, too open permissions.
	ErrSecretFile = errors.New("ceremony: unusable secret file")
	// ErrMismatch is returned when the chain does not hold what this
	// trustee posted or derives (its key, its share of QUAL, the
	// qualified set and election key the commission posted).
	ErrMismatch = errors.New("ceremony: the chain disagrees with this trustee")
)
