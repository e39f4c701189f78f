package pebblestore_test

import (
	"context"
	"errors"
	"path/filepath"
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
