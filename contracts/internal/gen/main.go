// Command gen writes the abigen v2 Go bindings of the contracts
// (contracts/ballotbox.go) from the committed solc output in
// contracts/build/. Run it with `go generate ./contracts` after
// `node build.js`; its test checks that the committed bindings are what it
// would write.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

// contract names one compiled contract and the Go file of its bindings.
type contract struct {
	name string // Solidity contract name: build/<name>.abi and .bin
	file string // generated Go file, relative to contracts/
}

var contracts = []contract{{name: "BallotBox", file: "ballotbox.go"}}

const pkg = "contracts"

func main() {
	log.SetFlags(0)
	dir := "." // go generate runs in contracts/
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	for _, c := range contracts {
		src, err := generate(dir, c)
		if err != nil {
			log.Fatalf("gen: %s: %v", c.name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, c.file), src, 0o644); err != nil {
			log.Fatalf("gen: %v", err)
		}
	}
}

// generate returns the bindings of c from dir/build.
func generate(dir string, c contract) ([]byte, error) {
	abiJSON, err := os.ReadFile(filepath.Join(dir, "build", c.name+".abi"))
	if err != nil {
		return nil, err
	}
	bin, err := os.ReadFile(filepath.Join(dir, "build", c.name+".bin"))
	if err != nil {
		return nil, err
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, abiJSON); err != nil {
		return nil, fmt.Errorf("%s.abi: %w", c.name, err)
	}
	code, err := abigen.BindV2([]string{c.name}, []string{compact.String()},
		[]string{string(bytes.TrimSpace(bin))}, pkg, nil, nil)
	if err != nil {
		return nil, err
	}
	return []byte(code), nil
}
