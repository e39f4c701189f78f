package site_test

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/evote-org/evote/crypto/blind"
	"github.com/evote-org/evote/internal/loopback"
	"github.com/evote-org/evote/registrar/code"
	"github.com/evote-org/evote/web/booth"
	"github.com/evote-org/evote/web/internal/browsertest"
)

// TestLockoutAttempt is issue 14's lock-out attempt, against the real
// registrar the booth uses: a script sends wrong codes for V0001 from
// four other addresses (127.0.0.2-5; the registrar names clients by
// their TCP address), 25 from each, ten times what used to lock a voter
// id for an hour, and reads the refusals the booth decodes (attempts
// left, then too_many_attempts with a wait). Then the voter, whose
// Chromium connects from 127.0.0.1, signs in with the right code, votes,
// and the ballot counts. What the limits still allow is shown too: a
// script on the voter's own address (127.0.0.1) uses up that address's
// attempts for V0000, and V0000 reads in the booth, in English and in
// Russian, to try again later or from another network.
func TestLockoutAttempt(t *testing.T) {
	w := newWorld(t, 2)
	for i := 2; i <= 5; i++ {
		w.hammer(t, "V0001", fmt.Sprintf("127.0.0.%d", i), 25)
	}
	w.hammer(t, "V0000", "127.0.0.1", 11)
	b := browsertest.New(t)
	for lang, want := range map[string]string{"en": "from another network", "ru": "из другой сети"} {
		tab := b.Tab() // its own sessionStorage: no sign-in kept from another
		tab.Do("V0000 signs in from the attacked network ("+lang+")",
			chromedp.Navigate(w.url+"/?lang="+lang), chromedp.WaitVisible(chromedp.CSS("#step-login")),
			chromedp.SendKeys(chromedp.CSS("#voter-id"), "V0000"), chromedp.SendKeys(chromedp.CSS("#code"), w.codes["V0000"]),
			chromedp.Click(chromedp.CSS("#login-submit")), chromedp.WaitVisible(chromedp.CSS("#error")))
		if got := tab.Text("#error"); !strings.Contains(got, want) {
			t.Errorf("V0000 on the attacked network reads %q, want a sentence with %q", got, want)
		}
		tab.Shoot("lockout-same-network-" + lang)
	}
	b.Do("the voter signs in during the attack", w.signIn("V0001"), chromedp.WaitVisible(chromedp.CSS("#step-ballot")))
	b.Shoot("lockout-voter-signed-in")
	b.Do("vote", castThird)
	w.checkCounted(t, b.Text("#tracker"), "")
	if n, err := w.store.Issued(context.Background()); err != nil || n != 1 {
		t.Errorf("the registrar issued %d tokens (%v), want 1", n, err)
	}
}

// hammer sends n wrong codes for voter from the loopback address ip and
// wants the registrar to answer auth_failed with 9, 8, ... 0 attempts
// left, then too_many_attempts with a wait.
func (w *world) hammer(t *testing.T, voter, ip string, n int) {
	t.Helper()
	reg := &booth.Registrar{URL: w.regURL, ElectionID: fmt.Sprintf("0x%x", w.params.Election.Context.ElectionID),
		Language: "en", HTTP: loopback.Client(ip)}
	info, err := reg.Info(context.Background())
	must(t, err)
	pk, err := blind.ParsePublicKey(info.PublicKey)
	must(t, err)
	blinded := make([]byte, pk.Size())
	for i := range n {
		guess, _ := code.New(rand.Reader)
		rand.Read(blinded)
		blinded[0] &= 0x7f // below the modulus
		_, err := reg.BlindSign(context.Background(), voter, guess, blinded)
		var re *booth.RegistrarError
		if !errors.As(err, &re) {
			t.Fatalf("%s, wrong code %d: %v", ip, i+1, err)
		}
		switch got := re.ErrorResponse; {
		case i < 10 && (got.Error != "auth_failed" || got.AttemptsLeft == nil || *got.AttemptsLeft != 9-i):
			t.Fatalf("%s, wrong code %d: %+v, want auth_failed with %d attempts left", ip, i+1, got, 9-i)
		case i >= 10 && (got.Error != "too_many_attempts" || got.RetryAfter <= 0 || re.Status != 429):
			t.Fatalf("%s, wrong code %d: %d %+v, want too_many_attempts with retry_after", ip, i+1, re.Status, got)
		}
	}
}
