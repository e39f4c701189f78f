package registrar

import (
	"fmt"
	"log/slog"
	"net/http"
	"runtime"
	"time"

	"github.com/evote-org/evote/crypto/blind/signer"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/evote-org/evote/internal/defaults"
	"github.com/evote-org/evote/registrar/code"
	"github.com/evote-org/evote/registrar/store"
)

// Config configures a Service. Context, Key and Store are required; the
// zero value of every other field is a sane default (see setDefaults).
type Config struct {
	Context transcript.Context // the election
	Key     *signer.Key        // the election's registrar key
	Store   store.Store
	// ElectionKey is the election key (32 bytes) as the registrar's own
	// node gives it, served in the election's info for the booth's
	// cross-check with the site (docs/protocol.md, "The booth's checks");
	// nil: not served until SetElectionKey (the key ceremony has not
	// finished).
	ElectionKey []byte

	// Auth authenticates voters; nil means voting codes
	// (NewCodeAuthenticator over Store with CodeParams).
	Auth Authenticator
	// CodeParams are the Argon2id parameters of the dummy hash used for
	// unknown voter ids; zero means code.DefaultParams. They must be those
	// the codes were generated with, so that both cost the same.
	CodeParams code.Params

	Limits Limits

	// MaxConcurrent bounds the CPU-heavy steps running at once: Argon2id
	// checks (each holds its memory) and signatures; default
	// 2 * GOMAXPROCS. Store round trips wait outside this bound.
	MaxConcurrent int
	// QueueTimeout is how long a request waits for a slot before ErrBusy;
	// default 10 s.
	QueueTimeout time.Duration
	// MaxBodyBytes bounds a request body; default 4 KiB.
	MaxBodyBytes int64
	// ClientID names the client of a request for the per-client limit;
	// default: the IP address of RemoteAddr. Behind a reverse proxy, read
	// the address the proxy sets (and trust only the proxy's).
	ClientID func(*http.Request) string
	// AllowedOrigins are the web origins (scheme://host[:port]) of the
	// booth's pages allowed to call the API from a browser: the site's.
	// Others are refused (package internal/cors). Default: none, so only
	// clients that are not browsers (no Origin header) are served.
	AllowedOrigins []string

	// Publisher receives the count of issued tokens every
	// PublishInterval (default 1 minute) when it changed, and at Close;
	// it is asked every StateInterval (default 2 seconds) whether the
	// polls have closed, and then receives the final count at once.
	Publisher       CountPublisher
	PublishInterval time.Duration
	StateInterval   time.Duration

	// Logger; nil means slog.Default().
	Logger *slog.Logger
}

// Limits are the attempt limits (docs/registrar-api.md, "Limits"). Both
// count failed checks of a client (Config.ClientID; IPv6 addresses by
// their /64): VoterFailures those for one voter id, ClientFailures those
// for any. No limit refuses a voter id for everyone: a stranger cannot
// keep a voter from signing in from the voter's own network. Each
// attempt is counted before its check and taken back unless it failed,
// so racing requests cannot check more codes than the limits allow.
type Limits struct {
	VoterFailures  int           // per voter id and client; default 10; negative: none
	VoterWindow    time.Duration // default 1 hour
	ClientFailures int           // per client; default 50; negative: none
	ClientWindow   time.Duration // default 15 minutes
}

func (c *Config) setDefaults() error {
	if c.Key == nil || c.Store == nil {
		return fmt.Errorf("%w: Key and Store are required", ErrConfig)
	}
	if c.ElectionKey != nil && len(c.ElectionKey) != 32 {
		return fmt.Errorf("%w: ElectionKey has %d bytes, not 32", ErrConfig, len(c.ElectionKey))
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.CodeParams == (code.Params{}) {
		c.CodeParams = code.DefaultParams
	}
	if c.Auth == nil {
		a, err := NewCodeAuthenticator(c.Store, c.CodeParams)
		if err != nil {
			return err
		}
		c.Auth = a
	}
	c.Limits.setDefaults()
	c.MaxConcurrent = defaults.Or(c.MaxConcurrent, 2*runtime.GOMAXPROCS(0))
	c.QueueTimeout = defaults.Or(c.QueueTimeout, 10*time.Second)
	c.MaxBodyBytes = defaults.Or(c.MaxBodyBytes, 4<<10)
	c.PublishInterval = defaults.Or(c.PublishInterval, time.Minute)
	c.StateInterval = defaults.Or(c.StateInterval, 2*time.Second)
	if c.ClientID == nil {
		c.ClientID = defaults.RemoteIP
	}
	return nil
}

func (l *Limits) setDefaults() {
	l.VoterFailures = defaults.Or(l.VoterFailures, 10)
	l.VoterWindow = defaults.Or(l.VoterWindow, time.Hour)
	l.ClientFailures = defaults.Or(l.ClientFailures, 50)
	l.ClientWindow = defaults.Or(l.ClientWindow, 15*time.Minute)
}
