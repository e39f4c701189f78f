package registrar_test

import (
	"context"
	"crypto/rand"
	"fmt"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/evote-org/evote/internal/loopback"
	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/code"
	"github.com/evote-org/evote/registrar/store"
)

// TestLockoutAttemptDoesNotLockVoter is issue 14's lock-out: a script
// sends wrong codes for one voter id from four other addresses, ten
// times the old per-voter lock (10 an hour); the voter, from their own
// address, still gets their token with the right code.
func TestLockoutAttemptDoesNotLockVoter(t *testing.T) {
	forEachStore(t, func(t *testing.T, st store.Store) {
		codes := voters(t, st, 1, cheap)
		srv := httptest.NewServer(newService(t, st, registrar.Config{}).Handler())
		t.Cleanup(srv.Close)
		v := voterID(0)
		for i := 2; i <= 5; i++ {
			attacker := &client{base: srv.URL, http: loopback.Client(fmt.Sprintf("127.0.0.%d", i))}
			answers := map[string]int{}
			for range 25 {
				guess, _ := code.New(rand.Reader)
				r, err := attacker.token(v, guess, randomBlinded(t))
				if err != nil {
					t.Fatal(err)
				}
				answers[r.Err.Error]++
			}
			if answers["auth_failed"] != 10 || answers["too_many_attempts"] != 15 {
				t.Fatalf("address %d: 25 wrong codes answered %v, want 10 auth_failed and 15 too_many_attempts", i, answers)
			}
		}
		voter := &client{base: srv.URL, http: loopback.Client("127.0.0.1")}
		voter.mustToken(t, v, codes[v], randomBlinded(t))
	})
}

// counting is an Authenticator that counts the checks it makes.
type counting struct {
	registrar.Authenticator
	checks atomic.Int64
}

func (c *counting) Authenticate(ctx context.Context, voterID, secret string) error {
	c.checks.Add(1)
	return c.Authenticator.Authenticate(ctx, voterID, secret)
}

// TestGuessBound measures the guesses the limits let through when a
// client sends them all at once: 300 racing wrong codes for one voter
// id get exactly VoterFailures checks, and 300 for 300 voter ids exactly
// ClientFailures, on both stores. docs/registrar-api.md's bound on
// guessing is built on these two numbers.
func TestGuessBound(t *testing.T) {
	forEachStore(t, func(t *testing.T, st store.Store) {
		voters(t, st, 300, cheap)
		auth, err := registrar.NewCodeAuthenticator(st, cheap)
		if err != nil {
			t.Fatal(err)
		}
		limits := registrar.Limits{VoterFailures: 10, ClientFailures: 50}
		for _, tt := range []struct {
			name   string
			voter  func(i int) string
			client string
			want   int64
		}{
			{"one voter id", func(int) string { return voterID(7) }, "10.0.0.1", 10},
			{"many voter ids", voterID, "10.0.0.2", 50},
		} {
			c := &counting{Authenticator: auth}
			svc := newService(t, st, registrar.Config{Auth: c, Limits: limits, MaxConcurrent: 64})
			var wg sync.WaitGroup
			start := make(chan struct{})
			for i := range 300 {
				wg.Go(func() {
					<-start
					svc.Issue(context.Background(), registrar.Request{VoterID: tt.voter(i), Code: "0000-0000-0000",
						Client: tt.client, Blinded: randomBlinded(t)})
				})
			}
			close(start)
			wg.Wait()
			if got := c.checks.Load(); got != tt.want {
				t.Errorf("%s: 300 racing guesses from one client made %d checks, want %d", tt.name, got, tt.want)
			}
		}
	})
}

// TestClientOf: a client is counted by its IPv4 address, or by the /64
// of its IPv6 address (a subscriber's network, which one host may hold
// whole).
func TestClientOf(t *testing.T) {
	for in, want := range map[string]string{
		"203.0.113.7":                   "203.0.113.7",
		"::ffff:203.0.113.7":            "203.0.113.7",
		"2001:db8:1:2:3:4:5:6":          "2001:db8:1:2::/64",
		"2001:db8:1:2:ffff:ffff:ffff:1": "2001:db8:1:2::/64",
		"2001:db8:1:3::1":               "2001:db8:1:3::/64",
		"fe80::1%eth0":                  "fe80::/64",
		"not an address":                "not an address",
	} {
		if got := registrar.ClientOf(in); got != want {
			t.Errorf("client %q counted as %q, want %q", in, got, want)
		}
	}
}
