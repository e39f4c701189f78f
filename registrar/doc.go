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
// signature; voter ids only for lockouts (so that a help desk can answer
// a locked-out voter), never for issuance.
//
// Security caveats: the per-voter attempt limit counts every attempt, so
// anyone who knows a voter id can lock that voter out for one window
// (Limits.VoterWindow); the per-client limit keys on the client address
// (Config.ClientID), which behind a proxy must be read from a header the
// proxy sets. Unknown voter ids cost the same Argon2id hash as known ones,
// and get the same answer as a wrong code.
package registrar
