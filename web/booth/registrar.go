//go:build !js

package booth

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"

	"github.com/evote-org/evote/registrar/api"
)

// Registrar is a registrar's HTTP API for one election, over net/http
// (the WebAssembly booth uses RegistrarAPI over fetch instead).
type Registrar struct {
	URL        string // base URL, e.g. https://registrar.example
	ElectionID string // 0x + 64 hex
	Language   string // Accept-Language for the sentences: "ru" or "en"
	HTTP       *http.Client
}

func (r *Registrar) api() *RegistrarAPI {
	return &RegistrarAPI{URL: r.URL, ElectionID: r.ElectionID, Language: r.Language, Send: r.send}
}

// Info fetches the election's context and registrar key.
func (r *Registrar) Info(ctx context.Context) (*api.ElectionInfo, error) {
	return r.api().Info(ctx)
}

// BlindSign asks for the voter's blind signature.
func (r *Registrar) BlindSign(ctx context.Context, voterID, code string, blinded []byte) ([]byte, error) {
	return r.api().BlindSign(ctx, voterID, code, blinded)
}

// SignIn checks the voter's id and code (RegistrarAPI.SignIn).
func (r *Registrar) SignIn(ctx context.Context, voterID, code string) (bool, error) {
	return r.api().SignIn(ctx, voterID, code)
}

// send is a Send over net/http.
func (r *Registrar) send(ctx context.Context, method, url string, body []byte, lang string) (int, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, method, url, bytes.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if lang != "" {
		req.Header.Set("Accept-Language", lang)
	}
	client := r.HTTP
	if client == nil {
		client = http.DefaultClient
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, MaxReply))
	if err != nil {
		return 0, nil, fmt.Errorf("booth: registrar: %w", err)
	}
	return resp.StatusCode, data, nil
}
