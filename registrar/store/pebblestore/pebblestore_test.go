package pebblestore_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/cockroachdb/pebble/v2"

	"github.com/evote-org/evote/registrar/store"
	"github.com/evote-org/evote/registrar/store/pebblestore"
	"github.com/evote-org/evote/registrar/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) (store.Store, func(*testing.T) store.Store) {
		dir := filepath.Join(t.TempDir(), "registrar")
		open := func(t *testing.T) store.Store {
			s, err := pebblestore.Open(dir, pebblestore.Options{})
			if err != nil {
				t.Fatal(err)
			}
			return s
		}
		return open(t), open
	})
}

func TestOneProcessAtATime(t *testing.T) {
	dir := t.TempDir()
	s, err := pebblestore.Open(dir, pebblestore.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s2, err := pebblestore.Open(dir, pebblestore.Options{}); err == nil {
		s2.Close()
		t.Fatal("a second Open of a directory in use succeeded")
	}
}

// TestOpenChecksLog: a store whose log lost a record (the first, a gap;
// the last, fewer entries than signatures) is refused at Open, not
// served.
func TestOpenChecksLog(t *testing.T) {
	for name, seq := range map[string]byte{"gap": 1, "short": 2} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			s, err := pebblestore.Open(dir, pebblestore.Options{})
			if err != nil {
				t.Fatal(err)
			}
			ctx := context.Background()
			for _, v := range []string{"anna", "boris"} {
				h := [32]byte{v[0]}
				err := errors.Join(s.PutCredentials(ctx, []store.Credential{{VoterID: v, Secret: []byte("x"), Entry: []byte{1, 0}}}),
					func() error { _, err := s.Claim(ctx, v, h); return err }(),
					func() error { _, err := s.Complete(ctx, v, h, []byte("sig")); return err }())
				if err != nil {
					t.Fatal(err)
				}
			}
			s.Close()
			db, err := pebble.Open(dir, &pebble.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if err := db.Delete([]byte("l/\x00\x00\x00\x00\x00\x00\x00"+string([]byte{seq})), pebble.Sync); err != nil {
				t.Fatal(err)
			}
			db.Close()
			if s, err := pebblestore.Open(dir, pebblestore.Options{}); !errors.Is(err, pebblestore.ErrLog) {
				if s != nil {
					s.Close()
				}
				t.Fatalf("Open = %v, want ErrLog", err)
			}
		})
	}
}

// BenchmarkComplete is the rate of completions from 16 goroutines: each
// is one fsynced batch, numbered and committed one at a time (so that the
// log has no gap), against claims, which share their fsyncs.
func BenchmarkComplete(b *testing.B) {
	for _, op := range []string{"claim", "complete"} {
		b.Run(op, func(b *testing.B) {
			s, err := pebblestore.Open(b.TempDir(), pebblestore.Options{})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			ctx := context.Background()
			creds := make([]store.Credential, b.N)
			for i := range creds {
				creds[i] = store.Credential{VoterID: fmt.Sprint("v", i), Secret: []byte("x"), Entry: make([]byte, 42)}
			}
			if err := s.PutCredentials(ctx, creds); err != nil {
				b.Fatal(err)
			}
			var next atomic.Int64
			b.SetParallelism(8) // 16 goroutines on 2 cores
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					v := fmt.Sprint("v", next.Add(1)-1)
					if _, err := s.Claim(ctx, v, [32]byte{1}); err != nil {
						b.Error(err)
					}
					if op == "complete" {
						if _, err := s.Complete(ctx, v, [32]byte{1}, []byte("sig")); err != nil {
							b.Error(err)
						}
					}
				}
			})
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "ops/s")
		})
	}
}
