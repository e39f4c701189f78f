// Package pebblestore is the registrar's embedded store for one machine:
// a Pebble database (the LSM engine go-ethereum also uses) in a local
// directory.
//
// Durability: PutCredentials, Claim and Complete write with pebble.Sync,
// so they return only after the write-ahead log is fsynced; concurrent
// writers share an fsync (Pebble's group commit). Attempt counters
// (Hit) are written without sync: a crash may forget the last few
// attempts of a window, which is harmless next to the code's entropy.
// The counts of voters and issued tokens are derived from the records when
// the store is opened, and kept in memory afterwards, so they can never
// disagree with the records.
//
// One process at a time: Pebble locks the directory. Use redisstore to run
// several registrar replicas.
package pebblestore

import (
	"context"
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
	credPrefix    = "c/"
	intentPrefix  = "i/"
	attemptPrefix = "a/"
)

// Options configure Open. The zero value is valid.
type Options struct {
	// Logger receives Pebble's messages; nil means slog.Default().
	Logger *slog.Logger
}

// Store is a store.Store on Pebble.
type Store struct {
	mu     sync.RWMutex // write-locked only by Close
	db     *pebble.DB   // nil once closed
	seed   maphash.Seed
	locks  [256]sync.Mutex // per-key read-modify-write, by hash of the key
	credMu sync.Mutex      // serialises PutCredentials
	voters atomic.Uint64
	issued atomic.Uint64
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

// count derives the voter and issued counts from the records.
func (s *Store) count() error {
	v, err1 := s.scan(credPrefix, func([]byte) bool { return true })
	i, err2 := s.scan(intentPrefix, func(val []byte) bool { return len(val) > store.HashSize })
	if err := errors.Join(err1, err2); err != nil {
		return fmt.Errorf("pebblestore: counting records: %w", err)
	}
	s.voters.Store(v)
	s.issued.Store(i)
	return nil
}

func (s *Store) scan(prefix string, match func(val []byte) bool) (uint64, error) {
	upper := []byte(prefix)
	upper[len(upper)-1]++
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte(prefix), UpperBound: upper})
	if err != nil {
		return 0, err
	}
	var n uint64
	for it.First(); it.Valid(); it.Next() {
		if match(it.Value()) {
			n++
		}
	}
	return n, errors.Join(it.Error(), it.Close())
}

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
