// Package pebblestore is the registrar's embedded store for one machine:
// a Pebble database (the LSM engine go-ethereum also uses) in a local
// directory.
//
// Durability: PutCredentials, Claim and Complete write with pebble.Sync,
// so they return only after the write-ahead log is fsynced; concurrent
// writes share an fsync (Pebble's group commit). Complete writes the
// signature, its sequence number and the logged entry in one batch;
// completions enter the write-ahead log in the order of their numbers,
// so that the numbers on disk are always 1..n without a gap. Attempt counters
// (Hit) are written without sync: a crash may forget the last few
// attempts of a window, which is harmless next to the code's entropy.
// The counts of voters and issued tokens are derived from the records when
// the store is opened, and kept in memory afterwards, so they can never
// disagree with the records; Open refuses a store whose log is not
// numbered 1..n for its n completed records.
//
// One process at a time: Pebble locks the directory. Use redisstore to run
// several registrar replicas.
package pebblestore

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/maphash"
	"log/slog"
	"os"
	"sync"
	"sync/atomic"

	"github.com/cockroachdb/pebble/v2"

	"github.com/evote-org/evote/registrar/store"
)

// Key prefixes.
const (
	credPrefix    = "c/" // voter id -> secret
	entryPrefix   = "e/" // voter id -> log entry
	intentPrefix  = "i/" // voter id -> hash || signature
	seqPrefix     = "s/" // voter id -> sequence number (u64), once complete
	logPrefix     = "l/" // sequence number (u64, big-endian) -> entry
	attemptPrefix = "a/"
)

// Options configure Open. The zero value is valid.
type Options struct {
	// Logger receives Pebble's messages; nil means slog.Default().
	Logger *slog.Logger
}

// Store is a store.Store on Pebble.
type Store struct {
	mu       sync.RWMutex // write-locked only by Close
	db       *pebble.DB   // nil once closed
	seed     maphash.Seed
	locks    [256]sync.Mutex // per-key read-modify-write, by hash of the key
	credMu   sync.Mutex      // serialises PutCredentials
	seqMu    sync.Mutex      // serialises the numbering of completions and their order in the log
	numbered uint64          // the last number given, under seqMu
	voters   atomic.Uint64
	issued   atomic.Uint64
}

var _ store.Store = (*Store)(nil)

// Open opens (creating if needed, mode 0700) the store in dir.
func Open(dir string, opts Options) (*Store, error) {
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("pebblestore: %w", err)
	}
	db, err := pebble.Open(dir, &pebble.Options{Logger: logger{opts.Logger}})
	if err != nil {
		return nil, fmt.Errorf("pebblestore: opening %s: %w", dir, err)
	}
	s := &Store{db: db, seed: maphash.MakeSeed()}
	if err := s.count(); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// ErrLog is returned by Open for a store whose log disagrees with its
// issuance records.
var ErrLog = errors.New("pebblestore: the registration log and the issued records disagree")

// count derives the voter and issued counts from the records and checks
// that the log is numbered 1..issued.
func (s *Store) count() error {
	var voters, done, logged uint64
	err := errors.Join(
		each(s.db, credPrefix, nil, func(_, _ []byte) error { voters++; return nil }),
		each(s.db, intentPrefix, nil, func(_, v []byte) error {
			if len(v) > store.HashSize {
				done++
			}
			return nil
		}),
		each(s.db, logPrefix, nil, func(k, _ []byte) error {
			logged++
			if string(k) != logKey(logged) {
				return fmt.Errorf("%w: entry %x where %d was due", ErrLog, k, logged)
			}
			return nil
		}))
	if err == nil && logged != done {
		err = fmt.Errorf("%w: %d entries, %d signatures", ErrLog, logged, done)
	}
	if err != nil {
		return fmt.Errorf("pebblestore: counting records: %w", err)
	}
	s.voters.Store(voters)
	s.issued.Store(done)
	s.numbered = done
	return nil
}

// each calls fn with every key and value from lower (or the prefix's
// first key) to the prefix's end; the slices are valid only during the
// call.
func each(db *pebble.DB, prefix string, lower []byte, fn func(k, v []byte) error) error {
	upper := []byte(prefix)
	upper[len(upper)-1]++
	if lower == nil {
		lower = []byte(prefix)
	}
	it, err := db.NewIter(&pebble.IterOptions{LowerBound: lower, UpperBound: upper})
	if err != nil {
		return unavailable(err)
	}
	for it.First(); it.Valid() && err == nil; it.Next() {
		err = fn(it.Key(), it.Value())
	}
	if e := errors.Join(it.Error(), it.Close()); e != nil {
		err = errors.Join(err, unavailable(e))
	}
	return err
}

func logKey(seq uint64) string { return logPrefix + string(binary.BigEndian.AppendUint64(nil, seq)) }

// Close closes the database; later calls fail with store.ErrClosed.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		return nil
	}
	err := s.db.Close()
	s.db = nil
	if err != nil {
		return fmt.Errorf("pebblestore: closing: %w", err)
	}
	return nil
}

// open returns the database for one operation, holding the read lock
// that Close waits for; call the returned function when done.
func (s *Store) open() (*pebble.DB, func(), error) {
	s.mu.RLock()
	if s.db == nil {
		s.mu.RUnlock()
		return nil, nil, store.ErrClosed
	}
	return s.db, s.mu.RUnlock, nil
}

// lock locks the stripe of key.
func (s *Store) lock(key string) func() {
	m := &s.locks[maphash.String(s.seed, key)%uint64(len(s.locks))]
	m.Lock()
	return m.Unlock
}

// get returns a copy of the value under key, or nil if there is none.
func get(db *pebble.DB, key string) ([]byte, error) {
	v, closer, err := db.Get([]byte(key))
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, unavailable(err)
	}
	defer closer.Close()
	return append([]byte{}, v...), nil
}

func unavailable(err error) error {
	return fmt.Errorf("%w: pebble: %w", store.ErrUnavailable, err)
}

// Voters implements store.Store.
func (s *Store) Voters(ctx context.Context) (uint64, error) {
	_, done, err := s.open()
	if err != nil {
		return 0, err
	}
	defer done()
	return s.voters.Load(), nil
}

// Issued implements store.Store.
func (s *Store) Issued(ctx context.Context) (uint64, error) {
	_, done, err := s.open()
	if err != nil {
		return 0, err
	}
	defer done()
	return s.issued.Load(), nil
}
