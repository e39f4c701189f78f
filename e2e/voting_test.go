package e2e

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/csv"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/ballotbox/relay"
	"github.com/evote-org/evote/ballotbox/validity"
	"github.com/evote-org/evote/crypto/ballot"
	"github.com/evote-org/evote/crypto/blind/signer"
	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/roll"
	"github.com/evote-org/evote/registrar/store/pebblestore"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/ceremony"
	"github.com/evote-org/evote/tally/verify"
	"github.com/evote-org/evote/web/booth"
)

const voters = 200

// TestElection is a whole election in process: a 3-of-5 key ceremony
// through the contract with a test decryption, 200 voters registering
// with the real registrar and casting through the real relay, the close,
// the tally with trustee 5 absent and trustee 4 posting a bad share
// (named and skipped), verification from the chain and from the record,
// and a tampered record that fails.
func TestElection(t *testing.T) {
	w := newWorld(t)
	var want [][]uint64
	regURL := w.polls(func(regURL, relayURL string, params *validity.Params, codes map[string]string) uint64 {
		want = w.vote(regURL, relayURL, params, codes)
		return voters
	})

	w.all([]int{1, 2, 3}, func(tr *ceremony.Trustee, i int) error { return tr.Decrypt(w.ctx, w.secrets[i]) })
	w.badShare(4)
	path := filepath.Join(w.dir, "record.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	logs := tally.RegistrarLog(regURL, http.DefaultClient)
	out, err := tally.Run(w.ctx, w.box, tally.Options{Record: f, Publish: w.commission, Log: logs})
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	d := out.Tally.Decryption
	if !slices.EqualFunc(out.Tally.Counts, want, slices.Equal) || len(d.Rejected) != 1 || d.Rejected[0].Trustee != 4 {
		t.Fatalf("counts %v (want %v), rejected %v", out.Tally.Counts, want, d.Rejected)
	}
	w.verify(path, want, logs)
}

// polls runs the ceremony, starts the registrar and the relay, opens
// the polls, has vote cast (it returns how many casts it made), and
// closes the polls once they are on chain and the registrar has posted
// its final count. It returns the registrar's URL.
func (w *world) polls(vote func(regURL, relayURL string, params *validity.Params, codes map[string]string) uint64) string {
	regKey, err := signer.Load("../crypto/blind/testdata/test-only-key-3072.pem")
	if err != nil {
		w.t.Fatal(err)
	}
	w.ceremony(regKey)
	svc, regURL, codes := w.registrar(regKey)
	w.mined(w.box.OpenPolls(w.commission))
	relayURL, params := w.relay()
	w.waitCount(vote(regURL, relayURL, params, codes))
	w.mined(w.box.ClosePolls(w.commission))
	if err := svc.Close(w.ctx); err != nil { // sees the close: publishes the final token count
		w.t.Fatal(err)
	}
	return regURL
}

// registrar runs the real registrar for the election over HTTP with a roll
// of voters, posts the roll (as its Run would), and returns it, its URL
// and the voters' codes.
func (w *world) registrar(key *signer.Key) (*registrar.Service, string, map[string]string) {
	st, err := pebblestore.Open(filepath.Join(w.dir, "registrar"), pebblestore.Options{})
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(func() { st.Close() })
	var list []roll.Voter
	for i := range voters {
		list = append(list, roll.Voter{ID: fmt.Sprintf("V%05d", i), Name: "Voter"})
	}
	var out bytes.Buffer
	id, err := w.box.ElectionID(w.ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	if err := registrar.GenerateCodes(w.ctx, id, list, st, &out, registrar.CodeConfig{}); err != nil {
		w.t.Fatal(err)
	}
	rows, _ := csv.NewReader(&out).ReadAll()
	codes := map[string]string{}
	for _, r := range rows[1:] {
		codes[r[0]] = r[1]
	}
	tctx, err := w.box.Context(w.ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	pub := &ballotbox.TokenCounter{Client: w.box, Opts: w.regAccount}
	svc, err := registrar.New(registrar.Config{Context: tctx, Key: key, Store: st, Publisher: pub})
	if err != nil {
		w.t.Fatal(err)
	}
	if _, _, _, err := registrar.CommitRoll(w.ctx, st, pub); err != nil {
		w.t.Fatal(err)
	}
	srv := httptest.NewServer(svc.Handler())
	w.t.Cleanup(srv.Close)
	return svc, srv.URL, codes
}

// relay runs the real relay over HTTP and returns its URL and the
// election's parameters as it loaded them from the chain.
func (w *world) relay() (string, *validity.Params) {
	params, err := relay.LoadParams(w.ctx, w.box, 0)
	if err != nil {
		w.t.Fatal(err)
	}
	r, err := relay.Open(relay.Config{Backend: w.client, Contract: w.box.Address(), Params: params,
		Opts: w.relayAcc, Dir: filepath.Join(w.dir, "outbox"), Limits: relay.Limits{Rate: -1},
		MaxDelay: relay.Off, BatchInterval: relay.Off})
	if err != nil {
		w.t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(w.ctx)
	done := make(chan error, 1)
	go func() { done <- r.Run(ctx) }()
	w.t.Cleanup(func() { cancel(); <-done; r.Close() })
	srv := httptest.NewServer(r.Handler())
	w.t.Cleanup(srv.Close)
	return srv.URL, params
}

// vote has every voter register with the registrar and cast through the
// relay, four at a time, and returns the expected counts.
func (w *world) vote(regURL, relayURL string, params *validity.Params, codes map[string]string) [][]uint64 {
	be := params.Election
	tctx := be.Context
	keyOnChain, _ := w.box.RegistrarKey(w.ctx)
	reg := &booth.Registrar{URL: regURL, ElectionID: fmt.Sprintf("0x%x", tctx.ElectionID)}
	info, err := reg.Info(w.ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	el, err := booth.CheckInfo(info, tctx, keyOnChain)
	if err != nil {
		w.t.Fatal(err)
	}
	want := [][]uint64{make([]uint64, 2), make([]uint64, 5)}
	var mu sync.Mutex
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for i := range jobs {
				choices := sampleChoices(i)
				w.castOne(el, reg, be, relayURL, fmt.Sprintf("V%05d", i), codes, choices)
				mu.Lock()
				for q := range choices {
					for o, c := range choices[q] {
						if c {
							want[q][o]++
						}
					}
				}
				mu.Unlock()
			}
		})
	}
	for i := range voters {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return want
}

func (w *world) castOne(el *booth.Election, reg *booth.Registrar, be *ballot.Election, relayURL, id string, codes map[string]string, choices [][]bool) {
	cred, err := el.Register(w.ctx, reg, id, codes[id], rand.Reader)
	if err != nil {
		w.t.Error(err)
		return
	}
	c, _, err := cred.Prepare(be, choices, rand.Reader)
	if err != nil {
		w.t.Error(err)
		return
	}
	w.send(relayURL, id, c)
}

// waitCount waits until the contract holds n ballots.
func (w *world) waitCount(n uint64) {
	for w.ctx.Err() == nil {
		if c, err := w.box.BallotCount(w.ctx); err == nil && c == n {
			return
		}
		time.Sleep(200 * time.Millisecond)
	}
	w.t.Fatalf("the chain did not reach %d ballots", n)
}

// badShare has trustee j post trustee 1's tally share as its own.
func (w *world) badShare(j int) {
	head, err := w.box.Head(w.ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	shares, err := w.box.DecryptionShares(w.ctx, ballotbox.TallyRound, 0, head)
	if err != nil || len(shares) == 0 {
		w.t.Fatal(len(shares), err)
	}
	data := bytes.Clone(shares[0].Data)
	data[2] = byte(j) // the trustee index of the partial decryption
	w.mined(w.box.PostDecryptionShare(w.trustees[j-1].Opts, ballotbox.TallyRound, data))
}

// verify checks the election from the chain and from its record, and
// that a record with one verdict changed fails.
func (w *world) verify(path string, want [][]uint64, logs tally.LogSource) {
	id, err := w.box.ElectionID(w.ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	log, err := logs(w.ctx, id)
	if err != nil {
		w.t.Fatal(err)
	}
	rep, err := verify.Chain(w.ctx, w.box, 0, verify.Options{Voters: voters, Log: log})
	if err != nil || !rep.OK() || !slices.EqualFunc(rep.Counts, want, slices.Equal) {
		w.t.Fatalf("verification from the chain: %v %+v", err, rep)
	}
	rec, err := os.ReadFile(path)
	if err != nil {
		w.t.Fatal(err)
	}
	rep, err = verify.Record(bytes.NewReader(rec), verify.Options{Voters: voters})
	if err != nil || !rep.OK() {
		w.t.Fatalf("verification of the record: %v %+v", err, rep)
	}
	tampered := bytes.Replace(rec, []byte(`"verdict":"counted"`), []byte(`"verdict":"bad-proof"`), 1)
	if rep, err := verify.Record(bytes.NewReader(tampered), verify.Options{Voters: voters}); err == nil && rep.OK() {
		w.t.Fatal("a record with a changed verdict verifies")
	}
}
