package registrar_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"testing"

	"github.com/evote-org/evote/internal/loopback"
	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/code"
	"github.com/evote-org/evote/registrar/store"
)

// TestBruteForceHitsLimit: guessing one voter's code from one client
// stops after VoterFailures wrong codes, each answer saying how many are
// left; then even the right code is refused from that client until the
// window ends, and the refusal says for how long; from another client
// the voter signs in.
func TestBruteForceHitsLimit(t *testing.T) {
	forEachStore(t, func(t *testing.T, st store.Store) {
		codes := voters(t, st, 1, cheap)
		limits := registrar.Limits{VoterFailures: 5, ClientFailures: -1}
		srv := httptest.NewServer(newService(t, st, registrar.Config{Limits: limits}).Handler())
		t.Cleanup(srv.Close)
		c := &client{base: srv.URL, http: loopback.Client("127.0.0.2")}
		v, m := voterID(0), randomBlinded(t)
		var left []int
		refused := 0
		for range 40 {
			guess, _ := code.New(rand.Reader)
			r, err := c.token(v, guess, m)
			if err != nil {
				t.Fatal(err)
			}
			switch r.Err.Error {
			case "auth_failed":
				left = append(left, *r.Err.AttemptsLeft)
			case "too_many_attempts":
				refused++
				wantRetryAfter(t, r, 3000, 3600)
			default:
				t.Fatalf("guess answered %d %+v", r.Status, r.Err)
			}
		}
		if !slices.Equal(left, []int{4, 3, 2, 1, 0}) || refused != 35 {
			t.Fatalf("attempts left %v and %d refused, want [4 3 2 1 0] and 35", left, refused)
		}
		r := c.wantError(t, v, codes[v], m, http.StatusTooManyRequests, "too_many_attempts")
		t.Logf("the guessing client reads: %q", r.Err.Message)
		voter := &client{base: srv.URL, http: loopback.Client("127.0.0.3")}
		voter.mustToken(t, v, codes[v], m)
	})
}

// wantRetryAfter wants a Retry-After header and retry_after field of the
// same seconds, in [lo, hi].
func wantRetryAfter(t *testing.T, r reply, lo, hi int) {
	t.Helper()
	s, _ := strconv.Atoi(r.Header.Get("Retry-After"))
	if s < lo || s > hi || r.Err.RetryAfter != s {
		t.Fatalf("Retry-After %q, retry_after %d; want the same seconds in [%d, %d]", r.Header.Get("Retry-After"), r.Err.RetryAfter, lo, hi)
	}
}

// TestClientLimit: one client guessing codes of many voters is stopped
// after ClientFailures failures, while other clients go on; attempts
// that did not fail are not counted.
func TestClientLimit(t *testing.T) {
	st := openPebble(t)
	codes := voters(t, st, 30, cheap)
	svc := newService(t, st, registrar.Config{Limits: registrar.Limits{ClientFailures: 10}})
	ctx := context.Background()
	issue := func(client string, i int, code string) error {
		_, err := svc.Issue(ctx, registrar.Request{VoterID: voterID(i), Code: code, Client: client, Blinded: randomBlinded(t)})
		return err
	}
	for i := range 10 {
		if err := issue("10.0.0.1", i, "0000-0000-0000"); !errors.Is(err, registrar.ErrAuth) {
			t.Fatalf("guess %d: %v", i, err)
		}
	}
	err := issue("10.0.0.1", 20, codes[voterID(20)])
	var lock *registrar.LockError
	if !errors.As(err, &lock) || !errors.Is(err, registrar.ErrClientLocked) || lock.RetryAfter <= 0 {
		t.Fatalf("11th attempt from the client: %v, want a client lockout", err)
	}
	if err := issue("10.0.0.2", 21, codes[voterID(21)]); err != nil {
		t.Fatalf("another client: %v", err)
	}
	// Successes do not count against a client: a household can vote,
	// and the wrong codes it sent stay the only ones counted.
	for i := 22; i < 30; i++ {
		if err := issue("10.0.0.3", i, "0000-0000-0000"); !errors.Is(err, registrar.ErrAuth) {
			t.Fatalf("wrong code: %v", err)
		}
		if err := issue("10.0.0.3", i, codes[voterID(i)]); err != nil {
			t.Fatal(err)
		}
	}
	if err := issue("10.0.0.3", 0, "0000-0000-0000"); !errors.As(err, new(*registrar.AuthError)) {
		t.Fatalf("the household's 9th wrong code: %v", err)
	}
	if err := issue("10.0.0.3", 1, "0000-0000-0000"); !errors.Is(err, registrar.ErrAuth) {
		t.Fatalf("the household's 10th wrong code: %v", err)
	}
	if err := issue("10.0.0.3", 2, "0000-0000-0000"); !errors.Is(err, registrar.ErrClientLocked) {
		t.Fatalf("the household's 11th wrong code: %v, want a client lockout", err)
	}
}

// TestUnknownVoterLikeWrongCode: the same answer for an unknown voter id
// as for a wrong code, after the same work: the record an unknown voter
// is checked against has the Argon2id parameters of the stored ones, so
// each costs one hash of the same cost. (How long each takes on this
// machine is BenchmarkAuthenticate's, not a test's: a test must not fail
// because the machine is busy.)
func TestUnknownVoterLikeWrongCode(t *testing.T) {
	st := openPebble(t)
	voters(t, st, 1, code.DefaultParams)
	a, err := registrar.NewCodeAuthenticator(st, code.DefaultParams)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, v := range []string{voterID(0), "nobody"} {
		if err := a.Authenticate(ctx, v, "0000-0000-0000"); err != registrar.ErrAuth {
			t.Fatalf("Authenticate(%s, wrong code) = %v, want exactly ErrAuth", v, err)
		}
	}
	known, err := st.Credential(ctx, voterID(0))
	if err != nil {
		t.Fatal(err)
	}
	// version (1 byte) and parameters (time, memory, lanes: 9 bytes)
	const header = 10
	if dummy := registrar.Dummy(a); !bytes.Equal(dummy[:header], known[:header]) || len(dummy) != len(known) {
		t.Fatalf("the unknown voter's record %x... differs in cost from a stored one %x...", dummy[:header], known[:header])
	}
}

// failingAuth is an identity provider that cannot be reached.
type failingAuth struct{}

func (failingAuth) Authenticate(context.Context, string, string) error {
	return errors.New("idp: connection refused")
}

// acceptAll is an identity provider that accepts everyone.
type acceptAll struct{}

func (acceptAll) Authenticate(context.Context, string, string) error { return nil }

// TestPluggableAuthenticator: another authenticator decides who is
// proved, but a token is still issued only to a voter with a log entry
// (the store's record of the roll), which the provider's voters need too.
func TestPluggableAuthenticator(t *testing.T) {
	st := openPebble(t)
	ctx := context.Background()
	svc := newService(t, st, registrar.Config{Auth: acceptAll{}})
	m := randomBlinded(t)
	_, err := svc.Issue(ctx, registrar.Request{VoterID: "from-idp", Code: "assertion", Blinded: m})
	if !errors.Is(err, store.ErrNoEntry) {
		t.Fatalf("Issue to a voter without a log entry: %v, want ErrNoEntry", err)
	}
	entry := append(bytes.Repeat([]byte{7}, 32), 0)
	if err := st.PutCredentials(ctx, []store.Credential{{VoterID: "from-idp", Secret: []byte("-"), Entry: entry}}); err != nil {
		t.Fatal(err)
	}
	sig, err := svc.Issue(ctx, registrar.Request{VoterID: "from-idp", Code: "assertion", Blinded: m})
	if err != nil || !signs(t, m, sig) {
		t.Fatalf("Issue with a custom authenticator: %v", err)
	}
	svc = newService(t, st, registrar.Config{Auth: failingAuth{}})
	_, err = svc.Issue(ctx, registrar.Request{VoterID: "other", Code: "x", Blinded: m})
	if !errors.Is(err, registrar.ErrUnavailable) {
		t.Fatalf("Issue with a failing authenticator: %v, want ErrUnavailable", err)
	}
}
