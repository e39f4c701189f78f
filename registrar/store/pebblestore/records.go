package pebblestore

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sync/atomic"
	"time"

	"github.com/cockroachdb/pebble/v2"

	"github.com/evote-org/evote/registrar/store"
)

// PutCredentials implements store.Store: secrets and entries in one
// batch, fsynced.
func (s *Store) PutCredentials(ctx context.Context, creds []store.Credential) error {
	if err := store.CheckEntries(creds); err != nil {
		return err
	}
	db, done, err := s.open()
	if err != nil {
		return err
	}
	defer done()
	s.credMu.Lock()
	defer s.credMu.Unlock()
	b := db.NewBatch()
	defer b.Close()
	added := map[string]bool{}
	for _, c := range creds {
		old, err := get(db, credPrefix+c.VoterID)
		if err != nil {
			return err
		}
		if old == nil {
			added[c.VoterID] = true
		}
		if err := errors.Join(b.Set([]byte(credPrefix+c.VoterID), c.Secret, nil),
			b.Set([]byte(entryPrefix+c.VoterID), c.Entry, nil)); err != nil {
			return unavailable(err)
		}
	}
	if err := b.Commit(pebble.Sync); err != nil {
		return unavailable(err)
	}
	s.voters.Add(uint64(len(added)))
	return nil
}

// Credential implements store.Store.
func (s *Store) Credential(ctx context.Context, voterID string) ([]byte, error) {
	db, done, err := s.open()
	if err != nil {
		return nil, err
	}
	defer done()
	v, err := get(db, credPrefix+voterID)
	if err == nil && v == nil {
		err = store.ErrNotFound
	}
	return v, err
}

// Claim implements store.Store: the record (the hash) is written with
// pebble.Sync under the voter's lock stripe.
func (s *Store) Claim(ctx context.Context, voterID string, hash [store.HashSize]byte) (store.Intent, error) {
	db, done, err := s.open()
	if err != nil {
		return store.Intent{}, err
	}
	defer done()
	defer s.lock(voterID)()
	in, found, err := getIntent(db, voterID)
	switch {
	case err != nil:
		return store.Intent{}, err
	case !found:
		if err := db.Set([]byte(intentPrefix+voterID), hash[:], pebble.Sync); err != nil {
			return store.Intent{}, unavailable(err)
		}
		return store.Intent{Hash: hash}, nil
	case in.Hash != hash:
		return store.Intent{}, store.ErrConflict
	}
	return in, nil
}

// Intent implements store.Store.
func (s *Store) Intent(ctx context.Context, voterID string) (store.Intent, error) {
	db, done, err := s.open()
	if err != nil {
		return store.Intent{}, err
	}
	defer done()
	in, found, err := getIntent(db, voterID)
	if err == nil && !found {
		err = store.ErrNotFound
	}
	return in, err
}

// Complete implements store.Store: hash || signature, the sequence
// number and the logged entry are one batch written with pebble.Sync.
// Batches are numbered and put in the write-ahead log one at a time,
// under seqMu, so that the log's order is the numbers' order; their
// fsyncs are awaited outside it, where concurrent completions share them.
// An fsync covers every earlier write of the log, so the numbers that
// survive a crash are always 1..n; Issued counts only synced ones.
func (s *Store) Complete(ctx context.Context, voterID string, hash [store.HashSize]byte, sig []byte) (store.Intent, error) {
	db, done, err := s.open()
	if err != nil {
		return store.Intent{}, err
	}
	defer done()
	defer s.lock(voterID)()
	in, found, err := getIntent(db, voterID)
	switch {
	case err != nil:
		return store.Intent{}, err
	case !found:
		return store.Intent{}, store.ErrNoIntent
	case in.Hash != hash:
		return store.Intent{}, store.ErrConflict
	case in.Done():
		return in, nil
	}
	entry, err := get(db, entryPrefix+voterID)
	if err != nil {
		return store.Intent{}, err
	}
	if len(entry) == 0 {
		return store.Intent{}, fmt.Errorf("%w: voter %q", store.ErrNoEntry, voterID)
	}
	seq, err := s.commitNumbered(db, voterID, append(hash[:], sig...), entry)
	if err != nil {
		return store.Intent{}, err
	}
	in.Signature, in.Seq = bytes.Clone(sig), seq
	return in, nil
}

// commitNumbered writes a voter's complete record under the next number
// and returns once it is synced (see Complete).
func (s *Store) commitNumbered(db *pebble.DB, voterID string, record, entry []byte) (uint64, error) {
	b := db.NewBatch()
	s.seqMu.Lock()
	seq := s.numbered + 1
	err := errors.Join(b.Set([]byte(intentPrefix+voterID), record, nil),
		b.Set([]byte(seqPrefix+voterID), binary.BigEndian.AppendUint64(nil, seq), nil),
		b.Set([]byte(logKey(seq)), entry, nil))
	if err == nil {
		err = db.ApplyNoSyncWait(b, pebble.Sync)
	}
	if err != nil {
		s.seqMu.Unlock()
		b.Close()
		return 0, unavailable(err)
	}
	s.numbered = seq
	s.seqMu.Unlock()
	err = b.SyncWait()
	b.Close()
	if err != nil {
		return 0, unavailable(err)
	}
	raise(&s.issued, seq)
	return seq, nil
}

// raise sets n to v unless it is larger already.
func raise(n *atomic.Uint64, v uint64) {
	for {
		cur := n.Load()
		if v <= cur || n.CompareAndSwap(cur, v) {
			return
		}
	}
}

// getIntent reads a voter's intent record, hash (32) || signature (empty
// while pending), and the sequence number of a complete one.
func getIntent(db *pebble.DB, voterID string) (store.Intent, bool, error) {
	v, err := get(db, intentPrefix+voterID)
	if err != nil || v == nil {
		return store.Intent{}, false, err
	}
	if len(v) < store.HashSize {
		return store.Intent{}, false, corrupt("intent record")
	}
	in := store.Intent{Hash: [store.HashSize]byte(v[:store.HashSize])}
	if len(v) == store.HashSize {
		return in, true, nil
	}
	in.Signature = v[store.HashSize:]
	seq, err := get(db, seqPrefix+voterID)
	if err != nil {
		return store.Intent{}, false, err
	}
	if len(seq) != 8 {
		return store.Intent{}, false, corrupt("sequence number")
	}
	in.Seq = binary.BigEndian.Uint64(seq)
	return in, true, nil
}

func corrupt(what string) error {
	return fmt.Errorf("%w: pebblestore: corrupt %s", store.ErrUnavailable, what)
}

// Hit implements store.Store. The counter (count u64 || window end in
// Unix nanoseconds i64) is written without sync.
func (s *Store) Hit(ctx context.Context, key string, window time.Duration) (uint64, time.Duration, error) {
	return s.attempts(key, window)
}

// Attempts implements store.Store.
func (s *Store) Attempts(ctx context.Context, key string) (uint64, time.Duration, error) {
	return s.attempts(key, 0)
}

// Forgive implements store.Store.
func (s *Store) Forgive(ctx context.Context, key string) error {
	_, _, err := s.attempts(key, -1)
	return err
}

// attempts reads the counter under key and, if window > 0, counts a hit
// (starting a window of that length if none is running); if window < 0,
// it takes one back.
func (s *Store) attempts(key string, window time.Duration) (uint64, time.Duration, error) {
	db, done, err := s.open()
	if err != nil {
		return 0, 0, err
	}
	defer done()
	key = attemptPrefix + key
	defer s.lock(key)()
	v, err := get(db, key)
	if err != nil {
		return 0, 0, err
	}
	now := time.Now()
	var n uint64
	var end time.Time
	if len(v) == 16 {
		n, end = binary.BigEndian.Uint64(v), time.Unix(0, int64(binary.BigEndian.Uint64(v[8:])))
	}
	if !now.Before(end) {
		n, end = 0, now.Add(max(window, 0))
	}
	switch {
	case window > 0:
		n++
	case window < 0 && n > 0:
		n--
	default:
		return n, end.Sub(now), nil
	}
	v = binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64(nil, n), uint64(end.UnixNano()))
	if err := db.Set([]byte(key), v, pebble.NoSync); err != nil {
		return 0, 0, unavailable(err)
	}
	return n, end.Sub(now), nil
}

// logger passes Pebble's messages to slog.
type logger struct{ l *slog.Logger }

func (l logger) Infof(format string, args ...any) {
	l.l.Debug(fmt.Sprintf(format, args...), "component", "pebble")
}

func (l logger) Errorf(format string, args ...any) {
	l.l.Error(fmt.Sprintf(format, args...), "component", "pebble")
}

// Fatalf is called by Pebble on an unrecoverable error (such as a failed
// write-ahead log fsync): the process exits, which stops issuance.
func (l logger) Fatalf(format string, args ...any) {
	l.l.Error(fmt.Sprintf(format, args...), "component", "pebble", "fatal", true)
	os.Exit(1)
}
