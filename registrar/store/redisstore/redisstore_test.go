package redisstore_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/evote-org/evote/internal/redistest"
	"github.com/evote-org/evote/registrar/store"
	"github.com/evote-org/evote/registrar/store/redisstore"
	"github.com/evote-org/evote/registrar/store/storetest"
)

var namespaces atomic.Int64

func open(t *testing.T, url, ns string, opts redisstore.Options) store.Store {
	t.Helper()
	opts.Namespace = ns
	s, err := redisstore.Open(context.Background(), url, opts)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) {
	srv := redistest.Start(t)
	storetest.Run(t, func(t *testing.T) (store.Store, func(*testing.T) store.Store) {
		ns := fmt.Sprint("test-", namespaces.Add(1))
		reopen := func(t *testing.T) store.Store { return open(t, srv.URL(), ns, redisstore.Options{}) }
		return reopen(t), reopen
	})
}

func TestRefusesNotDurable(t *testing.T) {
	tests := map[string][]string{
		"no AOF":               {"--appendonly", "no"},
		"fsync every second":   {"--appendonly", "yes", "--appendfsync", "everysec"},
		"no fsync on rewrite":  append([]string{"--no-appendfsync-on-rewrite", "yes"}, redistest.Durable...),
		"evicting under limit": append([]string{"--maxmemory-policy", "allkeys-lru"}, redistest.Durable...),
	}
	for name, args := range tests {
		t.Run(name, func(t *testing.T) {
			srv := redistest.Start(t, args...)
			_, err := redisstore.Open(context.Background(), srv.URL(), redisstore.Options{Namespace: "x"})
			if !errors.Is(err, redisstore.ErrNotDurable) {
				t.Fatalf("Open = %v, want ErrNotDurable", err)
			}
			t.Log(err)
		})
	}
}

func TestAllowNotDurableWarns(t *testing.T) {
	srv := redistest.Start(t, "--appendonly", "no")
	var log bytes.Buffer
	s := open(t, srv.URL(), "x", redisstore.Options{
		AllowNotDurable: true,
		Logger:          slog.New(slog.NewTextHandler(&log, nil)),
	})
	defer s.Close()
	if !strings.Contains(log.String(), "level=WARN") || !strings.Contains(log.String(), "NOT DURABLE") {
		t.Fatalf("no loud warning, log: %q", log.String())
	}
}

func TestUnreachable(t *testing.T) {
	srv := redistest.Start(t)
	s := open(t, srv.URL(), "x", redisstore.Options{})
	defer s.Close()
	srv.Kill()
	ctx := context.Background()
	if _, err := s.Claim(ctx, "anna", [32]byte{1}); !errors.Is(err, store.ErrUnavailable) {
		t.Fatalf("Claim with Redis down: %v, want ErrUnavailable", err)
	}
	if _, err := redisstore.Open(ctx, srv.URL(), redisstore.Options{Namespace: "x"}); !errors.Is(err, store.ErrUnavailable) {
		t.Fatalf("Open with Redis down: %v, want ErrUnavailable", err)
	}
}
