// Command evote-verify is the stand-alone independent verifier of an
// election (package tally/verify): the same as "evote verify", in a
// binary that links no secret-holding package, for observers.
//
//	evote-verify --rpc http://node:8545 --contract 0x...
//	evote-verify --record election.jsonl
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"

	"github.com/evote-org/evote/tally/verify"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	err := verify.Main(ctx, os.Args[1:], os.Stdout, os.Stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
		os.Exit(2)
	case err != nil:
		fmt.Fprintln(os.Stderr, "evote-verify:", err)
		os.Exit(1)
	}
}
