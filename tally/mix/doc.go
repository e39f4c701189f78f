// Package mix is the public side of the mix phase (docs/protocol.md,
// sections 14.8 and 14.9): how the ranked and graded ballots of an
// election go from the initial lists, through a chain of mixers, to
// decrypted ballots and a count, and every check an observer runs on it.
//
//   - Files: the bulky bytes of the phase (mix files, mix share files)
//     are content-addressed, named by their SHA-256 (Dir); the chain holds
//     only the hashes.
//   - ListsHash: the hash of the lists of every mixed question, which a
//     mix post names as its input and output.
//   - File: a mixer's output lists and shuffle proofs, one per question.
//   - Check: which mix posts count. A post is valid iff its input is the
//     current lists, its file is there, parses, hashes to its output and
//     every proof verifies; a valid post's output becomes the current
//     lists, an invalid one is named with its reason and skipped.
//   - Decrypt: the mix share files of the trustees whose own mix is
//     valid, verified and combined (the first t by index), and each value
//     found in [0, top] (a value outside spoils its ballot).
//   - Seed and CountQuestion: the count of each question by its method,
//     with a lot seeded by the multiset of its ballots.
//
// The secret half, a mixer's shuffle, is package mix/mixer; this package
// holds no secret and links neither crypto/shuffle/mixer nor
// crypto/trustee (TestNoSecrets).
//
// Not constant time: everything here is public data.
package mix
