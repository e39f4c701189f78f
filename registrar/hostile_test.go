package registrar_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"math/big"
	"net/http"
	"strings"
	"testing"

	"github.com/evote-org/evote/registrar"
)

// TestHostileInput sends what an attacker or a broken booth might, and
// wants a JSON error with the right code, no token, and no attempt
// counted.
func TestHostileInput(t *testing.T) {
	st := openPebble(t)
	codes := voters(t, st, 1, cheap)
	c := newClient(t, newService(t, st, registrar.Config{}).Handler())
	v, code := voterID(0), codes[voterID(0)]
	size := testKey(t).Public().Size()
	b64 := func(b []byte) string { return base64.StdEncoding.EncodeToString(b) }
	body := func(blinded string) string {
		return `{"voter_id":"` + v + `","code":"` + code + `","blinded_message":"` + blinded + `"}`
	}
	good := b64(randomBlinded(t))
	n := new(big.Int).Lsh(big.NewInt(1), 3072) // > modulus
	n.Sub(n, big.NewInt(1))
	tests := []struct {
		name, path, ctype, body string
		status                  int
		code                    string
	}{
		{"malformed JSON", "/tokens", "application/json", `{"voter_id":`, 400, "bad_request"},
		{"not an object", "/tokens", "application/json", `[1,2]`, 400, "bad_request"},
		{"empty body", "/tokens", "application/json", ``, 400, "bad_request"},
		{"unknown field", "/tokens", "application/json", body(good)[:len(body(good))-1] + `,"pseudonym":"x"}`, 400, "bad_request"},
		{"trailing data", "/tokens", "application/json", body(good) + `{}`, 400, "bad_request"},
		{"wrong type", "/tokens", "application/json", `{"voter_id":1}`, 400, "bad_request"},
		{"not base64", "/tokens", "application/json", body("!!!"), 400, "bad_request"},
		{"oversized body", "/tokens", "application/json", body(good) + strings.Repeat(" ", 5000), 413, "too_large"},
		{"huge field", "/tokens", "application/json", body(strings.Repeat("A", 1<<20)), 413, "too_large"},
		{"form post", "/tokens", "application/x-www-form-urlencoded", body(good), 415, "unsupported_media_type"},
		{"text post", "/tokens", "text/plain", body(good), 415, "unsupported_media_type"},
		{"wrong election", "/../0x" + strings.Repeat("ab", 32) + "/tokens", "application/json", body(good), 404, "unknown_election"},
		{"short election", "/../0xe1/tokens", "application/json", body(good), 404, "unknown_election"},
		{"blinded >= n", "/tokens", "application/json", body(b64(n.Bytes())), 400, "invalid_blinded_message"},
		{"blinded zero", "/tokens", "application/json", body(b64(make([]byte, size))), 400, "invalid_blinded_message"},
		{"blinded short", "/tokens", "application/json", body(good[:len(good)-8]), 400, "invalid_blinded_message"},
		{"blinded long", "/tokens", "application/json", body(b64(append([]byte{0}, randomBlinded(t)...))), 400, "invalid_blinded_message"},
		{"blinded missing", "/tokens", "application/json", `{"voter_id":"` + v + `","code":"` + code + `"}`, 400, "invalid_blinded_message"},
		{"voter id too long", "/tokens", "application/json", strings.Replace(body(good), v, strings.Repeat("m", 65), 1), 401, "auth_failed"},
		{"voter id with NUL", "/tokens", "application/json", strings.Replace(body(good), v, v+`\u0000`, 1), 401, "auth_failed"},
		{"unknown path", "/ballots", "application/json", body(good), 404, "not_found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := electionPath + tt.path
			if strings.HasPrefix(tt.path, "/../") {
				path = "/v1/elections/" + tt.path[4:]
			}
			r, err := c.post(path, tt.ctype, []byte(tt.body), nil)
			if err != nil {
				t.Fatal(err)
			}
			if r.Status != tt.status || r.Err.Error != tt.code || r.Err.Message == "" {
				t.Fatalf("got %d %+v, want %d %s", r.Status, r.Err, tt.status, tt.code)
			}
		})
	}
	for _, k := range []string{registrar.VoterKey(v, "127.0.0.1"), registrar.ClientKey("127.0.0.1")} {
		if n, _, _ := st.Attempts(context.Background(), k); n != 0 {
			t.Fatalf("%d attempts counted under %s for rejected requests", n, k)
		}
	}
	c.wantError(t, v, "0000-0000-0000", randomBlinded(t), 401, "auth_failed")
	if n, _, _ := st.Attempts(context.Background(), registrar.VoterKey(v, "127.0.0.1")); n != 1 {
		t.Fatalf("a wrong code counted %d attempts, want 1 (the check above looks at the wrong key)", n)
	}
	if n, _ := st.Issued(context.Background()); n != 0 {
		t.Fatalf("%d tokens issued", n)
	}
}

func TestMethodsAndPaths(t *testing.T) {
	st := openPebble(t)
	c := newClient(t, newService(t, st, registrar.Config{}).Handler())
	for _, tt := range []struct {
		method, path string
		status       int
		code         string
	}{
		{"GET", electionPath + "/tokens", 405, "method_not_allowed"},
		{"POST", electionPath, 405, "method_not_allowed"},
		{"DELETE", electionPath + "/count", 405, "method_not_allowed"},
		{"GET", "/v2/elections", 404, "not_found"},
		{"GET", "/v1/elections/nope", 404, "unknown_election"},
		{"GET", "/v1/elections/", 404, "not_found"},
	} {
		req, _ := http.NewRequest(tt.method, c.base+tt.path, nil)
		r, err := c.do(req)
		if err != nil {
			t.Fatal(err)
		}
		if r.Status != tt.status || r.Err.Error != tt.code {
			t.Errorf("%s %s: %d %+v, want %d %s", tt.method, tt.path, r.Status, r.Err, tt.status, tt.code)
		}
	}
	// The election id is accepted without 0x and in upper case.
	id := strings.TrimPrefix(electionPath, "/v1/elections/0x")
	for _, p := range []string{id, strings.ToUpper(id), "0X" + id} {
		resp, err := c.http.Get(c.base + "/v1/elections/" + p + "/count")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Errorf("GET count with id %s: %d", p, resp.StatusCode)
		}
	}
}

func TestRussianMessages(t *testing.T) {
	st := openPebble(t)
	voters(t, st, 1, cheap)
	c := newClient(t, newService(t, st, registrar.Config{}).Handler())
	body := []byte(`{"voter_id":"` + voterID(0) + `","code":"0000-0000-0000","blinded_message":"` +
		base64.StdEncoding.EncodeToString(randomBlinded(t)) + `"}`)
	for lang, want := range map[string]string{"ru-RU,ru;q=0.9,en;q=0.8": "Неверный", "en-GB,ru;q=0.5": "wrong", "": "wrong"} {
		r, err := c.post(electionPath+"/tokens", "application/json", body, http.Header{"Accept-Language": {lang}})
		if err != nil {
			t.Fatal(err)
		}
		if r.Err.Error != "auth_failed" || !strings.Contains(r.Err.Message, want) {
			t.Errorf("Accept-Language %q: %+v, want a message with %q", lang, r.Err, want)
		}
	}
}

func FuzzDecodeTokenRequest(f *testing.F) {
	f.Add([]byte(`{"voter_id":"m-1","code":"0000-0000-0000","blinded_message":"AAAA"}`))
	f.Add([]byte(`{"voter_id":"m-1"} {}`))
	f.Add([]byte(`{"VOTER_ID":"x","blinded_message":null}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		req, err := registrar.DecodeTokenRequest(bytes.NewReader(data))
		if err != nil && (req.VoterID != "" || req.BlindedMessage != nil) {
			t.Fatalf("error %v with a partly filled request", err)
		}
	})
}
