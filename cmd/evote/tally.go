package main

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/internal/progress"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/mix"
)

// tallyFlags are the flags of the tally's steps.
type tallyFlags struct {
	fs       *flag.FlagSet
	rpc      *string
	contract *string
	key      *string
	from     *uint64
}

func newTallyFlags(name string) *tallyFlags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	return &tallyFlags{fs: fs,
		rpc:      fs.String("rpc", "http://127.0.0.1:8545", "chain node JSON-RPC"),
		contract: fs.String("contract", "", "the election's ballot-box contract address"),
		key:      fs.String("key", "commission.key", "hex secp256k1 key of the commission's chain account"),
		from:     fs.Uint64("from", 0, "first block to search for the contract's events"),
	}
}

// dial connects to the contract and, with account, loads the key.
func (f *tallyFlags) dial(ctx context.Context, account bool) (*ballotbox.Client, *bind.TransactOpts, func(), error) {
	if !common.IsHexAddress(*f.contract) {
		return nil, nil, nil, fmt.Errorf("--contract %q is not an address", *f.contract)
	}
	c, err := ethclient.DialContext(ctx, *f.rpc)
	if err != nil {
		return nil, nil, nil, err
	}
	box := ballotbox.New(c, common.HexToAddress(*f.contract))
	if !account {
		return box, nil, c.Close, nil
	}
	id, err := c.ChainID(ctx)
	if err == nil {
		var opts *bind.TransactOpts
		if opts, err = accountOpts(*f.key, id.Uint64()); err == nil {
			return box, opts, c.Close, nil
		}
	}
	c.Close()
	return nil, nil, nil, err
}

// runTally is the tally's command line:
//
//	evote tally [count] --contract ADDR [--registrar URL] [--files DIR] [--record FILE] [--no-publish]
//	evote tally ceremony --contract ADDR   the commission ends the key ceremony
//	evote tally test --contract ADDR       check the test decryption
func runTally(ctx context.Context, args []string) error {
	if len(args) > 0 && args[0] == "ceremony" {
		return tallyCeremony(ctx, args[1:])
	}
	if len(args) > 0 && args[0] == "test" {
		return tallyTest(ctx, args[1:])
	}
	if len(args) > 0 && args[0] == "count" {
		args = args[1:]
	}
	f := newTallyFlags("tally")
	record := f.fs.String("record", "", "write the election record to this file (must not exist)")
	dry := f.fs.Bool("no-publish", false, "count without publishing the result")
	registrar := f.fs.String("registrar", "http://127.0.0.1:8082", "the registrar's URL, to read its registration log (checked against its posts on chain and written in the record)")
	files := f.fs.String("files", "", "the directory of the mix phase's files (mixes and mix shares, named by their SHA-256): needed for ranked and graded questions")
	if err := f.fs.Parse(args); err != nil {
		return err
	}
	box, opts, done, err := f.dial(ctx, !*dry)
	if err != nil {
		return err
	}
	defer done()
	o := tally.Options{From: *f.from, Progress: os.Stderr, Publish: opts,
		Log: tally.RegistrarLog(*registrar, &http.Client{Timeout: 10 * time.Minute,
			Transport: progress.Transport(nil, os.Stderr, "registration log bytes")})}
	if *files != "" {
		o.Files = mix.Dir(*files)
	}
	if *record != "" {
		out, err := os.OpenFile(*record, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err != nil {
			return err
		}
		defer out.Close()
		o.Record = out
	}
	if err := tally.AwaitFinalCount(ctx, box, os.Stderr); err != nil {
		return err
	}
	res, err := tally.Run(ctx, box, o)
	if err != nil {
		return err
	}
	printTally(res)
	return nil
}

func printTally(res *tally.Outcome) {
	m, t := res.Election.Manifest, res.Tally
	fmt.Printf("casts %d, counted %d; verdicts %v\n", res.Election.Header.Casts, t.Counted, t.Verdicts)
	fmt.Printf("decrypted with trustees %v; rejected %v\n", t.Decryption.Used, t.Decryption.Rejected)
	for q, counts := range t.Counts {
		fmt.Printf("question %d: %s\n", q+1, m.Questions[q].Title.EN)
		if m.Questions[q].Mixed() && res.Mix != nil {
			res.Mix.Print(os.Stdout, m, q)
		}
		for o, n := range counts {
			fmt.Printf("  %8d  %s\n", n, m.Questions[q].Options[o].Title.EN)
		}
	}
	fmt.Printf("record hash %x\n", res.RecordHash)
	if p := res.Published; p != nil {
		fmt.Printf("published in block %d, transaction %s\n", p.Block, p.Tx.Hex())
	}
}

// tallyCeremony is the commission's end of the key ceremony.
func tallyCeremony(ctx context.Context, args []string) error {
	f := newTallyFlags("tally ceremony")
	if err := f.fs.Parse(args); err != nil {
		return err
	}
	box, opts, done, err := f.dial(ctx, true)
	if err != nil {
		return err
	}
	defer done()
	e, err := tally.FinishCeremony(ctx, box, opts, *f.from)
	if err != nil {
		return err
	}
	c := e.Header.Ceremony
	fmt.Printf("key ceremony finished: QUAL %v, excluded %v, false complaints %v\nelection key %x\n",
		c.Qualified, c.Excluded, c.FalseComplaints, e.Result.Key.Bytes())
	return nil
}

// tallyTest checks the test decryption (run it before opening the polls).
func tallyTest(ctx context.Context, args []string) error {
	f := newTallyFlags("tally test")
	if err := f.fs.Parse(args); err != nil {
		return err
	}
	box, _, done, err := f.dial(ctx, false)
	if err != nil {
		return err
	}
	defer done()
	e, err := tally.CheckTest(ctx, box, *f.from)
	if err != nil {
		return err
	}
	fmt.Printf("test decryption ok: trustees %v decrypt to %v; rejected %v\n",
		e.Header.Test.Used, e.Header.Test.Values, e.Header.Test.Rejected)
	return nil
}
