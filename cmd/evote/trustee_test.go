package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/internal/invite"
	"github.com/evote-org/evote/internal/metrics/metricstest"
)

// TestTrusteeInvite: --invite sets the endpoint (unless --rpc is given),
// the contract and the deployment block, and refuses a key that is not
// the invited account, and an invitation that is not one.
func TestTrusteeInvite(t *testing.T) {
	dir := t.TempDir()
	key, err := crypto.GenerateKey()
	must(t, err)
	keyPath := filepath.Join(dir, "trustee.key")
	must(t, crypto.SaveECDSA(keyPath, key))
	inv := &invite.Invite{Version: invite.Version, Name: "Анна Петрова", Trustee: 2, Address: crypto.PubkeyToAddress(key.PublicKey),
		Title: election.Text{RU: "Выборы", EN: "Election"}, Contract: common.HexToAddress("0x2222222222222222222222222222222222222222"),
		FromBlock: 42, ChainID: 1337, RPC: "http://node.example:8545", Election: "0xab"}
	invPath := filepath.Join(dir, "invite.json")
	must(t, os.WriteFile(invPath, inv.Encode(), 0o644))

	parse := func(args ...string) (*trusteeFlags, error) {
		f := newTrusteeFlags("run")
		must(t, f.fs.Parse(args))
		return f, f.applyInvite()
	}
	f, err := parse("--invite", invPath, "--key", keyPath)
	must(t, err)
	if *f.rpc != inv.RPC || *f.contract != inv.Contract.Hex() || *f.from != 42 {
		t.Errorf("from the invitation: rpc %s, contract %s, from %d", *f.rpc, *f.contract, *f.from)
	}
	if f, err = parse("--invite", invPath, "--key", keyPath, "--rpc", "http://127.0.0.1:9545"); err != nil || *f.rpc != "http://127.0.0.1:9545" {
		t.Errorf("--rpc given: %s, %v", *f.rpc, err)
	}

	other := filepath.Join(dir, "other.key")
	k2, _ := crypto.GenerateKey()
	must(t, crypto.SaveECDSA(other, k2))
	if _, err := parse("--invite", invPath, "--key", other); err == nil || !strings.Contains(err.Error(), "invites trustee 2") {
		t.Errorf("another trustee's key: %v", err)
	}
	bad := filepath.Join(dir, "bad.json")
	must(t, os.WriteFile(bad, []byte(`{"version":1,"trustee":2}`), 0o644))
	if _, err := parse("--invite", bad, "--key", keyPath); err == nil {
		t.Error("an invitation without a contract was accepted")
	}
	if _, err := parse("--invite", filepath.Join(dir, "none.json"), "--key", keyPath); err == nil {
		t.Error("a missing invitation was accepted")
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestTrusteeMetrics wants each step counted on /metrics as Prometheus
// reads it, and /healthz healthy once a step has reached the node.
func TestTrusteeMetrics(t *testing.T) {
	m := newTrusteeMetrics(time.Hour) // healthz's allowance: a busy machine cannot outlast it
	srv := httptest.NewServer(m.handler())
	defer srv.Close()
	before := time.Now().Unix()
	for _, did := range []string{"posted the key", "waiting", "posted the test decryption"} {
		m.done(did)
	}
	after := time.Now().Unix()
	m.failed.Inc()
	got, err := metricstest.Scrape(srv.URL + "/metrics")
	must(t, err)
	got.Want(t, metricstest.Sample{Name: "evote_trustee_step", Value: 4}, metricstest.Sample{Name: "evote_trustee_steps_total", Value: 3},
		metricstest.Sample{Name: "evote_trustee_step_errors_total", Value: 1}, metricstest.Sample{Name: "evote_trustee_shares_posted_total", Value: 1})
	for _, c := range []struct {
		did          string
		step, shares float64
	}{
		{"posted the tally decryption", 5, 2},
		{"posted the mix of 2 lists, 40 ballots", 6, 2},
		{"posted the mix decryption of 2 lists, 40 ballots", 7, 3},
		{"mix decryption posted: waiting for the result", 7, 3},
		{"done: the result is published", 8, 3},
	} {
		m.done(c.did)
		got, err := metricstest.Scrape(srv.URL + "/metrics")
		must(t, err)
		got.Want(t, metricstest.Sample{Name: "evote_trustee_step", Value: c.step}, metricstest.Sample{Name: "evote_trustee_shares_posted_total", Value: c.shares})
	}
	if v, _ := got.Value("evote_trustee_last_step_timestamp_seconds"); v < float64(before) || v > float64(after+1) {
		t.Errorf("last step at %v, want between %d and %d", v, before, after)
	}
	resp, err := http.Get(srv.URL + "/healthz")
	must(t, err)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("healthz: %s", resp.Status)
	}
}
