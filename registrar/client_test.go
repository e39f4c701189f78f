package registrar_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/evote-org/evote/registrar/api"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
)

// client talks to a registrar's HTTP API.
type client struct {
	base string
	http *http.Client
}

func newClient(t testing.TB, h http.Handler) *client {
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return &client{base: srv.URL, http: srv.Client()}
}

// reply is an API answer.
type reply struct {
	Status int
	Header http.Header
	Sig    []byte
	Err    api.ErrorResponse
}

// token asks for a token.
func (c *client) token(voter, code string, blinded []byte) (reply, error) {
	body, _ := json.Marshal(api.TokenRequest{VoterID: voter, Code: code, BlindedMessage: blinded})
	return c.post(electionPath+"/tokens", "application/json", body, nil)
}

func (c *client) post(path, contentType string, body []byte, hdr http.Header) (reply, error) {
	req, err := http.NewRequest(http.MethodPost, c.base+path, bytes.NewReader(body))
	if err != nil {
		return reply{}, err
	}
	req.Header = hdr.Clone()
	if req.Header == nil {
		req.Header = http.Header{}
	}
	req.Header.Set("Content-Type", contentType)
	return c.do(req)
}

func (c *client) do(req *http.Request) (reply, error) {
	resp, err := c.http.Do(req)
	if err != nil {
		return reply{}, err
	}
	defer resp.Body.Close()
	r := reply{Status: resp.StatusCode, Header: resp.Header}
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return reply{}, err
	}
	if r.Status == http.StatusOK {
		var tr api.TokenResponse
		err = json.Unmarshal(data, &tr)
		r.Sig = tr.BlindSignature
	} else {
		err = json.Unmarshal(data, &r.Err)
	}
	if err != nil {
		return reply{}, fmt.Errorf("status %d, body %q: %w", r.Status, data, err)
	}
	return r, nil
}

// mustToken asks for a token and wants a signature.
func (c *client) mustToken(t testing.TB, voter, code string, blinded []byte) []byte {
	t.Helper()
	r, err := c.token(voter, code, blinded)
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != http.StatusOK {
		t.Fatalf("token for %s: %d %+v", voter, r.Status, r.Err)
	}
	return r.Sig
}

// wantError asks for a token and wants the given error code.
func (c *client) wantError(t testing.TB, voter, code string, blinded []byte, status int, errCode string) reply {
	t.Helper()
	r, err := c.token(voter, code, blinded)
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != status || r.Err.Error != errCode || r.Err.Message == "" {
		t.Fatalf("token for %s: %d %+v, want %d %s", voter, r.Status, r.Err, status, errCode)
	}
	return r
}
