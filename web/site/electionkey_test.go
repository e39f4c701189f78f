package site_test

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/internal/localtrustees"
	"github.com/evote-org/evote/web/api"
	"github.com/evote-org/evote/web/site"
	"github.com/gtank/ristretto255"
)

// TestElectionKeyMismatch: the commission ends a real key ceremony with
// an election key its posts do not give (7·G, whose secret it knows).
// The site re-derives the key from the ceremony and answers
// /api/election with 503 election_key_mismatch, logging why once,
// instead of handing booths that key.
func TestElectionKeyMismatch(t *testing.T) {
	ctx := context.Background()
	node, keys, reg := startChain(t)
	com, trustees := startCeremony(t, node.Client(), keys, reg, testManifest())
	_, err := localtrustees.Deal(ctx, trustees, t.TempDir(), []byte("pass"), slog.New(slog.DiscardHandler))
	must(t, err)
	box := trustees[0].Box
	tx, err := box.FinishKeyCeremony(com, ristretto255.NewElement().ScalarBaseMult(group.Uint64(7)).Bytes(), 0b111)
	must(t, err)
	mined(t, box, tx)

	logs := make(logLines, 16)
	s, err := site.New(site.Config{Box: box, FromBlock: trustees[0].From, Wasm: []byte("\x00asm\x01\x00\x00\x00"),
		Logger: slog.New(slog.NewTextHandler(logs, nil))})
	must(t, err)
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	for range 2 { // the second answer comes from the kept verdict
		resp, err := http.Get(srv.URL + "/api/election")
		must(t, err)
		var e api.Error
		err = json.NewDecoder(resp.Body).Decode(&e)
		resp.Body.Close()
		if err != nil || resp.StatusCode != http.StatusServiceUnavailable || e.Error != "election_key_mismatch" {
			t.Fatalf("/api/election: %d %+v %v", resp.StatusCode, e, err)
		}
	}
	var got []string
	for len(logs) > 0 {
		got = append(got, <-logs)
	}
	if len(got) != 1 || !strings.Contains(got[0], "the election key is") {
		t.Errorf("log: %q, want the mismatch once", got)
	}
}

// logLines is a log's writer that hands each line to the test.
type logLines chan string

func (l logLines) Write(p []byte) (int, error) {
	l <- string(p)
	return len(p), nil
}
