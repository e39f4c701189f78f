package registrar_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"testing"

	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/api"
)

// TestBoothOrigins: the site's origin (where the booth's page comes from)
// may ask for a token from a browser; a token request from any other
// origin, or after a preflight the policy refuses, is refused before the
// registrar counts an attempt or signs, and no answer allows credentials.
func TestBoothOrigins(t *testing.T) {
	const site = "https://vote.example"
	st := openPebble(t)
	codes := voters(t, st, 2, cheap)
	c := newClient(t, newService(t, st, registrar.Config{AllowedOrigins: []string{site}}).Handler())
	token := func(origin, voter string) reply {
		t.Helper()
		body, _ := json.Marshal(api.TokenRequest{VoterID: voter, Code: codes[voter], BlindedMessage: randomBlinded(t)})
		r, err := c.post(electionPath+"/tokens", "application/json", body, http.Header{"Origin": {origin}})
		if err != nil {
			t.Fatal(err)
		}
		if r.Header.Get("Access-Control-Allow-Credentials") != "" {
			t.Errorf("credentials allowed for %q", origin)
		}
		return r
	}
	preflight := func(origin, method, headers string) reply {
		t.Helper()
		req, _ := http.NewRequest(http.MethodOptions, c.base+electionPath+"/tokens", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", method)
		if headers != "" {
			req.Header.Set("Access-Control-Request-Headers", headers)
		}
		resp, err := c.http.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return reply{Status: resp.StatusCode, Header: resp.Header}
	}

	if r := preflight(site, "POST", "content-type,accept-language"); r.Status != http.StatusNoContent ||
		r.Header.Get("Access-Control-Allow-Origin") != site || r.Header.Get("Access-Control-Allow-Methods") != "GET, POST" ||
		r.Header.Get("Access-Control-Allow-Headers") != "Content-Type, Accept-Language" {
		t.Errorf("the site's preflight: %d %v", r.Status, r.Header)
	}
	for _, bad := range [][2]string{{"POST", "content-type,authorization"}, {"PUT", "content-type"}, {"post", ""}, {"POST", "content-type,"}} {
		if r := preflight(site, bad[0], bad[1]); r.Status != http.StatusForbidden || r.Header.Get("Access-Control-Allow-Methods") != "" {
			t.Errorf("preflight of %s with %q: %d %v", bad[0], bad[1], r.Status, r.Header)
		}
	}
	for _, origin := range []string{"https://evil.example", "https://vote.example.evil.example", "http://vote.example",
		"https://vote.example:444", "null", "https://vote.example/path"} {
		if r := preflight(origin, "POST", "content-type"); r.Status != http.StatusForbidden {
			t.Errorf("preflight from %s: %d", origin, r.Status)
		}
		r := token(origin, voterID(0))
		if r.Status != http.StatusForbidden || r.Err.Error != "forbidden_origin" || r.Err.Message == "" ||
			r.Header.Get("Access-Control-Allow-Origin") != "" {
			t.Errorf("token request from %s: %d %+v", origin, r.Status, r.Err)
		}
	}
	if n, _, _ := st.Attempts(context.Background(), "voter:"+voterID(0)); n != 0 {
		t.Errorf("%d attempts counted for refused origins", n)
	}
	if n, _ := st.Issued(context.Background()); n != 0 {
		t.Fatalf("%d tokens issued to foreign origins", n)
	}
	if r := token(site, voterID(0)); r.Status != http.StatusOK || r.Header.Get("Access-Control-Allow-Origin") != site {
		t.Errorf("the site's token request: %d %+v %v", r.Status, r.Err, r.Header)
	}
	body, _ := json.Marshal(api.TokenRequest{VoterID: voterID(1), Code: codes[voterID(1)], BlindedMessage: randomBlinded(t)})
	if r, err := c.post(electionPath+"/tokens", "application/json", body, nil); err != nil || r.Status != http.StatusOK {
		t.Errorf("a request without Origin (no browser): %v %d %+v", err, r.Status, r.Err)
	}
}

// TestInfoElectionKey: the election's info carries the election key the
// registrar was given (a third source for the booth's cross-check), none
// if it was given none, and a key that is not 32 bytes is refused.
func TestInfoElectionKey(t *testing.T) {
	key := bytes.Repeat([]byte{7}, 32)
	for _, k := range [][]byte{key, nil} {
		c := newClient(t, newService(t, openPebble(t), registrar.Config{ElectionKey: k}).Handler())
		resp, err := c.http.Get(c.base + electionPath)
		if err != nil {
			t.Fatal(err)
		}
		var raw map[string]json.RawMessage
		err = json.NewDecoder(resp.Body).Decode(&raw)
		resp.Body.Close()
		var got []byte
		if v, ok := raw["election_key"]; ok {
			json.Unmarshal(v, &got)
		}
		if err != nil || !bytes.Equal(got, k) || (k == nil) == (raw["election_key"] != nil) {
			t.Errorf("given %x: election_key %s (%v)", k, raw["election_key"], err)
		}
	}
	_, err := registrar.New(registrar.Config{Context: testCtx, Key: testKey(t), Store: openPebble(t), ElectionKey: key[:31]})
	if !errors.Is(err, registrar.ErrConfig) {
		t.Errorf("a 31-byte election key: %v", err)
	}
}

// TestSetElectionKey: a registrar started before the key ceremony
// finished serves the key once it is set, and never another.
func TestSetElectionKey(t *testing.T) {
	svc := newService(t, openPebble(t), registrar.Config{})
	key := bytes.Repeat([]byte{7}, 32)
	if svc.ElectionKey() != nil {
		t.Fatal("a key before it was set")
	}
	if err := svc.SetElectionKey(key[:31]); !errors.Is(err, registrar.ErrConfig) {
		t.Errorf("a 31-byte key: %v", err)
	}
	if err := svc.SetElectionKey(key); err != nil || !bytes.Equal(svc.ElectionKey(), key) {
		t.Fatalf("set: %v, serving %x", err, svc.ElectionKey())
	}
	if err := svc.SetElectionKey(key); err != nil {
		t.Errorf("the same key again: %v", err)
	}
	other := bytes.Repeat([]byte{8}, 32)
	if err := svc.SetElectionKey(other); !errors.Is(err, registrar.ErrElectionKeyChanged) || !bytes.Equal(svc.ElectionKey(), key) {
		t.Errorf("another key: %v, serving %x", err, svc.ElectionKey())
	}
	c := newClient(t, svc.Handler())
	resp, err := c.http.Get(c.base + electionPath)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var info struct {
		ElectionKey []byte `json:"election_key"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&info); err != nil || !bytes.Equal(info.ElectionKey, key) {
		t.Errorf("the info's election_key %x (%v)", info.ElectionKey, err)
	}
}
