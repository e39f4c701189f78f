// Package console is the election commission's web console for the
// commission's elections, listed on its home page: for each it creates
// the contract (from a form or an uploaded manifest) with the
// registrar's key for that election, imports the voter roll into that
// election's registrar store and makes the voting codes and their
// printable letters (held in memory only, for minutes), shows the key
// ceremony as the trustees post it, opens and closes the polls, shows
// each trustee's mix and ends mixing (for ranked and graded questions),
// runs the tally, publishes the result, and archives the election (read-only
// from then on). Each step calls the same library code as the
// commission's command line (ballotbox, tally, registrar).
//
// It holds the commission's chain key, so it is its own server, meant to
// listen on 127.0.0.1 (or behind TLS on a commission-only network):
//
//   - Access needs the access credential (NewCredential: 160 random bits,
//     shown once, stored only as a hash). Wrong credentials are rate
//     limited per client address; the right one is always accepted.
//     Requests naming another host (Config.Hosts) are refused, and a
//     POST's session and origin are checked before its body is read. A session is an HttpOnly, SameSite=Strict cookie
//     (Secure when served over TLS) held in memory, with idle and
//     absolute timeouts.
//   - Every POST carries the session's CSRF token (the sign-in form its
//     own, double-submitted) and must come from the console's own origin
//     when the browser says where it comes from; bodies are size-limited.
//   - Every action and every sign-in, refused or not, is appended to the
//     audit log (JSON lines, fsynced before the answer, hash-chained),
//     which the console shows.
//   - Irreversible actions (deploy, open, close, tally, publish) take a
//     word the user types to confirm.
//
// The pages are server-rendered html/template in Russian (default) and
// English, with one embedded style sheet and no script at all; a strict
// Content-Security-Policy allows nothing else.
package console

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/internal/defaults"
	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/letters"
	"github.com/evote-org/evote/registrar/store"
	"github.com/evote-org/evote/tally"
)

// Config configures a Console. Backend, Commission and Dir are required.
type Config struct {
	Backend    ballotbox.Backend  // the chain
	Commission *bind.TransactOpts // the commission's account
	Dir        string             // credential hash, audit log, and each election's state and record

	// Contract is an election made elsewhere (evote up, the command
	// line) for the console to manage: listed (as the next election) if
	// the console does not list it yet. FromBlock is its deployment
	// block.
	Contract  common.Address
	FromBlock uint64

	// Registrar is the registrar of the console's elections: its account
	// and a fresh token key for each election the console creates, each
	// election's roll store. Nil: the console cannot create elections
	// and roll import is off.
	Registrar Registrar
	// BoothURL is the voting booth's address, printed on the code
	// letters; required for roll import.
	BoothURL string
	// CodesTTL is how long an import's codes stay in memory for the
	// letters' download; zero: 30 minutes.
	CodesTTL time.Duration

	// RPC is the chain's JSON-RPC endpoint as the trustees reach it,
	// written in their invitations; "": none (each trustee gives its
	// own).
	RPC string

	// Hosts are the host names (no port) the console answers to; a
	// request naming another (DNS rebinding) gets 421. Zero: localhost,
	// 127.0.0.1 and ::1.
	Hosts []string

	// Files is the mix phase's files directory (the mix files the
	// trustees store there, tally/mix): where the console reads the
	// mixes it checks and the tally reads them. "": Dir/files.
	Files string

	Codes  registrar.CodeConfig // the codes' Argon2id parameters; zero: defaults
	Secure bool                 // served over TLS: cookies are Secure
	Logger *slog.Logger         // default slog.Default()
}

// Registrar is the registrar's part in the console's elections, which
// it tells apart by the console's numbers (1, 2, ...).
type Registrar interface {
	// Account is the registrar's chain account, posted on each contract.
	Account() common.Address
	// Key is the public token key (PKIX DER) the registrar made for
	// election n: a fresh one per election (the console refuses one it
	// posted for another).
	Key(ctx context.Context, n int) ([]byte, error)
	// Roll is election n's store of voters' code hashes, where the
	// console imports its roll; nil, nil: roll import is off.
	Roll(ctx context.Context, n int) (store.Store, error)
	// Serve tells the registrar that election n is on chain, at contract
	// from block from, with its key posted: a registrar that can starts
	// serving it at once.
	Serve(ctx context.Context, n int, contract common.Address, from uint64) error
	// Log reads election n's registration log from the registrar
	// (tally.RegistrarLog of its URL), which the tally checks against
	// the chain and writes in the record.
	Log(n int) tally.LogSource
}

// Console is the commission's console for its elections.
type Console struct {
	cfg      Config
	cred     [32]byte
	sessions *sessions
	limit    *limiter // wrong credentials per address
	quiet    *limiter // audit lines of anonymous refusals per address
	audit    *Audit

	unrecorded atomic.Int64 // anonymous refusals over quiet's limit, not yet told
	pages      *pages

	mu        sync.Mutex // one action at a time
	listMu    sync.Mutex // guards elections
	elections map[int]*entry

	ctx     context.Context // ends at Close: the mix watches' goroutines
	stop    context.CancelFunc
	mixMu   sync.Mutex // guards watches
	watches map[int]*mixWatch
}

// New loads the console's credential hash, elections and audit log from
// cfg.Dir.
func New(cfg Config) (*Console, error) {
	if cfg.Backend == nil || cfg.Commission == nil || cfg.Dir == "" {
		return nil, errors.New("console: Backend, Commission and Dir are required")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.BoothURL != "" {
		if err := (letters.Election{Booth: cfg.BoothURL}).Check(); err != nil {
			return nil, fmt.Errorf("console: BoothURL: %w", err)
		}
	}
	cfg.CodesTTL = defaults.Or(cfg.CodesTTL, codesTTL)
	if cfg.Files == "" {
		cfg.Files = filepath.Join(cfg.Dir, "files")
	}
	if len(cfg.Hosts) == 0 {
		cfg.Hosts = []string{"localhost", "127.0.0.1", "::1"}
	}
	cfg.Hosts = slices.Clone(cfg.Hosts)
	for i, h := range cfg.Hosts {
		cfg.Hosts[i] = strings.ToLower(h)
	}
	if err := os.MkdirAll(cfg.Dir, 0o700); err != nil {
		return nil, fmt.Errorf("console: %w", err)
	}
	cred, err := loadCredential(cfg.Dir)
	if err != nil {
		return nil, err
	}
	els, err := readElections(cfg.Dir)
	if err != nil {
		return nil, err
	}
	p, err := loadPages()
	if err != nil {
		return nil, err
	}
	c := &Console{cfg: cfg, cred: cred, sessions: newSessions(cfg.Secure), limit: newLimiter(loginFailures, loginWindow),
		quiet: newLimiter(anonymousLines, anonymousWindow), pages: p, elections: els, watches: map[int]*mixWatch{}}
	c.ctx, c.stop = context.WithCancel(context.Background())
	if err := c.adopt(cfg.Contract, cfg.FromBlock); err != nil {
		return nil, err
	}
	if c.audit, err = OpenAudit(cfg.Dir + "/audit.jsonl"); err != nil {
		return nil, err
	}
	return c, nil
}

// adopt lists an election made elsewhere, unless it is listed already.
func (c *Console) adopt(contract common.Address, from uint64) error {
	if contract == (common.Address{}) {
		return nil
	}
	for _, e := range c.list() {
		if e.current().Contract == contract {
			return nil
		}
	}
	e := c.next()
	if err := e.set(func(s *State) { *s = State{Contract: contract, FromBlock: from} }); err != nil {
		return err
	}
	c.add(e)
	return nil
}

// Close erases the held codes, stops following the mix phases and
// closes the audit log.
func (c *Console) Close() error {
	c.stop()
	for _, e := range c.list() {
		e.held.mu.Lock()
		e.held.dropLocked("why_erased")
		e.held.mu.Unlock()
	}
	return c.audit.Close()
}

// Election is one of the console's elections, as Elections lists it.
type Election struct {
	N         int
	Contract  common.Address
	FromBlock uint64
	Archived  bool
}

// Elections are the console's elections, in the order they were made,
// for a process that serves them (evote up starts their registrars).
func (c *Console) Elections() []Election {
	var out []Election
	for _, e := range c.list() {
		st := e.current()
		out = append(out, Election{N: e.n, Contract: st.Contract, FromBlock: st.FromBlock, Archived: st.Archived})
	}
	return out
}

// list is the elections, newest last.
func (c *Console) list() []*entry {
	c.listMu.Lock()
	defer c.listMu.Unlock()
	out := make([]*entry, 0, len(c.elections))
	for _, e := range c.elections {
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b *entry) int { return a.n - b.n })
	return out
}

// byNumber is election n, or nil.
func (c *Console) byNumber(n int) *entry {
	c.listMu.Lock()
	defer c.listMu.Unlock()
	return c.elections[n]
}

// next is a new election, numbered after the others, not yet listed.
func (c *Console) next() *entry {
	c.listMu.Lock()
	defer c.listMu.Unlock()
	n := 1
	for k := range c.elections {
		n = max(n, k+1)
	}
	return &entry{n: n, dir: ElectionDir(c.cfg.Dir, n)}
}

// add lists an election.
func (c *Console) add(e *entry) {
	c.listMu.Lock()
	defer c.listMu.Unlock()
	c.elections[e.n] = e
}

// box is an election's contract.
func (c *Console) box(e *entry) *ballotbox.Client {
	return ballotbox.New(c.cfg.Backend, e.current().Contract)
}

// roll is an election's roll store, or nil when import is off.
func (c *Console) roll(ctx context.Context, e *entry) (store.Store, error) {
	if c.cfg.Registrar == nil {
		return nil, nil
	}
	return c.cfg.Registrar.Roll(ctx, e.n)
}

// opts is the commission's transactor for one action.
func (c *Console) opts(ctx context.Context) *bind.TransactOpts {
	o := *c.cfg.Commission
	o.Context = ctx
	return &o
}
