package registrar

import (
	"context"
	"crypto/rand"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/evote-org/evote/internal/defaults"
	"github.com/evote-org/evote/internal/progress"
	"github.com/evote-org/evote/registrar/code"
	"github.com/evote-org/evote/registrar/reglog"
	"github.com/evote-org/evote/registrar/roll"
	"github.com/evote-org/evote/registrar/store"
)

// ErrCodesExist is returned by GenerateCodes when the store already holds
// credentials and CodeConfig.Replace is not set.
var ErrCodesExist = errors.New("registrar: the store already holds voting codes")

// CodeConfig configures GenerateCodes; the zero value is valid.
type CodeConfig struct {
	Params  code.Params // zero: code.DefaultParams
	Workers int         // parallel hashes; zero: GOMAXPROCS
	Batch   int         // credentials per store write; zero: 1000
	Rand    io.Reader   // nil: crypto/rand.Reader
	// Progress reports the codes made, a bar with an estimate on a
	// terminal, log lines elsewhere (nil: none).
	Progress io.Writer
	// Replace allows replacing codes already in the store: every voter in
	// voters gets a new code and the old one stops working.
	Replace bool
}

// GenerateCodes makes a fresh one-time voting code for each voter of the
// election electionID, stores its Argon2id hash and the voter's
// registration-log entry (registrar/reglog: a second Argon2id of the code,
// salted with the election and the voter, and the voter's district), and
// writes CSV to out: a header "voter_id,code", then one line per voter in
// the given order, the code printed as XXXX-XXXX-XXXX. out is the only
// copy of the codes: it goes to the printer or the mail house and is then
// destroyed. A batch's hashes are stored before its codes are written, so
// every code written works; if GenerateCodes fails midway, run it again
// with Replace.
func GenerateCodes(ctx context.Context, electionID [32]byte, voters []roll.Voter, st store.Store, out io.Writer, cfg CodeConfig) error {
	cfg.setDefaults()
	n, err := st.Voters(ctx)
	if err != nil {
		return fmt.Errorf("registrar: %w", err)
	}
	if n > 0 && !cfg.Replace {
		return fmt.Errorf("%w (%d voters)", ErrCodesExist, n)
	}
	for _, v := range voters {
		if err := roll.CheckID(v.ID); err != nil {
			return err
		}
		if _, err := reglog.Entry([reglog.LeafSize]byte{}, v.District); err != nil {
			return fmt.Errorf("registrar: voter %q: %w", v.ID, err)
		}
	}
	w := csv.NewWriter(out)
	w.Write([]string{"voter_id", "code"})
	p := progress.New(cfg.Progress, "voting codes", uint64(len(voters)))
	for len(voters) > 0 {
		n := min(len(voters), cfg.Batch)
		if err := generateBatch(ctx, electionID, voters[:n], st, w, cfg, p); err != nil {
			return err
		}
		voters = voters[n:]
	}
	p.Done()
	w.Flush()
	return w.Error()
}

func (c *CodeConfig) setDefaults() {
	if c.Params == (code.Params{}) {
		c.Params = code.DefaultParams
	}
	c.Workers = defaults.Or(c.Workers, runtime.GOMAXPROCS(0))
	c.Batch = defaults.Or(c.Batch, 1000)
	if c.Rand == nil {
		c.Rand = rand.Reader
	}
	c.Rand = &lockedReader{r: c.Rand}
}

// generateBatch hashes a batch on cfg.Workers goroutines (each code
// counted on p as it is hashed), stores it and writes its lines.
func generateBatch(ctx context.Context, electionID [32]byte, voters []roll.Voter, st store.Store, w *csv.Writer, cfg CodeConfig, p *progress.Meter) error {
	codes := make([]string, len(voters))
	creds := make([]store.Credential, len(voters))
	errs := make([]error, cfg.Workers)
	var wg sync.WaitGroup
	for k := range cfg.Workers {
		wg.Go(func() {
			for i := k; i < len(voters) && errs[k] == nil; i += cfg.Workers {
				codes[i], creds[i], errs[k] = newCredential(electionID, voters[i], cfg)
				p.Add(1)
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := st.PutCredentials(ctx, creds); err != nil {
		return fmt.Errorf("registrar: storing code hashes: %w", err)
	}
	for i, v := range voters {
		w.Write([]string{v.ID, code.Format(codes[i])})
	}
	w.Flush()
	return w.Error()
}

// newCredential makes a voter's code, its stored hash and the voter's
// log entry.
func newCredential(electionID [32]byte, v roll.Voter, cfg CodeConfig) (string, store.Credential, error) {
	c, err := code.New(cfg.Rand)
	if err != nil {
		return "", store.Credential{}, err
	}
	h, err := code.Hash(c, cfg.Params, cfg.Rand)
	if err != nil {
		return "", store.Credential{}, err
	}
	leaf, err := reglog.Leaf(c, electionID, v.ID)
	if err != nil {
		return "", store.Credential{}, err
	}
	e, err := reglog.Entry(leaf, v.District)
	return c, store.Credential{VoterID: v.ID, Secret: h, Entry: e}, err
}

// lockedReader serialises reads, for sources not safe for concurrent use.
type lockedReader struct {
	mu sync.Mutex
	r  io.Reader
}

func (l *lockedReader) Read(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.r.Read(p)
}
