package pebblestore_test

import (
	"path/filepath"
	"testing"

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
