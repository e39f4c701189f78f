package console

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
)

// stateFile is what the console remembers between starts.
const stateFile = "console.json"

// State is the console's election: the contract it manages and, once
// counted, the tally that waits to be published.
type State struct {
	Contract  common.Address `json:"contract"`
	FromBlock uint64         `json:"fromBlock"`
	Tally     *Counted       `json:"tally,omitempty"`
}

// Counted is a tally made and not yet published (or published).
type Counted struct {
	Result     []byte      `json:"result"` // tally.EncodeResult, as the contract will hold it
	RecordHash common.Hash `json:"recordHash"`
	Counts     [][]uint64  `json:"counts"`
	Counted    uint64      `json:"counted"`
	Casts      uint64      `json:"casts"`
	Published  uint64      `json:"publishedBlock,omitempty"`
}

func readState(dir string) (*State, error) {
	data, err := os.ReadFile(filepath.Join(dir, stateFile))
	if errors.Is(err, os.ErrNotExist) {
		return &State{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("console: %w", err)
	}
	var st State
	if err := json.Unmarshal(data, &st); err != nil {
		return nil, fmt.Errorf("console: %s: %w", stateFile, err)
	}
	return &st, nil
}

// writeState writes the state atomically and durably.
func writeState(dir string, st *State) error {
	data, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	path := filepath.Join(dir, stateFile)
	f, err := os.OpenFile(path+".tmp", os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return fmt.Errorf("console: %w", err)
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("console: %w", err)
	}
	return os.Rename(path+".tmp", path)
}
