package relay

import (
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/ballotbox/validity"
	"github.com/evote-org/evote/internal/defaults"
)

// Config configures a Relay. Backend, Contract, Params, Opts and Dir are
// required; the zero value of every other field is a sane default (see
// setDefaults).
type Config struct {
	Backend  ballotbox.Backend // a chain node's RPC: an *ethclient.Client (its batches carry the casts)
	Contract common.Address    // the election's ballot box
	Params   *validity.Params  // the election's parameters (LoadParams)
	// Opts is the relay's funded account: From and Signer. Its nonce, gas
	// and fee fields are ignored; the relay sets them.
	Opts *bind.TransactOpts
	Dir  string // the outbox directory

	// FromBlock is the first block the watcher reads when the outbox is
	// new; 0 means the head when Run starts (a new relay's casts can only
	// be in later blocks).
	FromBlock uint64
	// Confirmations is how many blocks must follow a cast's block before
	// the relay reports it included; 0 reports it at once, which is right
	// for the project's chain (CometBFT: a block is final when it becomes
	// the head, and a killed node comes back with it, see package chain).
	// A chain that can reorganise needs more.
	Confirmations uint64

	GasLimit  uint64   // per cast; default 400,000 (a cast uses ~110,000)
	GasFeeCap *big.Int // default 100 gwei
	GasTipCap *big.Int // default 1 gwei

	// MaxDelay is the longest random delay between accepting a cast and
	// sending it (uniform in [0, MaxDelay)); default DefaultMaxDelay; Off
	// sends at once.
	MaxDelay time.Duration
	// BatchInterval sends the due casts together once per interval in
	// random order; default DefaultBatchInterval; Off sends each cast as
	// it comes due.
	BatchInterval time.Duration

	PollInterval  time.Duration // watcher: how often to read new logs; default 500 ms
	CheckInterval time.Duration // submitter: how often to check the node's pool; default 2 s
	// ResubmitAfter is how long a sent cast may stay unincluded before it
	// is sent again; default 2 minutes.
	ResubmitAfter time.Duration
	RPCTimeout    time.Duration // one call to the node; default 10 s

	Limits Limits

	// ClientID names the client of a request for the rate limit; default:
	// the IP address of RemoteAddr. Behind a reverse proxy, read the
	// address the proxy sets. It is hashed and never stored or logged.
	ClientID func(*http.Request) string
	// AllowedOrigins are the web origins (scheme://host[:port]) of booths
	// allowed to call the relay from a browser (CORS and WebSocket);
	// "*" allows any. Default: same origin only.
	AllowedOrigins []string

	Logger *slog.Logger // default slog.Default()
}

// The defaults of the timing decorrelation, chosen from the timing model
// (docs/performance.md, "Relay: timing decorrelation").
const (
	DefaultMaxDelay      = 10 * time.Second
	DefaultBatchInterval = time.Second
)

// Off, as MaxDelay or BatchInterval, turns the delay or the batching off.
const Off time.Duration = -1

// Limits bound what one client can make the relay do.
type Limits struct {
	MaxBodyBytes    int64         // HTTP request body; default 64 KiB
	MaxMessageBytes int64         // WebSocket message (SetReadLimit); default 64 KiB
	MaxConns        int           // concurrent WebSocket connections; default 10,000
	MaxWatches      int           // tracker codes watched per connection; default 16
	Rate            float64       // casts per second per client; default 20; negative: no limit
	Burst           int           // default 100
	PingPeriod      time.Duration // WebSocket ping; default 30 s
	PongWait        time.Duration // close if no pong (or message) for this long; default 60 s
	WriteWait       time.Duration // one WebSocket write; default 10 s
}

func (c *Config) setDefaults() error {
	if c.Backend == nil || c.Contract == (common.Address{}) || c.Params == nil || c.Opts == nil || c.Dir == "" {
		return fmt.Errorf("%w: Backend, Contract, Params, Opts and Dir are required", ErrConfig)
	}
	if c.Opts.Signer == nil {
		return fmt.Errorf("%w: Opts has no Signer", ErrConfig)
	}
	if _, ok := c.Backend.(rpcBackend); !ok {
		return fmt.Errorf("%w: Backend is not a client of go-ethereum's RPC (*ethclient.Client)", ErrConfig)
	}
	if c.Params.Election == nil || c.Params.RegistrarKey == nil {
		return fmt.Errorf("%w: incomplete Params", ErrConfig)
	}
	if c.Params.Election.Context.Contract != c.Contract {
		return fmt.Errorf("%w: Params are of contract %x, not %s", ErrConfig, c.Params.Election.Context.Contract, c.Contract)
	}
	c.GasLimit = defaults.Or(c.GasLimit, 400_000)
	if c.GasFeeCap == nil {
		c.GasFeeCap = big.NewInt(100e9)
	}
	if c.GasTipCap == nil {
		c.GasTipCap = big.NewInt(1e9)
	}
	c.PollInterval = defaults.Or(c.PollInterval, 500*time.Millisecond)
	c.CheckInterval = defaults.Or(c.CheckInterval, 2*time.Second)
	c.ResubmitAfter = defaults.Or(c.ResubmitAfter, 2*time.Minute)
	c.RPCTimeout = defaults.Or(c.RPCTimeout, 10*time.Second)
	c.MaxDelay = defaults.Or(c.MaxDelay, DefaultMaxDelay)
	c.BatchInterval = defaults.Or(c.BatchInterval, DefaultBatchInterval)
	c.Limits.setDefaults()
	if c.ClientID == nil {
		c.ClientID = defaults.RemoteIP
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return nil
}

func (l *Limits) setDefaults() {
	l.MaxBodyBytes = defaults.Or(l.MaxBodyBytes, 64<<10)
	l.MaxMessageBytes = defaults.Or(l.MaxMessageBytes, 64<<10)
	l.MaxConns = defaults.Or(l.MaxConns, 10_000)
	l.MaxWatches = defaults.Or(l.MaxWatches, 16)
	l.Rate = defaults.Or(l.Rate, 20)
	l.Burst = defaults.Or(l.Burst, 100)
	l.PingPeriod = defaults.Or(l.PingPeriod, 30*time.Second)
	l.PongWait = defaults.Or(l.PongWait, 60*time.Second)
	l.WriteWait = defaults.Or(l.WriteWait, 10*time.Second)
}
