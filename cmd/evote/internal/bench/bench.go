// Package bench runs a whole election at a city's size on one machine
// and measures every stage ("evote bench election", issue 18).
//
// The voters' side, which a real election spreads over as many devices
// as voters, is made ahead of time into a voters file (voters.go): in
// parallel, resumable, and reused by every later run of the same
// election. A run can reuse it because the election is the same every
// time: the commission's and the trustees' accounts, the registrar's key
// and the seeds of the trustees' randomness are kept in the benchmark's
// directory, so a fresh chain gets the contract at the same address and
// the key ceremony gives the same election key. Those seeds make the
// election's secrets reproducible from the directory: a benchmark's
// election, never a real one.
//
// A run: a fresh one-validator chain, the contract, the key ceremony and
// test decryption, the voters file (made or completed), the roll (a
// sample of voters with real voting codes, the rest with credentials
// nobody can sign in with), the issuances of the file's tokens recorded
// in the registrar's store as its service records them, the polls open;
// the sample registers through the registrar's HTTP API and casts like a
// booth; every cast goes through at least two relays' HTTP APIs into the
// chain; then the close, the trustees' decryption, the tally from the
// chain with the record, and the verification from the chain (JSON-RPC)
// and from the record. Every role runs in this one process.
package bench

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	mrand "math/rand/v2"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"time"

	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/chain"
	"github.com/evote-org/evote/cmd/evote/internal/demo"
	"github.com/evote-org/evote/crypto/blind/signer"
	"github.com/evote-org/evote/internal/localtrustees"
	"github.com/evote-org/evote/internal/progress"
	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/tally/ceremony"
)

// Config configures Run.
type Config struct {
	Dir      string // the benchmark's directory: keys, voters file, the last run
	Voters   int    // voters, each casting once
	Options  int    // options of the one question (2 to 10), select at most one; default 5
	Sample   int    // voters who register and cast over HTTP as a booth does; default min(Voters, 100)
	Relays   int    // relays the casts go through; default 2
	Workers  int    // casts sent at once, as voters' devices do; default 32 * GOMAXPROCS
	MaxDelay time.Duration
	// GenerateOnly stops after the voters file holds Voters voters.
	GenerateOnly bool
	Profiles     string    // directory for one CPU profile per stage ("": none)
	Progress     io.Writer // progress (nil: none)
	Logger       *slog.Logger
}

// Result is what Run measured.
type Result struct {
	Stages    []Stage
	Generated int      // voters made by this run (the others were in the file)
	Cast      []uint64 // votes cast per option
	Counts    []uint64 // published counts per option
	Disk      []Disk   // bytes on disk at the end
	Bytes     *BallotBytes
	Run       string // the run's directory (chain, relays, record, ingest.csv)
}

// Disk is the size of one of the run's stores.
type Disk struct {
	Name  string
	Bytes uint64
}

func (c *Config) setDefaults() error {
	if c.Dir == "" || c.Voters <= 0 {
		return errors.New("bench: a directory and at least one voter are required")
	}
	c.Options = cmpOr(c.Options, 5)
	if c.Options < 2 || c.Options > 10 {
		return fmt.Errorf("bench: %d options, want 2 to 10", c.Options)
	}
	c.Sample = min(cmpOr(c.Sample, 100), c.Voters)
	c.Relays = cmpOr(c.Relays, 2)
	c.Workers = cmpOr(c.Workers, 32*runtime.GOMAXPROCS(0))
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return nil
}

func cmpOr(v, def int) int {
	if v <= 0 {
		return def
	}
	return v
}

// keys are the benchmark's fixed accounts and seeds (keys.json).
type keys struct {
	Commission string   `json:"commission"`
	Trustees   []string `json:"trustees"`
	Seeds      []string `json:"seeds"` // of the trustees' randomness
}

// loadKeys reads dir/keys.json, making it on the first run.
func loadKeys(dir string) (*keys, error) {
	path := filepath.Join(dir, "keys.json")
	data, err := os.ReadFile(path)
	if err == nil {
		k := new(keys)
		if err := json.Unmarshal(data, k); err != nil || len(k.Trustees) != demo.Trustees || len(k.Seeds) != demo.Trustees {
			return nil, fmt.Errorf("bench: %s: not a keys file of %d trustees (%v)", path, demo.Trustees, err)
		}
		return k, nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	k := &keys{Commission: newKeyHex()}
	for range demo.Trustees {
		k.Trustees = append(k.Trustees, newKeyHex())
		k.Seeds = append(k.Seeds, newKeyHex())
	}
	data, _ = json.MarshalIndent(k, "", "  ")
	return k, os.WriteFile(path, data, 0o600)
}

func newKeyHex() string {
	key, err := crypto.GenerateKey()
	if err != nil {
		panic(err) // crypto/rand failed
	}
	return hex.EncodeToString(crypto.FromECDSA(key))
}

func keyed(h string) (*bind.TransactOpts, error) {
	key, err := crypto.HexToECDSA(h)
	if err != nil {
		return nil, err
	}
	return demo.Keyed(key), nil
}

// seeded is a trustee's randomness: ChaCha8 from the kept seed, so that
// every run of the benchmark makes the same election key.
func seeded(h string) (io.Reader, error) {
	b, err := hex.DecodeString(h)
	if err != nil || len(b) != 32 {
		return nil, fmt.Errorf("bench: a trustee seed is not 32 bytes of hex")
	}
	return mrand.NewChaCha8([32]byte(b)), nil
}

// freePort is a TCP port free on 127.0.0.1 a moment ago.
func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	return strconv.Atoi(port)
}

// chainSide is the chain side of a run.
type chainSide struct {
	node       *chain.Node
	box        *ballotbox.Client
	from       uint64
	commission *bind.TransactOpts
	regAcc     *bind.TransactOpts
	relays     []*bind.TransactOpts
	trustees   []*ceremony.Trustee
	secrets    []*ceremony.Secret
	key        *signer.Key
}

// startChain starts a fresh chain in run/chain with the accounts funded
// and deploys the contract (the commission's first transaction, so its
// address is the same every run).
func (r *runner) startChain(k *keys) (int, error) {
	e := &r.el
	var err error
	if e.commission, err = keyed(k.Commission); err != nil {
		return 0, err
	}
	if e.regAcc, err = demo.Transactor(); err != nil {
		return 0, err
	}
	port, err := freePort()
	if err != nil {
		return 0, err
	}
	ccfg := chain.Config{DataDir: filepath.Join(r.run, "chain"), HTTPPort: port, Alloc: map[common.Address]*big.Int{}}
	funds := new(big.Int).Exp(big.NewInt(10), big.NewInt(27), nil)
	ccfg.Alloc[e.commission.From], ccfg.Alloc[e.regAcc.From] = funds, funds
	for range r.cfg.Relays {
		o, err := demo.Transactor()
		if err != nil {
			return 0, err
		}
		e.relays = append(e.relays, o)
		ccfg.Alloc[o.From] = funds
	}
	var addrs []common.Address
	for i, h := range k.Trustees {
		o, err := keyed(h)
		if err != nil {
			return 0, err
		}
		rnd, err := seeded(k.Seeds[i])
		if err != nil {
			return 0, err
		}
		e.trustees = append(e.trustees, &ceremony.Trustee{Opts: o, Rand: rnd})
		ccfg.Alloc[o.From] = funds
		addrs = append(addrs, o.From)
	}
	if e.node, err = chain.Start(ccfg); err != nil {
		return 0, err
	}
	manifest, err := demo.Manifest(r.cfg.Options)
	if err != nil {
		return 0, err
	}
	box, tx, err := ballotbox.Deploy(e.commission, e.node.Client(), ballotbox.Params{
		Commission: e.commission.From, Manifest: manifest, Trustees: addrs, Threshold: demo.Threshold})
	if err != nil {
		return 0, err
	}
	rcpt, err := box.WaitMined(r.ctx, tx)
	if err != nil {
		return 0, err
	}
	e.box, e.from = box, rcpt.BlockNumber.Uint64()
	for _, t := range e.trustees {
		t.Box = box
	}
	return 1, nil
}

// ceremony sets the registrar key and runs the key ceremony and the
// test decryption with the trustees' seeded randomness.
func (r *runner) ceremony() (int, error) {
	e := &r.el
	var err error
	if e.key, err = registrar.LoadOrGenerateKey(filepath.Join(r.cfg.Dir, "registrar-key.pem"), r.log); err != nil {
		return 0, err
	}
	if err := r.mined(e.box.SetRegistrar(e.commission, e.regAcc.From, e.key.Public().Bytes())); err != nil {
		return 0, fmt.Errorf("set registrar: %w", err)
	}
	if err := r.mined(e.box.StartKeyCeremony(e.commission)); err != nil {
		return 0, fmt.Errorf("start ceremony: %w", err)
	}
	tdir := filepath.Join(r.run, "trustees")
	if err := os.MkdirAll(tdir, 0o700); err != nil {
		return 0, err
	}
	e.secrets, err = localtrustees.Ceremony(r.ctx, e.commission, e.from, e.trustees, demo.Threshold, tdir, []byte("bench"), r.log)
	return demo.Trustees, err
}

// ErrInUse is returned while another run holds the directory: two runs
// would remove each other's chain and append to one voters file.
var ErrInUse = errors.New("bench: the directory is in use by another run")

// Run runs the benchmark. The run's directory (Dir/run) is made anew;
// the keys and the voters file in Dir are made on the first run and
// reused. Dir is locked while Run runs.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	if err := cfg.setDefaults(); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(cfg.Dir, 0o700); err != nil {
		return nil, err
	}
	lock, err := vfs.Default.Lock(filepath.Join(cfg.Dir, "LOCK"))
	if err != nil {
		return nil, fmt.Errorf("%w: %s (%v)", ErrInUse, cfg.Dir, err)
	}
	defer lock.Close()
	if cfg.Profiles != "" {
		if err := os.MkdirAll(cfg.Profiles, 0o700); err != nil {
			return nil, err
		}
	}
	run := filepath.Join(cfg.Dir, "run")
	if err := os.RemoveAll(run); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(run, 0o700); err != nil {
		return nil, err
	}
	r := &runner{cfg: cfg, ctx: ctx, log: cfg.Logger, run: run, res: &Result{Run: run},
		meter: &meter{profiles: cfg.Profiles}}
	err = r.all()
	if r.el.node != nil {
		if cerr := r.el.node.Close(); cerr != nil {
			r.log.Warn("closing the chain", "err", cerr)
		}
	}
	return r.res, err
}

// runner is one run.
type runner struct {
	cfg   Config
	ctx   context.Context
	log   *slog.Logger
	run   string
	res   *Result
	meter *meter
	el    chainSide
	// chainBefore is the chain directory's size before the casts.
	chainBefore uint64
}

// stage measures f as a stage of the result.
func (r *runner) stage(name string, f func() (int, error)) error {
	if r.cfg.Progress != nil {
		fmt.Fprintf(r.cfg.Progress, "bench: %s\n", name)
	}
	s, err := r.meter.measure(name, f)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	r.res.Stages = append(r.res.Stages, s)
	return nil
}

func (r *runner) progress(what string, total int) *progress.Meter {
	return progress.New(r.cfg.Progress, what, uint64(total))
}

func (r *runner) mined(tx *types.Transaction, err error) error {
	if err != nil {
		return err
	}
	_, err = r.el.box.WaitMined(r.ctx, tx)
	return err
}

// all runs the stages in order.
func (r *runner) all() error {
	k, err := loadKeys(r.cfg.Dir)
	if err != nil {
		return err
	}
	if err := r.stage("setup: chain, contract", func() (int, error) { return r.startChain(k) }); err != nil {
		return err
	}
	if err := r.stage("key ceremony (3 of 5), test decryption", r.ceremony); err != nil {
		return err
	}
	v, err := r.votersFile()
	if err != nil || r.cfg.GenerateOnly {
		return err
	}
	return r.vote(v)
}
