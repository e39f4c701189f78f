// Package relay is the ballot relay: it takes a voter's cast from the
// booth over HTTP or WebSocket, runs the validity predicate (package
// ballotbox/validity) and the contract's own preconditions on it, keeps
// it in a durable outbox, submits it to the ballot-box contract from the
// relay's own account, and tells the booth when the chain has included
// it. The API is specified in docs/relay-api.md.
//
// The path of a cast:
//
//  1. Submit checks sizes, then that the polls are Open, that the
//     pseudonym has not voted (HasVoted), and validity.Check on the cast
//     as if it were in the block after the current head. An invalid cast
//     is rejected with a reason and never reaches the chain.
//  2. The cast is written to the outbox (Pebble, with a synced write-ahead
//     log) before the relay answers "accepted": a crash of the relay or of
//     the chain node after that answer cannot lose it.
//  3. After a random delay (Config.MaxDelay, default 10 s) and in
//     shuffled batches (Config.BatchInterval, default 1 s), one submitter
//     goroutine sends it.
//     It owns the account's nonce: it reads it from the node
//     (PendingNonceAt) at start and whenever a send fails or the node's
//     pool lost transactions (a node restart empties it), and it sends
//     with a fixed gas limit and fee caps, so a cast costs one RPC.
//  4. A watcher reads the contract's BallotCast logs from a remembered
//     block. An outbox entry is done when its pseudonym's ballot is on the
//     chain: included if the bytes are the entry's, rejected
//     ("already-voted") if they are another ballot of the same pseudonym.
//     Entries not seen included are sent again; duplicates are harmless,
//     because the contract refuses a second cast per pseudonym.
//
// Privacy: the relay keeps no IP address with a ballot. It logs none (the
// server from Relay.Server redacts addresses from net/http's own error
// log), stores none, and keys its in-memory rate limiter on a salted hash
// of the client's address. The delay decorrelates the time a cast
// reaches the relay (and the time its voter asked the registrar for a
// token) from the time the ballot appears on chain; the shuffled batches
// keep the order of a block's ballots from being the order of their
// arrival. docs/performance.md has the measured cost and effect.
//
// Caveats: the relay's account must be used by this relay alone (it
// assumes it owns the nonce). A chain without instant finality would need
// the watcher to wait for confirmations; the project's chain (CometBFT in
// front of go-ethereum, or the embedded node) does not reorganise.
package relay
