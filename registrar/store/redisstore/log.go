package redisstore

import (
	"context"
	"fmt"
	"strconv"

	"github.com/evote-org/evote/registrar/store"
)

// logChunk is how many log records one HMGET reads, and how many fields
// one HSCAN step asks for.
const logChunk = 1000

// Entries implements store.Store: HMGETs of the log hash.
func (s *Store) Entries(ctx context.Context, from, to uint64) ([][]byte, error) {
	issued, err := s.Issued(ctx)
	if err != nil {
		return nil, err
	}
	if from > to || to > issued {
		return nil, fmt.Errorf("%w: %d..%d of %d", store.ErrRange, from, to, issued)
	}
	out := make([][]byte, 0, to-from)
	for next := from + 1; next <= to; {
		fields := make([]string, 0, logChunk)
		for ; next <= to && len(fields) < logChunk; next++ {
			fields = append(fields, strconv.FormatUint(next, 10))
		}
		vals, err := s.c.HMGet(ctx, s.logKey(), fields...).Result()
		if err != nil {
			return nil, unavailable(err)
		}
		for i, v := range vals {
			e, ok := v.(string)
			if !ok {
				return nil, corrupt("log: entry " + fields[i] + " is missing")
			}
			out = append(out, []byte(e))
		}
	}
	return out, nil
}

// RollEntries implements store.Store: an HSCAN of the entries, which may
// return a field twice (while Redis rehashes), so fields are kept by voter.
func (s *Store) RollEntries(ctx context.Context) ([][]byte, error) {
	byVoter := map[string]string{}
	var cursor uint64
	for {
		kv, next, err := s.c.HScan(ctx, s.entryKey(), cursor, "", logChunk).Result()
		if err != nil {
			return nil, unavailable(err)
		}
		for i := 0; i+1 < len(kv); i += 2 {
			byVoter[kv[i]] = kv[i+1]
		}
		if cursor = next; cursor == 0 {
			break
		}
	}
	out := make([][]byte, 0, len(byVoter))
	for _, e := range byVoter {
		out = append(out, []byte(e))
	}
	return out, nil
}
