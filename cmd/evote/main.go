// Command evote runs the roles of the evote voting system. Each role is a
// subcommand over the library packages (in the manner of geth and
// cometbft):
//
//	evote node       run the election's chain node (embedded go-ethereum)
//	evote registrar  the registrar: election key, voting codes, issuance
//	evote commission the commission's steps on the election's contract
//	evote account    make a chain account key, print a key's address
//	evote relay      a ballot relay: the booth's HTTP/WebSocket API to the chain
//	evote site       the voter booth's web site
//	evote trustee    a trustee's key, ceremony steps and decryption
//	evote tally      the commission's tally and the election record
//	evote verify     re-check everything from the chain or a record
//	evote up         a whole demo election in one process (run from the source tree)
//	evote demo       a scripted election with N voters and a table of timings
//	evote bench      a whole election at a city's size, measured stage by stage
//	evote version    what this binary was built from (also: evote --version)
//
// Run "evote <command> -h" for a command's flags. Every command also
// takes --config FILE, a JSON file of its flags ({"version": 1, "rpc":
// "http://...", ...}; flags on the command line override it), and
// --log-format text|json for its structured logs (log/slog) on stderr.
package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"sort"
	"syscall"
)

// command is one subcommand: its one-line summary and its entry point.
type command struct {
	summary string
	run     func(ctx context.Context, args []string) error
}

var commands = map[string]command{
	"node":       {"run the election's chain node (embedded go-ethereum)", runNode},
	"registrar":  {"the registrar: key, voting codes, issuance service", runRegistrar},
	"commission": {"the commission: deploy, set registrar, start ceremony, open, close; its web console", runCommission},
	"account":    {"make a chain account key (new), print a key file's address (address)", runAccount},
	"relay":      {"run a ballot relay (booth API over HTTP/WebSocket, durable outbox)", runRelay},
	"site":       {"serve the voter booth (pages, WebAssembly, a read-only chain API; the registrar and the relay are other origins)", runSite},
	"trustee":    {"a trustee: key, ceremony steps, decryption", runTrustee},
	"tally":      {"the commission's tally: finish the ceremony, count, publish", runTally},
	"verify":     {"re-check an election from the chain or a record", runVerify},
	"demo":       {"a scripted whole election with timings: key ceremony, N voters over HTTP, tally, verify", runDemo},
	"bench":      {"a whole election at full size, measured: voters made ahead, relays, chain, tally, verify (election); an ingest plot (plot)", runBench},
	"up":         {"a whole demo election in one process: chain, registrar, relay, trustees, booth", runUp},
	"version":    {"print the module version, VCS revision and time, and Go version of this build", runVersion},
}

func main() {
	if len(os.Args) < 2 {
		usage()
		os.Exit(2)
	}
	if os.Args[1] == "--version" || os.Args[1] == "-version" {
		os.Args[1] = "version"
	}
	cmd, ok := commands[os.Args[1]]
	if !ok {
		fmt.Fprintf(os.Stderr, "evote: unknown command %q\n", os.Args[1])
		usage()
		os.Exit(2)
	}
	if err := runCommand(os.Args[1], cmd); err != nil {
		fmt.Fprintf(os.Stderr, "evote %s: %v\n", os.Args[1], err)
		os.Exit(1)
	}
}

// runCommand reads the common options, sets up the logger and runs cmd
// until it returns or the process is told to stop.
func runCommand(name string, cmd command) error {
	args, o, err := prepare(os.Args[2:])
	if err != nil {
		return err
	}
	logger, err := o.logger(os.Stderr)
	if err != nil {
		return err
	}
	slog.SetDefault(logger)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return o.explain(name, cmd.run(ctx, args))
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: evote <command> [flags]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for name := range commands {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(os.Stderr, "  %-10s %s\n", name, commands[name].summary)
	}
}
