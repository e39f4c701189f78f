package site_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	relayapi "github.com/evote-org/evote/ballotbox/relay/api"
	"github.com/evote-org/evote/crypto/blind/signer"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/web/booth"
	"github.com/evote-org/evote/web/internal/browsertest"
	"github.com/evote-org/evote/web/site"
	"github.com/gtank/ristretto255"
)

// TestBoothKeyMismatch: a registrar whose key is not the one on chain is
// refused by the booth before it blinds anything, with a clear message.
func TestBoothKeyMismatch(t *testing.T) {
	w := newWorld(t, 1)
	other, err := signer.Load("../../crypto/blind/testdata/test-only-key-3072-b.pem")
	must(t, err)
	w.store, w.codes = w.newRoll(t, 1)
	rogue := w.startRegistrar(t, other) // same election, another key
	bin, err := wasm()
	must(t, err)
	s, err := site.New(site.Config{Box: w.box, FromBlock: w.deployed, Wasm: bin, RegistrarURL: rogue, RelayURL: w.relayURL})
	must(t, err)
	w.setSite(s.Handler())

	b := browsertest.New(t)
	b.Do("sign in at a registrar with another key", w.signIn("V0000"), chromedp.WaitVisible(chromedp.CSS("#error")))
	if got := b.Text("#error"); !strings.Contains(got, "The registrar's key is not the key on chain") {
		t.Errorf("a registrar with another key: %q", got)
	}
	if got := browsertest.Get(b, "step", chromedp.Evaluate[bool](`document.getElementById("step-ballot").hidden`)); !got {
		t.Error("the ballot is shown after a key mismatch")
	}
	b.Shoot("10-key-mismatch")
}

// TestBoothElectionKeyMismatch: a proxy in front of the site changes only
// the election key in what the booth receives (another valid key, as a
// site would serve to read the ballots). The booth compares it with the
// relay's before it blinds or encrypts anything, shows the forged key's
// fingerprint, refuses with a clear sentence in the voter's language, and
// sends nothing to the registrar.
func TestBoothElectionKeyMismatch(t *testing.T) {
	w := newWorld(t, 1)
	forged := ristretto255.NewElement().ScalarBaseMult(group.Uint64(8)).Bytes()
	honest := w.front.h.Load()
	w.setSite(changeElectionKey(t, *honest, forged))

	b := browsertest.New(t)
	b.Do("open the booth behind a proxy that changes the election key", chromedp.Navigate(w.url+"/?lang=en"),
		chromedp.WaitVisible(chromedp.CSS("#error")))
	if got := b.Text("#error"); !strings.Contains(got, "The election key this site sent is not the key the relay reports") ||
		!strings.Contains(got, "sent nothing") {
		t.Errorf("a changed election key: %q", got)
	}
	for _, step := range []string{"step-login", "step-ballot"} {
		if !browsertest.Get(b, step, chromedp.Evaluate[bool](`document.getElementById("`+step+`").hidden`)) {
			t.Errorf("%s is shown after an election-key mismatch", step)
		}
	}
	if got, want := browsertest.Get(b, "fingerprint", chromedp.Evaluate[string](`document.getElementById("d-election-key").textContent`)),
		booth.Fingerprint(forged); got != want {
		t.Errorf("the page shows the election key's fingerprint %q, want %q (the key it was sent)", got, want)
	}
	b.Shoot("11-election-key-mismatch")

	ru := b.Tab()
	ru.Do("the same in Russian", chromedp.Navigate(w.url+"/"), chromedp.WaitVisible(chromedp.CSS("#error")))
	if got := ru.Text("#error"); !strings.Contains(got, "Ключ выборов, присланный сайтом, не совпадает") {
		t.Errorf("in Russian: %q", got)
	}

	ctx := context.Background()
	if n, _ := w.store.Issued(ctx); n != 0 {
		t.Errorf("the registrar issued %d tokens", n)
	}
	if n, _, _ := w.store.Attempts(ctx, "voter:V0000"); n != 0 {
		t.Errorf("the registrar counted %d attempts of V0000", n)
	}
}

// TestBoothSiteAndRelayCollude: the site and a relay of its accomplice
// agree on a forged election key, so the booth's check with the relay
// passes; the registrar, a third organisation, gives the key from its
// own node, and the booth refuses when the voter signs in, before it
// blinds anything, and the registrar issues no token.
func TestBoothSiteAndRelayCollude(t *testing.T) {
	w := newWorld(t, 1)
	forged := ristretto255.NewElement().ScalarBaseMult(group.Uint64(8)).Bytes()
	c := w.params.Election.Context
	rogueRelay := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		rw.Header().Set("Access-Control-Allow-Origin", w.url)
		json.NewEncoder(rw).Encode(relayapi.Election{Version: "evote/v1", ChainID: c.ChainID, Contract: fmt.Sprintf("0x%x", c.Contract),
			ElectionID: fmt.Sprintf("0x%x", c.ElectionID), RegistrarKey: w.params.RegistrarKey.Bytes(), ElectionKey: forged})
	}))
	t.Cleanup(rogueRelay.Close)
	bin, err := wasm()
	must(t, err)
	s, err := site.New(site.Config{Box: w.box, FromBlock: w.deployed, Wasm: bin, RegistrarURL: w.regURL, RelayURL: rogueRelay.URL})
	must(t, err)
	w.setSite(changeElectionKey(t, s.Handler(), forged))

	b := browsertest.New(t)
	b.Do("sign in where the site and the relay agree on a forged key", w.signIn("V0000"), chromedp.WaitVisible(chromedp.CSS("#error")))
	if got := b.Text("#error"); !strings.Contains(got, "The election key this site sent is not the key the registrar reports") {
		t.Errorf("site and relay colluding: %q", got)
	}
	if !browsertest.Get(b, "step", chromedp.Evaluate[bool](`document.getElementById("step-ballot").hidden`)) {
		t.Error("the ballot is shown")
	}
	if n, _ := w.store.Issued(context.Background()); n != 0 {
		t.Errorf("the registrar issued %d tokens", n)
	}
	if kept := browsertest.Get(b, "kept", chromedp.Evaluate[int](`localStorage.length + sessionStorage.length`)); kept != 0 {
		t.Error("the booth kept state (a pseudonym or ballot made) before the registrar's check")
	}
}

// changeElectionKey serves h with the election key of /api/election
// replaced by key.
func changeElectionKey(t *testing.T, h http.Handler, key []byte) http.Handler {
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/api/election" {
			h.ServeHTTP(rw, r)
			return
		}
		rec := httptest.NewRecorder()
		plain := r.Clone(r.Context())
		plain.Header.Del("Accept-Encoding") // a proxy that rewrites the body asks for it plain
		h.ServeHTTP(rec, plain)
		var e map[string]any
		must(t, json.Unmarshal(rec.Body.Bytes(), &e))
		if _, ok := e["election_key"]; !ok {
			t.Error("the site's answer has no election key to change")
		}
		e["election_key"] = key // encoded as base64, as the site does
		body, err := json.Marshal(e)
		must(t, err)
		for k, v := range rec.Header() {
			rw.Header()[k] = v
		}
		rw.WriteHeader(rec.Code)
		rw.Write(bytes.TrimSpace(body))
	})
}
