// Package contracts holds the Go bindings (abigen v2) of the evote
// contracts: BallotBox, the ballot box of one election (BallotBox.sol).
//
// Everything here is generated: BallotBox.sol is compiled by build.js with
// the solc pinned in package.json into build/ (check-build proves the
// committed build/ reproduces byte-for-byte), and ballotbox.go is
// generated from build/ by internal/gen (its test fails on any
// difference). Use package ballotbox for a typed client.
package contracts

//go:generate go run ./internal/gen
