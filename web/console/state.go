package console

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/election"
)

// Where the console keeps its elections: one directory each,
// Dir/elections/N (N = 1, 2, ... in the order they were made), holding
// its state (stateFile), the voting codes of its roll imports and its
// record.
const (
	electionsDir = "elections"
	stateFile    = "election.json"
	// legacyState is the single election of a console from before it
	// managed several: moved to election 1 at start (migrate).
	legacyState = "console.json"
)

// State is what the console remembers of one election: the contract,
// its title and when it was made (for the list), whether it is
// archived, and once counted the tally that waits to be published.
type State struct {
	Contract  common.Address `json:"contract"`
	FromBlock uint64         `json:"fromBlock"`
	Title     election.Text  `json:"title,omitzero"`
	Created   time.Time      `json:"created,omitzero"`
	Archived  bool           `json:"archived,omitempty"`
	// Trustees are the trustees' names, in the contract's order: the
	// commission's labels, not on chain ("": none given).
	Trustees []string `json:"trustees,omitempty"`
	Tally    *Counted `json:"tally,omitempty"`
}

// trusteeList names trustees by their numbers (1-based) as people read
// them: "Anna Petrova (1), 3" (a trustee without a name by its number).
func (st *State) trusteeList(js []int) string {
	s := make([]string, len(js))
	for k, j := range js {
		s[k] = strconv.Itoa(j)
		if name := st.trusteeName(j - 1); name != "" {
			s[k] = name + " (" + s[k] + ")"
		}
	}
	return strings.Join(s, ", ")
}

// trusteeName is trustee i's (0-based) name, or "" if it has none.
func (st *State) trusteeName(i int) string {
	if i < 0 || i >= len(st.Trustees) {
		return ""
	}
	return st.Trustees[i]
}

// Counted is a tally made and not yet published (or published).
type Counted struct {
	Result     []byte      `json:"result"` // tally.EncodeResult, as the contract will hold it
	RecordHash common.Hash `json:"recordHash"`
	Counts     [][]uint64  `json:"counts"`            // per choice question (nil for a ranked or graded one)
	Winners    [][]int     `json:"winners,omitempty"` // per ranked or graded question, counted after the mix phase (nil for a choice)
	Counted    uint64      `json:"counted"`
	Casts      uint64      `json:"casts"`
	Published  uint64      `json:"publishedBlock,omitempty"`
}

// ElectionDir is the directory of the console's election n under the
// console's directory dir: its state, codes and record (RecordFile).
func ElectionDir(dir string, n int) string {
	return filepath.Join(dir, electionsDir, strconv.Itoa(n))
}

// entry is one of the console's elections.
type entry struct {
	n   int
	dir string

	mu sync.Mutex // guards st
	st State

	held held // the last roll import's codes, in memory only
}

// path is the election's pages' path prefix.
func (e *entry) path() string { return "/e/" + strconv.Itoa(e.n) + "/" }

// current is a copy of the election's state.
func (e *entry) current() State {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.st
}

// set changes the state and writes it.
func (e *entry) set(change func(*State)) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	st := e.st
	change(&st)
	if err := writeState(e.dir, &st); err != nil {
		return err
	}
	e.st = st
	return nil
}

// readElections reads every election under dir, after moving a single
// election of an older console into election 1.
func readElections(dir string) (map[int]*entry, error) {
	if err := migrate(dir); err != nil {
		return nil, err
	}
	des, err := os.ReadDir(filepath.Join(dir, electionsDir))
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("console: %w", err)
	}
	out := map[int]*entry{}
	for _, de := range des {
		n, err := strconv.Atoi(de.Name())
		if err != nil || n < 1 || !de.IsDir() {
			continue
		}
		e := &entry{n: n, dir: ElectionDir(dir, n)}
		data, err := os.ReadFile(filepath.Join(e.dir, stateFile))
		if errors.Is(err, os.ErrNotExist) {
			continue // a deployment cut short before its contract was mined
		}
		if err != nil {
			return nil, fmt.Errorf("console: %w", err)
		}
		if err := json.Unmarshal(data, &e.st); err != nil {
			return nil, fmt.Errorf("console: election %d: %s: %w", n, stateFile, err)
		}
		out[n] = e
	}
	return out, nil
}

// migrate moves the one election of a console directory from before
// elections were listed (console.json, codes/, the record) into
// election 1. The state file moves last, so that a migration cut short
// is finished at the next start.
func migrate(dir string) error {
	old := filepath.Join(dir, legacyState)
	if _, err := os.Stat(old); errors.Is(err, os.ErrNotExist) {
		return nil
	}
	to := ElectionDir(dir, 1)
	if err := os.MkdirAll(to, 0o700); err != nil {
		return fmt.Errorf("console: %w", err)
	}
	for _, name := range []string{"codes", RecordDraft, RecordFile, legacyState} {
		target := filepath.Join(to, name)
		if name == legacyState {
			target = filepath.Join(to, stateFile)
		}
		if err := os.Rename(filepath.Join(dir, name), target); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("console: moving the election to %s: %w", to, err)
		}
	}
	return nil
}

// writeState writes the state into dir (made if missing) atomically and
// durably.
func writeState(dir string, st *State) error {
	data, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("console: %w", err)
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
