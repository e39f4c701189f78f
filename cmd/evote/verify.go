package main

import (
	"context"
	"os"

	"github.com/evote-org/evote/tally/verify"
)

// runVerify is the independent verifier (package tally/verify):
//
//	evote verify --rpc URL --contract ADDR [--voters N] [--out FILE]
//	evote verify --record FILE
//
// This all-in-one binary also links the registrar's signer; observers who
// want a verifier that links no secret-holding code build the same
// command alone: go build ./tally/cmd/evote-verify.
func runVerify(ctx context.Context, args []string) error {
	return verify.Main(ctx, args, os.Stdout, os.Stderr)
}
