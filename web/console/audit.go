package console

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"sync"
	"time"
)

// Entry is one line of the audit log: when, who, what and how it ended.
// Prev is the SHA-256 of the previous line (hex; "" for the first), so
// that a line removed or changed in the middle breaks the chain.
type Entry struct {
	Time   time.Time `json:"time"`
	Who    string    `json:"who"`
	Action string    `json:"action"`
	Result string    `json:"result"` // "ok", "refused" or "failed"
	Detail string    `json:"detail,omitempty"`
	Prev   string    `json:"prev"`
}

// Audit is the append-only audit log: JSON lines in a file opened for
// appending only, each written and fsynced before the action's answer.
type Audit struct {
	mu   sync.Mutex
	f    *os.File
	last string // hash of the last line
}

// OpenAudit opens (or creates, 0600) the log at path and reads its last
// line's hash.
func OpenAudit(path string) (*Audit, error) {
	data, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return nil, fmt.Errorf("console: audit log: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("console: audit log: %w", err)
	}
	a := &Audit{f: f}
	if lines := bytes.Split(bytes.TrimSuffix(data, []byte("\n")), []byte("\n")); len(data) > 0 {
		a.last = lineHash(lines[len(lines)-1])
	}
	return a, nil
}

func lineHash(line []byte) string {
	sum := sha256.Sum256(line)
	return hex.EncodeToString(sum[:])
}

// Record appends an entry and fsyncs it. An action whose entry cannot be
// written must not be reported as done: callers check the error.
func (a *Audit) Record(who, action, result, detail string) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	line, err := json.Marshal(Entry{Time: time.Now().UTC(), Who: who, Action: action, Result: result, Detail: detail, Prev: a.last})
	if err != nil {
		return err
	}
	if _, err := a.f.Write(append(line, '\n')); err != nil {
		return fmt.Errorf("console: audit log: %w", err)
	}
	if err := a.f.Sync(); err != nil {
		return fmt.Errorf("console: audit log: %w", err)
	}
	a.last = lineHash(line)
	return nil
}

// Read returns the log's last n entries, newest first, and whether the
// hash chain of the whole file holds.
func (a *Audit) Read(n int) ([]Entry, bool, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	f, err := os.Open(a.f.Name())
	if err != nil {
		return nil, false, fmt.Errorf("console: audit log: %w", err)
	}
	defer f.Close()
	var all []Entry
	intact, prev := true, ""
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var e Entry
		if json.Unmarshal(sc.Bytes(), &e) != nil || e.Prev != prev {
			intact = false
		}
		prev = lineHash(sc.Bytes())
		all = append(all, e)
	}
	if sc.Err() != nil {
		intact = false
	}
	out := make([]Entry, 0, min(n, len(all)))
	for i := len(all) - 1; i >= 0 && len(out) < n; i-- {
		out = append(out, all[i])
	}
	return out, intact, nil
}

// Close closes the log.
func (a *Audit) Close() error { return a.f.Close() }
