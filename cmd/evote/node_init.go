package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/evote-org/evote/chain"
)

// stringList is a repeatable flag of strings.
type stringList []string

func (l *stringList) String() string { return strings.Join(*l, ",") }

func (l *stringList) Set(v string) error {
	*l = append(*l, strings.Split(v, ",")...)
	return nil
}

// runNodeKey makes an authority's keys in its data directory and prints
// the public entry it sends to whoever assembles the network
// configuration.
func runNodeKey(args []string) error {
	fs := flag.NewFlagSet("node key", flag.ContinueOnError)
	dataDir := fs.String("datadir", "evote-data/chain", "the authority's chain data directory (keys are made here)")
	name := fs.String("name", "", "the authority's name (required)")
	host := fs.String("host", "127.0.0.1", "IP address the other authorities reach this node at")
	cport := fs.Int("consensus-port", 26656, "CometBFT port")
	pport := fs.Int("peer-port", 30303, "go-ethereum devp2p port")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *name == "" {
		return fmt.Errorf("node key: --name is required")
	}
	a, err := chain.NewAuthority(*dataDir, *name, *host, *cport, *pport)
	if err != nil {
		return err
	}
	b, _ := json.MarshalIndent(a, "", "  ")
	fmt.Println(string(b))
	return nil
}

// runNodeInit writes a network configuration: from authority entries made
// by evote node key (--entry), or for N authorities whose keys it makes
// itself under --dir (a test network on one machine).
func runNodeInit(args []string) error {
	fs := flag.NewFlagSet("node init", flag.ContinueOnError)
	var fund addressList
	var names, entries stringList
	dir := fs.String("dir", "evote-network", "output directory: network.json and, without --entry, one data directory per authority")
	count := fs.Int("authorities", 4, "number of authorities to make keys for (named authority-1, ...), without --names or --entry")
	fs.Var(&names, "names", "names of the authorities to make keys for (comma-separated)")
	fs.Var(&entries, "entry", "an authority entry file from evote node key (repeatable)")
	host := fs.String("host", "127.0.0.1", "IP address of the authorities made here")
	port := fs.Int("port", 26656, "first port of the authorities made here (each takes two: CometBFT, devp2p)")
	chainID := fs.Uint64("chain-id", chain.DefaultChainID, "chain id")
	period := fs.Duration("block-period", chain.DefaultBlockPeriod, "block interval (whole seconds)")
	gas := fs.Uint64("gas-limit", chain.DefaultGasLimit, "block gas limit")
	fs.Var(&fund, "fund", "address funded at genesis (repeatable, comma-separated)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var auths []chain.Authority
	var err error
	if len(entries) > 0 {
		auths, err = readEntries(entries)
	} else {
		auths, err = makeAuthorities(*dir, authorityNames(names, *count), *host, *port)
	}
	if err != nil {
		return err
	}
	n, err := chain.NewNetwork(*chainID, *period, *gas, fund.alloc(), auths)
	if err != nil {
		return err
	}
	path := filepath.Join(*dir, "network.json")
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return err
	}
	if err := n.Save(path); err != nil {
		return err
	}
	fmt.Println(path)
	return nil
}

func authorityNames(names []string, count int) []string {
	if len(names) > 0 {
		return names
	}
	out := make([]string, count)
	for i := range out {
		out[i] = fmt.Sprintf("authority-%d", i+1)
	}
	return out
}

func makeAuthorities(dir string, names []string, host string, port int) ([]chain.Authority, error) {
	auths := make([]chain.Authority, len(names))
	for i, name := range names {
		a, err := chain.NewAuthority(filepath.Join(dir, name), name, host, port+2*i, port+2*i+1)
		if err != nil {
			return nil, err
		}
		auths[i] = a
	}
	return auths, nil
}

func readEntries(paths []string) ([]chain.Authority, error) {
	auths := make([]chain.Authority, len(paths))
	for i, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		if err := json.Unmarshal(b, &auths[i]); err != nil {
			return nil, fmt.Errorf("node init: %s: %w", p, err)
		}
	}
	return auths, nil
}
