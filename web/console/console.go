// Package console is the election commission's web console: it creates
// an election (from a form or an uploaded manifest), imports the voter
// roll into the registrar's store and makes the voting codes and their
// printable letters (held in memory only, for minutes), shows the
// key ceremony as the trustees post it, opens and closes the polls, runs
// the tally and publishes the result. Each step calls the same library
// code as the commission's command line (ballotbox, tally, registrar).
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
)

// Config configures a Console. Backend, Commission and Dir are required.
type Config struct {
	Backend    ballotbox.Backend  // the chain
	Commission *bind.TransactOpts // the commission's account
	Dir        string             // credential hash, state, audit log, record

	// Contract is an election made elsewhere (evote up, the command
	// line) for the console to manage; zero: the one the console made, or
	// none yet. FromBlock is its deployment block.
	Contract  common.Address
	FromBlock uint64

	// The registrar the console posts when it creates an election: its
	// chain account and its token key (PKIX DER, evote registrar key).
	Registrar    common.Address
	RegistrarKey []byte

	// Roll is the registrar's store, where imported voters' code hashes
	// go; nil: roll import is off (run evote registrar codes instead).
	Roll  store.Store
	Codes registrar.CodeConfig // the codes' Argon2id parameters; zero: defaults
	// BoothURL is the voting booth's address, printed on the code
	// letters; required with Roll.
	BoothURL string
	// CodesTTL is how long an import's codes stay in memory for the
	// letters' download; zero: 30 minutes.
	CodesTTL time.Duration

	// Hosts are the host names (no port) the console answers to; a
	// request naming another (DNS rebinding) gets 421. Zero: localhost,
	// 127.0.0.1 and ::1.
	Hosts []string

	Secure bool         // served over TLS: cookies are Secure
	Logger *slog.Logger // default slog.Default()
}

// Console is the commission's console for one election.
type Console struct {
	cfg      Config
	cred     [32]byte
	sessions *sessions
	limit    *limiter // wrong credentials per address
	quiet    *limiter // audit lines of anonymous refusals per address
	audit    *Audit

	unrecorded atomic.Int64 // anonymous refusals over quiet's limit, not yet told
	pages      *pages

	mu      sync.Mutex // one action at a time
	stateMu sync.Mutex // guards state
	state   *State

	held held // the last roll import's codes, in memory only
}

// New loads the console's credential hash, state and audit log from
// cfg.Dir.
func New(cfg Config) (*Console, error) {
	if cfg.Backend == nil || cfg.Commission == nil || cfg.Dir == "" {
		return nil, errors.New("console: Backend, Commission and Dir are required")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Roll != nil {
		if err := (letters.Election{Booth: cfg.BoothURL}).Check(); err != nil {
			return nil, fmt.Errorf("console: BoothURL: %w", err)
		}
	}
	cfg.CodesTTL = defaults.Or(cfg.CodesTTL, codesTTL)
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
	st, err := readState(cfg.Dir)
	if err != nil {
		return nil, err
	}
	if cfg.Contract != (common.Address{}) && st.Contract != cfg.Contract {
		st = &State{Contract: cfg.Contract, FromBlock: cfg.FromBlock}
		if err := writeState(cfg.Dir, st); err != nil {
			return nil, err
		}
	}
	p, err := loadPages()
	if err != nil {
		return nil, err
	}
	a, err := OpenAudit(cfg.Dir + "/audit.jsonl")
	if err != nil {
		return nil, err
	}
	return &Console{cfg: cfg, cred: cred, sessions: newSessions(cfg.Secure),
		limit: newLimiter(loginFailures, loginWindow), quiet: newLimiter(anonymousLines, anonymousWindow), audit: a, pages: p, state: st}, nil
}

// Close erases the held codes and closes the audit log.
func (c *Console) Close() error {
	c.held.mu.Lock()
	c.held.dropLocked("why_erased")
	c.held.mu.Unlock()
	return c.audit.Close()
}

// current is a copy of the console's state.
func (c *Console) current() State {
	c.stateMu.Lock()
	defer c.stateMu.Unlock()
	return *c.state
}

// setState changes the state and writes it.
func (c *Console) setState(change func(*State)) error {
	c.stateMu.Lock()
	defer c.stateMu.Unlock()
	change(c.state)
	return writeState(c.cfg.Dir, c.state)
}

// box is the managed election's contract, or nil before there is one.
func (c *Console) box() *ballotbox.Client {
	st := c.current()
	if st.Contract == (common.Address{}) {
		return nil
	}
	return ballotbox.New(c.cfg.Backend, st.Contract)
}

// opts is the commission's transactor for one action.
func (c *Console) opts(ctx context.Context) *bind.TransactOpts {
	o := *c.cfg.Commission
	o.Context = ctx
	return &o
}
