package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/ethereum/go-ethereum/crypto"
)

// runAccount is the chain accounts' command line:
//
//	evote account new --out FILE   make a key (for the commission, the relay,
//	                               the registrar or a trustee) and print its address
//	evote account address FILE     print the address of a key file
//
// The address is what the chain's genesis funds (evote node --fund) and
// what the commission names (a trustee, the registrar).
func runAccount(_ context.Context, args []string) error {
	if len(args) == 0 {
		return errAccountUsage
	}
	switch args[0] {
	case "new":
		return accountNew(args[1:], os.Stdout)
	case "address":
		return accountAddress(args[1:], os.Stdout)
	}
	return errAccountUsage
}

var errAccountUsage = errors.New("usage: evote account new --out FILE | evote account address FILE")

func accountNew(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("account new", flag.ContinueOnError)
	path := fs.String("out", "account.key", "where to write the key (hex, mode 0600)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if _, err := os.Stat(*path); err == nil {
		return fmt.Errorf("%s exists; refusing to overwrite a key", *path)
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		return err
	}
	if err := crypto.SaveECDSA(*path, key); err != nil {
		return err
	}
	_, err = fmt.Fprintln(out, crypto.PubkeyToAddress(key.PublicKey).Hex())
	return err
}

// accountAddress prints the address of the account whose key file (hex,
// as evote account new writes it) is given; the key itself is never
// printed.
func accountAddress(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("account address", flag.ContinueOnError)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return errors.New("usage: evote account address FILE")
	}
	key, err := crypto.LoadECDSA(fs.Arg(0))
	if err != nil {
		return fmt.Errorf("%s: not an account key file: %w", fs.Arg(0), err)
	}
	_, err = fmt.Fprintln(out, crypto.PubkeyToAddress(key.PublicKey).Hex())
	return err
}
