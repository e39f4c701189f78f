package booth_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"testing"

	relayapi "github.com/evote-org/evote/ballotbox/relay/api"
	"github.com/evote-org/evote/registrar/api"
	"github.com/evote-org/evote/web/booth"
)

// TestCheckRelay: the relay's answer must name the site's election and
// hold the site's two keys, else the booth stops with the error naming
// what differs.
func TestCheckRelay(t *testing.T) {
	regKey, elKey := []byte("registrar key DER"), bytes.Repeat([]byte{7}, 32)
	good := relayapi.Election{Version: "evote/v1", ChainID: tctx.ChainID, Contract: fmt.Sprintf("0x%x", tctx.Contract),
		ElectionID: fmt.Sprintf("0x%X", tctx.ElectionID), RegistrarKey: regKey, ElectionKey: elKey}
	for _, tc := range []struct {
		name   string
		change func(*relayapi.Election)
		want   error
	}{
		{"same", func(*relayapi.Election) {}, nil},
		{"another election key", func(e *relayapi.Election) { e.ElectionKey = bytes.Repeat([]byte{8}, 32) }, booth.ErrElectionKeyMismatch},
		{"no election key", func(e *relayapi.Election) { e.ElectionKey = nil }, booth.ErrElectionKeyMismatch},
		{"another registrar key", func(e *relayapi.Election) { e.RegistrarKey = []byte("other") }, booth.ErrRegistrarKeyMismatch},
		{"another chain", func(e *relayapi.Election) { e.ChainID++ }, booth.ErrRelayElection},
		{"another contract", func(e *relayapi.Election) { e.Contract = "0x" + fmt.Sprintf("%040x", 1) }, booth.ErrRelayElection},
		{"another election", func(e *relayapi.Election) { e.ElectionID = fmt.Sprintf("0x%064x", 1) }, booth.ErrRelayElection},
		{"another version", func(e *relayapi.Election) { e.Version = "evote/v2" }, booth.ErrRelayElection},
	} {
		e := good
		tc.change(&e)
		if err := booth.CheckRelay(&e, tctx, regKey, elKey); !errors.Is(err, tc.want) || (tc.want == nil) != (err == nil) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
}

// TestCheckElectionKey: a registrar that gives the election key must
// give the site's; one that gives none is no check.
func TestCheckElectionKey(t *testing.T) {
	key := bytes.Repeat([]byte{7}, 32)
	for _, tc := range []struct {
		given []byte
		want  error
	}{{key, nil}, {nil, nil}, {bytes.Repeat([]byte{8}, 32), booth.ErrRegistrarElectionKey}, {key[:31], booth.ErrRegistrarElectionKey}} {
		if err := booth.CheckElectionKey(&api.ElectionInfo{ElectionKey: tc.given}, key); !errors.Is(err, tc.want) || (tc.want == nil) != (err == nil) {
			t.Errorf("registrar's %x: %v, want %v", tc.given, err, tc.want)
		}
	}
}

// TestRelayElection: an answer that is not the relay's 200 is no check.
func TestRelayElection(t *testing.T) {
	for _, tc := range []struct {
		status int
		body   string
		err    error
		want   error
	}{
		{200, `{"version":"evote/v1","chain_id":5}`, nil, nil},
		{502, ``, nil, booth.ErrRelayUnreachable},
		{403, `{"status":"error","error":"forbidden-origin"}`, nil, booth.ErrRelayUnreachable},
		{0, ``, errors.New("network"), booth.ErrRelayUnreachable},
		{200, `not json`, nil, booth.ErrRelayElection},
	} {
		var url string
		send := func(_ context.Context, method, u string, body []byte, lang string) (int, []byte, error) {
			url = u
			return tc.status, []byte(tc.body), tc.err
		}
		e, err := booth.RelayElection(context.Background(), send, "https://relay.example/", "en")
		if !errors.Is(err, tc.want) || (tc.want == nil) != (err == nil) {
			t.Errorf("%d %q: %v, want %v", tc.status, tc.body, err, tc.want)
		}
		if err == nil && e.ChainID != 5 {
			t.Errorf("decoded %+v", e)
		}
		if url != "https://relay.example/v1/election" {
			t.Errorf("asked %s", url)
		}
	}
}

func TestFingerprint(t *testing.T) {
	// SHA-256 of nothing.
	if got, want := booth.Fingerprint(nil), "e3b0 c442 98fc 1c14 9afb f4c8 996f b924 27ae 41e4 649b 934c a495 991b 7852 b855"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
