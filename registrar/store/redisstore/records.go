package redisstore

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/evote-org/evote/registrar/store"
)

// credChunk is how many credentials go in one HSET.
const credChunk = 1000

// PutCredentials implements store.Store: secrets and entries are fields
// of two hashes, written credChunk voters at a time, each chunk one
// MULTI/EXEC transaction.
func (s *Store) PutCredentials(ctx context.Context, creds []store.Credential) error {
	if err := store.CheckEntries(creds); err != nil {
		return err
	}
	for len(creds) > 0 {
		n := min(len(creds), credChunk)
		secrets, entries := make([]any, 0, 2*n), make([]any, 0, 2*n)
		for _, c := range creds[:n] {
			secrets = append(secrets, c.VoterID, c.Secret)
			entries = append(entries, c.VoterID, c.Entry)
		}
		_, err := s.c.TxPipelined(ctx, func(p redis.Pipeliner) error {
			p.HSet(ctx, s.credKey(), secrets...)
			p.HSet(ctx, s.entryKey(), entries...)
			return nil
		})
		if err != nil {
			return unavailable(err)
		}
		creds = creds[n:]
	}
	return nil
}

// Credential implements store.Store.
func (s *Store) Credential(ctx context.Context, voterID string) ([]byte, error) {
	v, err := s.c.HGet(ctx, s.credKey(), voterID).Bytes()
	if errors.Is(err, redis.Nil) {
		return nil, store.ErrNotFound
	}
	if err != nil {
		return nil, unavailable(err)
	}
	return v, nil
}

// Voters implements store.Store.
func (s *Store) Voters(ctx context.Context) (uint64, error) {
	n, err := s.c.HLen(ctx, s.credKey()).Uint64()
	if err != nil {
		return 0, unavailable(err)
	}
	return n, nil
}

// Claim implements store.Store with claimScript.
func (s *Store) Claim(ctx context.Context, voterID string, hash [store.HashSize]byte) (store.Intent, error) {
	r, err := claimScript.Run(ctx, s.c, []string{s.intentKey(voterID), s.seqKey()}, hash[:], voterID).Slice()
	if errors.Is(err, redis.Nil) {
		return store.Intent{Hash: hash}, nil
	}
	if err != nil {
		return store.Intent{}, unavailable(err)
	}
	in, err := parseIntent(r)
	if err == nil && in.Hash != hash {
		err = store.ErrConflict
	}
	return in, err
}

// Intent implements store.Store with intentScript.
func (s *Store) Intent(ctx context.Context, voterID string) (store.Intent, error) {
	r, err := intentScript.Run(ctx, s.c, []string{s.intentKey(voterID), s.seqKey()}, voterID).Slice()
	switch {
	case errors.Is(err, redis.Nil):
		return store.Intent{}, store.ErrNotFound
	case err != nil:
		return store.Intent{}, unavailable(err)
	}
	return parseIntent(r)
}

// Complete implements store.Store with completeScript.
func (s *Store) Complete(ctx context.Context, voterID string, hash [store.HashSize]byte, sig []byte) (store.Intent, error) {
	keys := []string{s.intentKey(voterID), s.issuedKey(), s.seqKey(), s.entryKey(), s.logKey()}
	r, err := completeScript.Run(ctx, s.c, keys, hash[:], sig, voterID).Slice()
	if err != nil {
		return store.Intent{}, unavailable(err)
	}
	switch code, _ := r[0].(int64); {
	case code == 0:
		return store.Intent{}, store.ErrNoIntent
	case code == 1:
		return store.Intent{}, store.ErrConflict
	case code == 3:
		return store.Intent{}, fmt.Errorf("%w: voter %q", store.ErrNoEntry, voterID)
	case code == 2 && len(r) == 3:
		return parseIntent(r[1:])
	}
	return store.Intent{}, fmt.Errorf("%w: redisstore: unexpected reply %v", store.ErrUnavailable, r)
}

// parseIntent reads {intent record, sequence number}: the record is hash
// (32) || signature, the number decimal (” while pending).
func parseIntent(r []any) (store.Intent, error) {
	if len(r) != 2 {
		return store.Intent{}, corrupt("intent reply")
	}
	v, _ := r[0].(string)
	seq, _ := r[1].(string)
	if len(v) < store.HashSize {
		return store.Intent{}, corrupt("intent record")
	}
	in := store.Intent{Hash: [store.HashSize]byte([]byte(v[:store.HashSize]))}
	if len(v) == store.HashSize {
		return in, nil
	}
	in.Signature = []byte(v[store.HashSize:])
	n, err := strconv.ParseUint(seq, 10, 64)
	if err != nil || n == 0 {
		return store.Intent{}, corrupt("sequence number")
	}
	in.Seq = n
	return in, nil
}

func corrupt(what string) error {
	return fmt.Errorf("%w: redisstore: corrupt %s", store.ErrUnavailable, what)
}

// Issued implements store.Store.
func (s *Store) Issued(ctx context.Context) (uint64, error) {
	n, err := s.c.Get(ctx, s.issuedKey()).Uint64()
	if errors.Is(err, redis.Nil) {
		return 0, nil
	}
	if err != nil {
		return 0, unavailable(err)
	}
	return n, nil
}

// Hit implements store.Store with hitScript.
func (s *Store) Hit(ctx context.Context, key string, window time.Duration) (uint64, time.Duration, error) {
	ms := max(window.Milliseconds(), 1)
	return counter(hitScript.Run(ctx, s.c, []string{s.attemptKey(key)}, ms))
}

// Attempts implements store.Store with attemptsScript.
func (s *Store) Attempts(ctx context.Context, key string) (uint64, time.Duration, error) {
	return counter(attemptsScript.Run(ctx, s.c, []string{s.attemptKey(key)}))
}

// Forgive implements store.Store with forgiveScript.
func (s *Store) Forgive(ctx context.Context, key string) error {
	if err := forgiveScript.Run(ctx, s.c, []string{s.attemptKey(key)}).Err(); err != nil {
		return unavailable(err)
	}
	return nil
}

// counter reads a {count, milliseconds left} reply.
func counter(cmd *redis.Cmd) (uint64, time.Duration, error) {
	r, err := cmd.Int64Slice()
	if err != nil {
		return 0, 0, unavailable(err)
	}
	if len(r) != 2 || r[0] < 0 {
		return 0, 0, fmt.Errorf("%w: redisstore: unexpected reply %v", store.ErrUnavailable, r)
	}
	return uint64(r[0]), time.Duration(max(r[1], 0)) * time.Millisecond, nil
}
