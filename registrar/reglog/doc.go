// Package reglog is the registration log (docs/protocol.md, "The
// registration log"): a public record of every token the registrar
// issues, in which each voter, and only that voter and the registrar, can
// find their own line.
//
// # Leaf
//
// A voter's leaf is derived from the one-time voting code they already
// hold (package registrar/code), the election id and their voter id:
//
//	salt = SHA-256("evote/registration-log/v1/salt" || E || u8(len(v)) || v)
//	leaf = Argon2id(c, salt, t = 1, m = 1024 KiB, p = 1, 32 bytes)
//
// with Argon2id as RFC 9106 defines it (version 0x13, no secret, no
// associated data). The registrar computes every leaf when it generates
// the codes; the voter's page computes theirs in the browser.
//
// # Entry and tree
//
// An entry is leaf || u8(len(d)) || d, d the voter's district on the roll
// (empty without districts). A set of entries is split into 256 buckets by
// the leaf's first byte; each bucket, sorted by leaf, is hashed as the
// Merkle Tree Hash of RFC 9162 section 2.1.1 (leaf hashes SHA-256(0x00 ||
// entry), interior SHA-256(0x01 || left || right)), and the 256 bucket
// roots are the bottom of a perfect binary tree of interior nodes whose
// top is the root. A bucket's path is the 8 sibling hashes from its root
// up. A voter's check downloads one bucket (1/256 of the log) and its
// path, recomputes the bucket's root and folds the path to the root posted
// on chain (VerifyBucket).
//
// # Why a public leaf gives no code away
//
// The leaves are public; a code is not. A code is 60 uniform random bits,
// so whoever does not hold it must search: an expected 2^59 Argon2id
// evaluations of 1 MiB for one voter (about 0.8 ms each on one core of
// this project's machine, so about 10^7 CPU-years), which is exactly the
// cost of attacking a stolen copy of the registrar's credential store
// (code.DefaultParams): publishing the leaves makes no code easier to
// find than it already is. The salt binds the election id and the voter
// id, so nothing is precomputed: each search is for one voter in one
// election and helps with no other, and the same voter's leaves in two
// elections are unrelated. The registrar learns nothing from a leaf (it
// made the codes); whoever holds a voter's letter can compute that
// voter's leaf and see whether a token was issued in their name, which
// is less than what the letter already allows (voting with it).
//
// The district in an entry is public: it is what lets anyone count the
// issued tokens per district against the roll.
package reglog
