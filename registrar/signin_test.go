package registrar_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/api"
	"github.com/evote-org/evote/registrar/code"
)

// signIn posts a sign-in and returns the status and the answer's body.
func (c *client) signIn(t *testing.T, body string) (int, []byte) {
	t.Helper()
	resp, err := c.http.Post(c.base+electionPath+"/sign-in", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, data
}

func signInBody(voter, code string) string {
	b, _ := json.Marshal(api.SignInRequest{VoterID: voter, Code: code})
	return string(b)
}

// wantSignIn signs in and wants status with the error code (or, for 200,
// the issued flag).
func (c *client) wantSignIn(t *testing.T, body string, status int, want string) {
	t.Helper()
	got, data := c.signIn(t, body)
	var ok api.SignInResponse
	var e api.ErrorResponse
	if got == http.StatusOK && json.Unmarshal(data, &ok) == nil {
		if s := map[bool]string{true: "issued", false: "not issued"}[ok.Issued]; got == status && s == want {
			return
		}
	} else if json.Unmarshal(data, &e) == nil && got == status && e.Error == want && e.Message != "" {
		return
	}
	t.Fatalf("sign-in %s: %d %s, want %d %s", body, got, data, status, want)
}

// TestSignIn: the sign-in checks the code as a token request does and
// says whether a token was issued, issuing none itself.
func TestSignIn(t *testing.T) {
	st := openPebble(t)
	codes := voters(t, st, 2, cheap)
	c := newClient(t, newService(t, st, registrar.Config{}).Handler())
	v, code := voterID(0), codes[voterID(0)]
	c.wantSignIn(t, signInBody(v, "0000-0000-0000"), 401, "auth_failed")
	c.wantSignIn(t, signInBody("nobody", code), 401, "auth_failed")
	c.wantSignIn(t, signInBody(v, strings.ToLower(code)), 200, "not issued")
	c.wantSignIn(t, signInBody(v, code), 200, "not issued")
	if n, _ := st.Issued(context.Background()); n != 0 {
		t.Fatalf("the sign-in issued %d tokens", n)
	}
	c.mustToken(t, v, code, randomBlinded(t))
	c.wantSignIn(t, signInBody(v, code), 200, "issued")
	c.wantSignIn(t, signInBody(v, codes[voterID(1)]), 401, "auth_failed")
	c.wantSignIn(t, signInBody(voterID(1), codes[voterID(1)]), 200, "not issued")
}

// TestSignInLimits: wrong codes of sign-ins and token requests count
// against the same limits: a sign-in cannot be used to guess codes
// beyond them.
func TestSignInLimits(t *testing.T) {
	st := openPebble(t)
	codes := voters(t, st, 1, cheap)
	c := newClient(t, newService(t, st, registrar.Config{Limits: registrar.Limits{VoterFailures: 3}}).Handler())
	v, code := voterID(0), codes[voterID(0)]
	for range 2 {
		c.wantSignIn(t, signInBody(v, "0000-0000-0000"), 401, "auth_failed")
	}
	c.wantError(t, v, "0000-0000-0000", randomBlinded(t), 401, "auth_failed")
	c.wantSignIn(t, signInBody(v, code), 429, "too_many_attempts")
	c.wantError(t, v, code, randomBlinded(t), 429, "too_many_attempts")
}

// TestSignInHostile: malformed sign-ins get a JSON error and count no
// attempt.
func TestSignInHostile(t *testing.T) {
	st := openPebble(t)
	codes := voters(t, st, 1, cheap)
	c := newClient(t, newService(t, st, registrar.Config{}).Handler())
	v, code := voterID(0), codes[voterID(0)]
	good := signInBody(v, code)
	for name, tt := range map[string]struct {
		body, code string
		status     int
	}{
		"malformed JSON":    {`{"voter_id":`, "bad_request", 400},
		"not an object":     {`[1]`, "bad_request", 400},
		"unknown field":     {good[:len(good)-1] + `,"blinded_message":"AAAA"}`, "bad_request", 400},
		"trailing data":     {good + `{}`, "bad_request", 400},
		"wrong type":        {`{"voter_id":1}`, "bad_request", 400},
		"oversized body":    {good + strings.Repeat(" ", 5000), "too_large", 413},
		"voter id too long": {signInBody(strings.Repeat("m", 65), code), "auth_failed", 401},
	} {
		t.Run(name, func(t *testing.T) { c.wantSignIn(t, tt.body, tt.status, tt.code) })
	}
	r, err := c.post(electionPath+"/sign-in", "text/plain", []byte(good), nil)
	if err != nil || r.Status != 415 || r.Err.Error != "unsupported_media_type" {
		t.Errorf("text post: %+v, %v", r, err)
	}
	req, _ := http.NewRequest(http.MethodGet, c.base+electionPath+"/sign-in", nil)
	if r, err := c.do(req); err != nil || r.Status != 405 || r.Err.Error != "method_not_allowed" {
		t.Errorf("GET: %+v, %v", r, err)
	}
	for _, k := range []string{registrar.VoterKey(v, "127.0.0.1"), registrar.ClientKey("127.0.0.1")} {
		if n, _, _ := st.Attempts(context.Background(), k); n != 0 {
			t.Errorf("%d attempts counted under %s for malformed sign-ins", n, k)
		}
	}
	c.wantSignIn(t, signInBody(v, "0000-0000-0000"), 401, "auth_failed")
	if n, _, _ := st.Attempts(context.Background(), registrar.VoterKey(v, "127.0.0.1")); n != 1 {
		t.Errorf("a wrong code counted %d attempts, want 1 (the check above looks at the wrong key)", n)
	}
}

// BenchmarkSignIn is the booth's sign-in end to end, as BenchmarkIssue
// measures a token: a voter who casts costs one of each.
//
//	go test ./registrar -run '^$' -bench SignIn -benchtime 2000x
func BenchmarkSignIn(b *testing.B) {
	st := openPebble(b)
	codes := voters(b, st, b.N, code.DefaultParams)
	bodies := make([][]byte, b.N)
	for i := range b.N {
		bodies[i] = []byte(signInBody(voterID(i), codes[voterID(i)]))
	}
	svc := newService(b, st, registrar.Config{CodeParams: code.DefaultParams})
	rate, cpu := runParallel(b, svc, func(c *client, i int64) error {
		if r, err := c.post(electionPath+"/sign-in", "application/json", bodies[i], nil); err != nil || r.Status != http.StatusOK {
			return fmt.Errorf("%s: %v %+v", voterID(int(i)), err, r.Err)
		}
		return nil
	})
	b.ReportMetric(rate, "sign-ins/s")
	b.ReportMetric(cpu, "cpu-ms/sign-in")
}
