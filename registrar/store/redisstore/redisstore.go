// Package redisstore is the registrar's store on Redis, for several
// registrar replicas behind a load balancer sharing one Redis primary.
//
// Atomicity: a voter's issuance record is claimed and completed by Lua
// scripts, which Redis runs atomically, so racing replicas bind a voter
// to exactly one blinded message and count each token once; the script
// that stores a signature also numbers it and logs the voter's entry
// under that number, and Redis writes the script's effects to the
// append-only file as one transaction.
//
// Durability: Redis must run with the append-only file and fsync on every
// write (appendonly yes, appendfsync always, no-appendfsync-on-rewrite
// no): Redis then fsyncs each write before it replies. Keys must never be
// evicted (maxmemory-policy noeviction). Open checks all of this with
// CONFIG GET and refuses to start otherwise, unless
// Options.AllowNotDurable downgrades the refusal to a loud warning (for
// development only). Redis replication is asynchronous: a failover to a
// replica can lose acknowledged writes, so run one primary (restarted on
// its own data after a crash), not an automatic failover setup.
//
// Keys live under "evote:registrar:{<namespace>}:" (one namespace per
// election; the braces keep them in one Redis Cluster slot, as the scripts
// need). Every Redis error other than "not found" is wrapped in
// store.ErrUnavailable: the registrar then stops issuing (fail closed).
package redisstore

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/evote-org/evote/registrar/store"
)

// ErrNotDurable is returned by Open for a Redis that could lose
// acknowledged writes.
var ErrNotDurable = errors.New("redisstore: Redis is not configured for durability")

// Options configure Open. Namespace is required.
type Options struct {
	// Namespace separates elections sharing a Redis, e.g. the election id
	// in hex.
	Namespace string
	// AllowNotDurable starts even if the durability check fails, with a
	// warning. Never in production.
	AllowNotDurable bool
	// Logger; nil means slog.Default().
	Logger *slog.Logger
}

// Store is a store.Store on Redis.
type Store struct {
	c      redis.UniversalClient
	prefix string
}

var _ store.Store = (*Store)(nil)

// Open connects to the Redis at url (redis://[user:password@]host:port/db
// or rediss:// for TLS), checks its durability configuration and returns
// the store.
func Open(ctx context.Context, url string, opts Options) (*Store, error) {
	ro, err := redis.ParseURL(url)
	if err != nil {
		return nil, fmt.Errorf("redisstore: %w", err)
	}
	ro.DialTimeout = 2 * time.Second
	ro.MaxRetries = 1
	s, err := New(ctx, redis.NewClient(ro), opts)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// New is Open for a client the caller configured (Sentinel, Cluster,
// TLS). The store owns the client: Close closes it. On error the client
// is closed.
func New(ctx context.Context, c redis.UniversalClient, opts Options) (*Store, error) {
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.Namespace == "" {
		c.Close()
		return nil, errors.New("redisstore: no namespace")
	}
	if err := checkDurable(ctx, c); err != nil {
		if !opts.AllowNotDurable || !errors.Is(err, ErrNotDurable) {
			c.Close()
			return nil, err
		}
		opts.Logger.Warn("REDIS IS NOT DURABLE: tokens issued now can be forgotten "+
			"after a crash and issued twice; for development only", "err", err)
	}
	return &Store{c: c, prefix: "evote:registrar:{" + opts.Namespace + "}:"}, nil
}

// required is the configuration checked by Open.
var required = [][2]string{
	{"appendonly", "yes"},
	{"appendfsync", "always"},
	{"no-appendfsync-on-rewrite", "no"},
	{"maxmemory-policy", "noeviction"},
}

func checkDurable(ctx context.Context, c redis.UniversalClient) error {
	var bad []string
	for _, kv := range required {
		got, err := c.ConfigGet(ctx, kv[0]).Result()
		if err != nil {
			return fmt.Errorf("%w: redisstore: CONFIG GET %s: %w", store.ErrUnavailable, kv[0], err)
		}
		if got[kv[0]] != kv[1] {
			bad = append(bad, fmt.Sprintf("%s is %q, want %q", kv[0], got[kv[0]], kv[1]))
		}
	}
	if bad != nil {
		return fmt.Errorf("%w: %s (set this in redis.conf, or CONFIG SET and CONFIG REWRITE)", ErrNotDurable, strings.Join(bad, "; "))
	}
	return nil
}

// Close closes the client.
func (s *Store) Close() error {
	if err := s.c.Close(); err != nil && !errors.Is(err, redis.ErrClosed) {
		return fmt.Errorf("redisstore: closing: %w", err)
	}
	return nil
}

func unavailable(err error) error {
	return fmt.Errorf("%w: redis: %w", store.ErrUnavailable, err)
}

func (s *Store) credKey() string                 { return s.prefix + "cred" }
func (s *Store) entryKey() string                { return s.prefix + "entry" } // voter id -> entry
func (s *Store) seqKey() string                  { return s.prefix + "seq" }   // voter id -> sequence number
func (s *Store) logKey() string                  { return s.prefix + "log" }   // sequence number -> entry
func (s *Store) issuedKey() string               { return s.prefix + "issued" }
func (s *Store) intentKey(voterID string) string { return s.prefix + "intent:" + voterID }
func (s *Store) attemptKey(key string) string    { return s.prefix + "attempt:" + key }
