package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/tally"
)

// commissionFlags are the flags every commission step shares.
type commissionFlags struct {
	fs       *flag.FlagSet
	rpc      *string
	key      *string
	contract *string
}

func newCommissionFlags(name string) *commissionFlags {
	fs := flag.NewFlagSet("commission "+name, flag.ContinueOnError)
	return &commissionFlags{
		fs:       fs,
		rpc:      fs.String("rpc", "http://127.0.0.1:8545", "chain node JSON-RPC"),
		key:      fs.String("key", "commission.key", "hex secp256k1 key of the commission's chain account"),
		contract: fs.String("contract", "", "the election's ballot-box contract address"),
	}
}

// connect dials the node and loads the commission's transactor.
func (f *commissionFlags) connect(ctx context.Context) (*ethclient.Client, *bind.TransactOpts, error) {
	c, err := ethclient.DialContext(ctx, *f.rpc)
	if err != nil {
		return nil, nil, err
	}
	id, err := c.ChainID(ctx)
	if err != nil {
		c.Close()
		return nil, nil, err
	}
	opts, err := accountOpts(*f.key, id.Uint64())
	if err != nil {
		c.Close()
		return nil, nil, err
	}
	opts.Context = ctx
	return c, opts, nil
}

// runCommission dispatches the commission's steps.
func runCommission(ctx context.Context, args []string) error {
	steps := map[string]func(context.Context, []string) error{
		"deploy":         commissionDeploy,
		"set-registrar":  commissionSetRegistrar,
		"start-ceremony": commissionStep("start-ceremony", (*ballotbox.Client).StartKeyCeremony),
		"open":           commissionOpen,
		"close":          commissionStep("close", (*ballotbox.Client).ClosePolls),
		"finish-mix":     commissionFinishMix,
		"console":        commissionConsole,
	}
	if len(args) == 0 || steps[args[0]] == nil {
		return errors.New("usage: evote commission deploy|set-registrar|start-ceremony|open|close|finish-mix|console [flags]")
	}
	return steps[args[0]](ctx, args[1:])
}

// commissionDeploy creates the election's contract from a manifest.
func commissionDeploy(ctx context.Context, args []string) error {
	f := newCommissionFlags("deploy")
	manifestPath := f.fs.String("manifest", "manifest.json", "the election manifest (JSON; published in canonical form)")
	trustees := f.fs.String("trustees", "", "comma-separated trustee account addresses")
	threshold := f.fs.Int("threshold", 0, "trustees needed to decrypt (t of n)")
	if err := f.fs.Parse(args); err != nil {
		return err
	}
	raw, err := os.ReadFile(*manifestPath)
	if err != nil {
		return err
	}
	data, err := election.Canonical(raw) // the bytes published and hashed
	if err != nil {
		return err
	}
	var addrs []common.Address
	for _, s := range strings.Split(*trustees, ",") {
		if !common.IsHexAddress(s) {
			return fmt.Errorf("--trustees: %q is not an address", s)
		}
		addrs = append(addrs, common.HexToAddress(s))
	}
	c, opts, err := f.connect(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	box, tx, err := ballotbox.Deploy(opts, c, ballotbox.Params{Commission: opts.From, Manifest: data, Trustees: addrs, Threshold: *threshold})
	if err != nil {
		return err
	}
	if err := mined(ctx, box, tx, "deploy"); err != nil {
		return err
	}
	fmt.Println(box.Address().Hex())
	return nil
}

// commissionSetRegistrar posts the registrar's account and public key.
func commissionSetRegistrar(ctx context.Context, args []string) error {
	f := newCommissionFlags("set-registrar")
	account := f.fs.String("registrar", "", "the registrar's chain account address")
	pubPath := f.fs.String("public", "registrar-key.pub.der", "the registrar's public key (PKIX DER, from evote registrar key)")
	if err := f.fs.Parse(args); err != nil {
		return err
	}
	if !common.IsHexAddress(*account) {
		return errors.New("--registrar: an address is required")
	}
	pub, err := os.ReadFile(*pubPath)
	if err != nil {
		return err
	}
	return f.send(ctx, "set-registrar", func(box *ballotbox.Client, opts *bind.TransactOpts) (*types.Transaction, error) {
		return box.SetRegistrar(opts, common.HexToAddress(*account), pub)
	})
}

// commissionStep is a state transition that takes no argument.
func commissionStep(name string, step func(*ballotbox.Client, *bind.TransactOpts) (*types.Transaction, error)) func(context.Context, []string) error {
	return func(ctx context.Context, args []string) error {
		f := newCommissionFlags(name)
		if err := f.fs.Parse(args); err != nil {
			return err
		}
		return f.send(ctx, name, step)
	}
}

// commissionOpen opens the polls once the whole test decryption checks
// out (tally.CheckTest: the ceremony settles as posted and t round-0
// shares decrypt the test values); otherwise it says what is missing or
// wrong and sends nothing. The contract refuses an opening with fewer
// than t shares anyway; the check also refuses a key the ceremony's posts
// do not give.
func commissionOpen(ctx context.Context, args []string) error {
	f := newCommissionFlags("open")
	from := f.fs.Uint64("from", 0, "first block to search for the contract's events (its creation block)")
	if err := f.fs.Parse(args); err != nil {
		return err
	}
	return f.send(ctx, "open", func(box *ballotbox.Client, opts *bind.TransactOpts) (*types.Transaction, error) {
		if _, err := tally.CheckTest(ctx, box, *from); err != nil {
			return nil, fmt.Errorf("not opening the polls: %w", err)
		}
		if _, n, err := box.Roll(ctx); err != nil {
			return nil, err
		} else if n == 0 {
			return nil, errors.New("not opening the polls: the registrar has not posted its roll (it does so by itself when it runs with the roll imported)")
		}
		return box.OpenPolls(opts)
	})
}

// commissionFinishMix ends mixing (finishMix) once at least one mix is
// valid: it reads and checks every cast and every mix posted (minutes
// for a large election), prints each qualified trustee's mix and its
// verdict, and refuses, saying who mixed and whose mix was skipped, when
// no mix is valid.
func commissionFinishMix(ctx context.Context, args []string) error {
	f := newCommissionFlags("finish-mix")
	from := f.fs.Uint64("from", 0, "first block to search for the contract's events (its creation block)")
	files := f.fs.String("files", "files", "the election's files directory, holding the mixers' mix files")
	if err := f.fs.Parse(args); err != nil {
		return err
	}
	box, opts, done, err := f.box(ctx)
	if err != nil {
		return err
	}
	defer done()
	e, acc, err := tally.Accumulate(ctx, box, *from, os.Stderr)
	if err != nil {
		return err
	}
	c, err := tally.NewMixChain(e, acc, *files)
	if err != nil {
		return err
	}
	if c == nil {
		return errors.New("finish-mix: nothing to mix (no ranked or graded ballot was counted): the tally needs no mix")
	}
	return tally.FinishMix(ctx, box, opts, c)
}

// send runs one transaction on the contract and waits for it.
func (f *commissionFlags) send(ctx context.Context, name string, tx func(*ballotbox.Client, *bind.TransactOpts) (*types.Transaction, error)) error {
	box, opts, done, err := f.box(ctx)
	if err != nil {
		return err
	}
	defer done()
	t, err := tx(box, opts)
	if err != nil {
		return err
	}
	return mined(ctx, box, t, name)
}

// box dials the node and binds the election's contract.
func (f *commissionFlags) box(ctx context.Context) (*ballotbox.Client, *bind.TransactOpts, func(), error) {
	if !common.IsHexAddress(*f.contract) {
		return nil, nil, nil, errors.New("--contract: an address is required")
	}
	c, opts, err := f.connect(ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	return ballotbox.New(c, common.HexToAddress(*f.contract)), opts, c.Close, nil
}

func mined(ctx context.Context, box *ballotbox.Client, tx *types.Transaction, name string) error {
	r, err := box.WaitMined(ctx, tx)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	fmt.Fprintf(os.Stderr, "%s: mined in block %d (tx %s)\n", name, r.BlockNumber, tx.Hash().Hex())
	return nil
}
