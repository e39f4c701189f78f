package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/crypto"
)

// runAccount makes a chain account key (for the commission, the relay, the
// registrar or a trustee) and prints its address, which the chain's
// genesis funds (evote node --fund) or the commission names.
func runAccount(_ context.Context, args []string) error {
	if len(args) == 0 || args[0] != "new" {
		return errors.New("usage: evote account new --out FILE")
	}
	fs := flag.NewFlagSet("account new", flag.ContinueOnError)
	out := fs.String("out", "account.key", "where to write the key (hex, mode 0600)")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if _, err := os.Stat(*out); err == nil {
		return fmt.Errorf("%s exists; refusing to overwrite a key", *out)
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		return err
	}
	if err := crypto.SaveECDSA(*out, key); err != nil {
		return err
	}
	fmt.Println(crypto.PubkeyToAddress(key.PublicKey).Hex())
	return nil
}
