package relay

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sort"
	"sync"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/common"
)

// Keys of the outbox.
const (
	entryPrefix   = "e/" // + pseudonym (20) -> record
	trackerPrefix = "t/" // + tracker (10) -> pseudonym (20)
	cursorKey     = "w"  // -> u64be: the next block the watcher reads
	electionKey   = "c"  // -> the election context (docs/protocol.md, section 2)
)

// outbox is the relay's durable state in a Pebble database. Accepting a
// cast is a synced write (the write-ahead log is fsynced before accept
// returns; concurrent writers share an fsync); marking entries done and
// moving the watcher's cursor is one unsynced batch, because losing it
// only makes the watcher read those blocks again.
type outbox struct {
	mu sync.RWMutex // write-locked only by close
	db *pebble.DB   // nil once closed
}

func openOutbox(dir string, log *slog.Logger) (*outbox, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("relay: outbox: %w", err)
	}
	db, err := pebble.Open(dir, &pebble.Options{Logger: pebbleLogger{log}})
	if err != nil {
		return nil, fmt.Errorf("relay: opening the outbox %s: %w", dir, err)
	}
	return &outbox{db: db}, nil
}

func (o *outbox) close() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.db == nil {
		return nil
	}
	err := o.db.Close()
	o.db = nil
	return err
}

// use runs f on the open database.
func (o *outbox) use(f func(db *pebble.DB) error) error {
	o.mu.RLock()
	defer o.mu.RUnlock()
	if o.db == nil {
		return ErrClosed
	}
	if err := f(o.db); err != nil && !errors.Is(err, ErrConfig) {
		return fmt.Errorf("%w: outbox: %w", ErrUnavailable, err)
	} else if err != nil {
		return err
	}
	return nil
}

// bind ties a new outbox to an election, and refuses an outbox of another
// one.
func (o *outbox) bind(election []byte) error {
	return o.use(func(db *pebble.DB) error {
		v, err := value(db, electionKey)
		switch {
		case err != nil:
			return err
		case v == nil:
			return db.Set([]byte(electionKey), election, pebble.Sync)
		case !bytes.Equal(v, election):
			return errOtherElection
		}
		return nil
	})
}

var errOtherElection = fmt.Errorf("%w: the outbox belongs to another election", ErrConfig)

// get returns the record of a pseudonym, or nil.
func (o *outbox) get(p common.Address) (*record, error) {
	var rec *record
	err := o.use(func(db *pebble.DB) error {
		v, err := value(db, entryPrefix+string(p[:]))
		if v != nil {
			rec, err = decodeRecord(p, v)
		}
		return err
	})
	return rec, err
}

// byTracker returns the record of a tracker code, or ErrNotFound.
func (o *outbox) byTracker(t Tracker) (*record, error) {
	var p []byte
	if err := o.use(func(db *pebble.DB) (err error) {
		p, err = value(db, trackerPrefix+string(t[:]))
		return err
	}); err != nil {
		return nil, err
	}
	if len(p) != common.AddressLength {
		return nil, ErrNotFound
	}
	rec, err := o.get(common.Address(p))
	if err == nil && (rec == nil || rec.Tracker() != t) {
		return nil, ErrNotFound
	}
	return rec, err
}

// accept stores a new record durably.
func (o *outbox) accept(rec *record) error {
	return o.use(func(db *pebble.DB) error {
		b := db.NewBatch()
		defer b.Close()
		t := rec.Tracker()
		b.Set([]byte(entryPrefix+string(rec.Pseudonym[:])), rec.encode(), nil)
		b.Set([]byte(trackerPrefix+string(t[:])), rec.Pseudonym[:], nil)
		return b.Commit(pebble.Sync)
	})
}

// finish stores done records and the watcher's cursor in one batch.
func (o *outbox) finish(done []*record, cursor uint64) error {
	return o.use(func(db *pebble.DB) error {
		b := db.NewBatch()
		defer b.Close()
		for _, rec := range done {
			b.Set([]byte(entryPrefix+string(rec.Pseudonym[:])), rec.encode(), nil)
		}
		b.Set([]byte(cursorKey), binary.BigEndian.AppendUint64(nil, cursor), nil)
		return b.Commit(pebble.NoSync)
	})
}

// cursor returns the stored cursor, if any.
func (o *outbox) cursor() (uint64, bool, error) {
	var v []byte
	err := o.use(func(db *pebble.DB) (err error) {
		v, err = value(db, cursorKey)
		return err
	})
	if err != nil || v == nil {
		return 0, false, err
	}
	if len(v) != 8 {
		return 0, false, errRecord
	}
	return binary.BigEndian.Uint64(v), true, nil
}

// pending returns the records still accepted, oldest first.
func (o *outbox) pending() ([]*record, error) {
	var out []*record
	err := o.use(func(db *pebble.DB) error {
		it, err := db.NewIter(&pebble.IterOptions{LowerBound: []byte(entryPrefix), UpperBound: []byte("e0")})
		if err != nil {
			return err
		}
		for it.First(); it.Valid() && err == nil; it.Next() {
			var rec *record
			rec, err = decodeRecord(common.BytesToAddress(it.Key()[len(entryPrefix):]), it.Value())
			if err == nil && rec.Phase == Accepted {
				out = append(out, rec)
			}
		}
		return errors.Join(err, it.Error(), it.Close())
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].Accepted.Before(out[j].Accepted) })
	return out, err
}

// value returns a copy of the value under key, or nil.
func value(db *pebble.DB, key string) ([]byte, error) {
	v, closer, err := db.Get([]byte(key))
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer closer.Close()
	return append([]byte{}, v...), nil
}

// pebbleLogger passes Pebble's messages to slog.
type pebbleLogger struct{ l *slog.Logger }

func (l pebbleLogger) Infof(format string, args ...any) {
	l.l.Debug(fmt.Sprintf(format, args...), "component", "pebble")
}

func (l pebbleLogger) Errorf(format string, args ...any) {
	l.l.Error(fmt.Sprintf(format, args...), "component", "pebble")
}

// Fatalf is called on an unrecoverable error such as a failed fsync of
// the write-ahead log: the relay must not go on answering "accepted".
func (l pebbleLogger) Fatalf(format string, args ...any) {
	l.l.Error(fmt.Sprintf(format, args...), "component", "pebble", "fatal", true)
	os.Exit(1)
}
