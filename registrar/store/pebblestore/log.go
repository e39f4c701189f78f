package pebblestore

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/evote-org/evote/registrar/store"
)

// Entries implements store.Store: the log records from+1..to, read in
// key order (the numbers are big-endian).
func (s *Store) Entries(ctx context.Context, from, to uint64) ([][]byte, error) {
	db, done, err := s.open()
	if err != nil {
		return nil, err
	}
	defer done()
	if from > to || to > s.issued.Load() {
		return nil, fmt.Errorf("%w: %d..%d of %d", store.ErrRange, from, to, s.issued.Load())
	}
	out := make([][]byte, 0, to-from)
	err = each(db, logPrefix, []byte(logKey(from+1)), func(k, v []byte) error {
		if uint64(len(out)) == to-from {
			return errStop
		}
		if string(k) != logKey(from+1+uint64(len(out))) {
			return corrupt("log: a number is missing")
		}
		out = append(out, bytes.Clone(v))
		return nil
	})
	if err != nil && !errors.Is(err, errStop) {
		return nil, err
	}
	if uint64(len(out)) != to-from {
		return nil, corrupt("log: entries are missing")
	}
	return out, nil
}

// RollEntries implements store.Store.
func (s *Store) RollEntries(ctx context.Context) ([][]byte, error) {
	db, done, err := s.open()
	if err != nil {
		return nil, err
	}
	defer done()
	out := make([][]byte, 0, s.voters.Load())
	err = each(db, entryPrefix, nil, func(_, v []byte) error {
		out = append(out, bytes.Clone(v))
		return nil
	})
	return out, err
}

// errStop ends an iteration early.
var errStop = errors.New("pebblestore: stop")
