package verify

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/internal/progress"
	"github.com/evote-org/evote/tally"
)

// Main is the verifier's command line, shared by "evote verify" and the
// stand-alone tally/cmd/evote-verify:
//
//	verify --rpc URL --contract ADDR (--registrar URL | --log FILE) [--files DIR|URL] [--from BLOCK] [--voters N] [--out FILE]
//	verify --record FILE [--files DIR|URL] [--voters N]
//	verify --opening FILE (--rpc URL [--contract ADDR] | --record FILE)
//
// It prints the numbered checks and the counts on stdout, progress on
// stderr, and returns ErrFailed if any check fails. With --opening it
// checks an opened ballot (the booth's Benaloh check) against the
// election of the chain or the record instead, prints what it encrypts
// or every problem, and returns ErrFailed if it does not open.
func Main(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("verify", flag.ContinueOnError)
	fs.SetOutput(stderr)
	rpc := fs.String("rpc", "", "JSON-RPC URL of any node of the election's chain")
	contract := fs.String("contract", "", "address of the election's ballot-box contract")
	record := fs.String("record", "", "verify this election record file offline instead of the chain")
	from := fs.Uint64("from", 0, "first block to search for the contract's events")
	voters := fs.Uint64("voters", 0, "voters of the election as the election office published them: the roll the registrar committed to must have as many (0: not checked)")
	registrar := fs.String("registrar", "", "the registrar's public URL, to read the registration log from (chain mode)")
	logFile := fs.String("log", "", "read the registration log from this election record instead of the registrar (chain mode)")
	out := fs.String("out", "", "write the re-derived election record to this file (chain mode)")
	quiet := fs.Bool("quiet", false, "no progress bar")
	filesAt := fs.String("files", "", "the mix phase's files (mixes and mix shares, named by their SHA-256): a directory, or the URL they are served at (https://site/record/files); needed for ranked and graded questions")
	opening := fs.String("opening", "", "check this opened ballot (the booth's \"check on another device\") against the election of --rpc or --record")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *opening != "" {
		return openedMain(ctx, *opening, *rpc, *contract, *record, *from, stdout)
	}
	opts := Options{Voters: *voters, Progress: stderr}
	if *filesAt != "" {
		opts.Files = files(*filesAt)
	}
	if *quiet {
		opts.Progress = nil
	}
	start := time.Now()
	rep, err := run(ctx, source{*rpc, *contract, *record, *registrar, *logFile}, *from, *out, opts)
	if err != nil {
		return err
	}
	rep.Print(stdout)
	fmt.Fprintf(stdout, "verified in %v\n", time.Since(start).Round(time.Millisecond))
	if !rep.OK() {
		return ErrFailed
	}
	return nil
}

// source is where a verification reads the election: a record file, or
// a chain node and the registration log's entries.
type source struct {
	rpc, contract, record string
	registrar, log        string
}

func run(ctx context.Context, src source, from uint64, out string, opts Options) (*Report, error) {
	if out != "" {
		f, err := os.OpenFile(out, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		opts.Out = f
	}
	if src.record != "" {
		f, err := os.Open(src.record)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return Record(f, opts)
	}
	if src.rpc == "" || !common.IsHexAddress(src.contract) {
		return nil, errors.New("verify: give --rpc URL and --contract ADDRESS, or --record FILE")
	}
	c, err := ethclient.DialContext(ctx, src.rpc)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	box := ballotbox.New(c, common.HexToAddress(src.contract))
	if opts.Log, err = readLog(ctx, box, src, opts.Progress); err != nil {
		return nil, err
	}
	return Chain(ctx, box, from, opts)
}

// readLog reads the registration log from the registrar (reporting the
// download on stderr, nil: not) or a record.
func readLog(ctx context.Context, box *ballotbox.Client, src source, stderr io.Writer) (*tally.Log, error) {
	var logs tally.LogSource
	switch {
	case src.log != "":
		f, err := os.Open(src.log)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		logs = tally.ReadLog(f)
	case src.registrar != "":
		logs = tally.RegistrarLog(src.registrar, &http.Client{Timeout: 10 * time.Minute,
			Transport: progress.Transport(nil, stderr, "registration log bytes")})
	default:
		return nil, ErrNoLog
	}
	tctx, err := box.Context(ctx)
	if err != nil {
		return nil, err
	}
	return logs(ctx, tctx.ElectionID)
}
