// Package registrar is the only part of the system that knows who the
// voters are. It authenticates a voter against the voter roll (package
// roll) with a one-time voting code (package code) or a pluggable
// Authenticator, and issues at most one RFC 9474 blind signature per voter
// per election (package crypto/blind): the signature on a token message
// the voter's booth blinded, so the registrar never sees the pseudonym it
// certifies.
//
// Issuance is crash-safe (see package store): the intent (voter, SHA-256
// of the blinded message) is recorded durably before signing and the
// signature is stored durably before it is returned, so a retry with the
// same blinded message gets the same signature, a different blinded
// message from a voter already bound to one is refused, and a crash at
// any point neither forgets an acknowledged signature nor lets a voter
// get two. If the store cannot be reached, issuance stops (fail closed).
//
// The HTTP/JSON API (Service.Handler) is documented in
// docs/registrar-api.md. Service.Run publishes the count of issued tokens
// through a CountPublisher, so that anyone can check ballots <= tokens <=
// voters on the roll.
//
// What is logged: never a voting code, never a blinded message or a
// signature; voter ids only when a client uses up its attempts for one
// (so that a help desk can answer a voter who reads too_many_attempts),
// never for issuance.
//
// Security caveats: the attempt limits (Limits) count wrong codes per
// client and per (voter id, client), never per voter id alone, so that
// nobody can lock a voter out from another network; the bound on
// guessing this leaves (docs/registrar-api.md, "The guessing bound")
// rests on the 60 bits of a code, the per-client limits and the cost of
// an Argon2id check. Clients are named by their address
// (Config.ClientID), which behind a proxy must be read from the header
// the proxy sets (ForwardedClient), or every voter counts as the proxy.
// Unknown voter ids cost the same Argon2id hash as known ones, and get
// the same answer as a wrong code.
package registrar
