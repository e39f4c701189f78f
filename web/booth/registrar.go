package booth

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/evote-org/evote/registrar/api"
)

// maxReply bounds what the booth reads from a registrar.
const maxReply = 64 << 10

// ErrUnreachable is returned when no answer came from the registrar (or
// only a gateway's error): the same request may be sent again.
var ErrUnreachable = errors.New("booth: registrar unreachable")

// RegistrarError is the registrar's refusal: its code and the sentence to
// show the voter.
type RegistrarError struct {
	Status int
	api.ErrorResponse
}

func (e *RegistrarError) Error() string {
	return fmt.Sprintf("booth: registrar: %s (%s)", e.Message, e.ErrorResponse.Error)
}

// Registrar is a registrar's HTTP API for one election.
type Registrar struct {
	URL        string // base URL, e.g. https://registrar.example
	ElectionID string // 0x + 64 hex
	Language   string // Accept-Language for the sentences: "ru" or "en"
	HTTP       *http.Client
}

func (r *Registrar) path(suffix string) string {
	return strings.TrimSuffix(r.URL, "/") + "/v1/elections/" + r.ElectionID + suffix
}

// Info fetches the election's context and registrar key.
func (r *Registrar) Info(ctx context.Context) (*api.ElectionInfo, error) {
	var info api.ElectionInfo
	return &info, r.do(ctx, http.MethodGet, r.path(""), nil, &info)
}

// BlindSign asks for the voter's blind signature.
func (r *Registrar) BlindSign(ctx context.Context, voterID, code string, blinded []byte) ([]byte, error) {
	body, err := json.Marshal(api.TokenRequest{VoterID: voterID, Code: code, BlindedMessage: blinded})
	if err != nil {
		return nil, err
	}
	var resp api.TokenResponse
	if err := r.do(ctx, http.MethodPost, r.path("/tokens"), body, &resp); err != nil {
		return nil, err
	}
	return resp.BlindSignature, nil
}

func (r *Registrar) do(ctx context.Context, method, url string, body []byte, out any) error {
	req, err := http.NewRequestWithContext(ctx, method, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if r.Language != "" {
		req.Header.Set("Accept-Language", r.Language)
	}
	client := r.HTTP
	if client == nil {
		client = http.DefaultClient
	}
	resp, err := client.Do(req)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrUnreachable, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxReply))
	if err != nil {
		return fmt.Errorf("booth: registrar: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		e := &RegistrarError{Status: resp.StatusCode}
		if json.Unmarshal(data, &e.ErrorResponse) != nil || e.ErrorResponse.Error == "" {
			if resp.StatusCode == http.StatusBadGateway || resp.StatusCode == http.StatusGatewayTimeout {
				return fmt.Errorf("%w: answered %s", ErrUnreachable, resp.Status)
			}
			return fmt.Errorf("booth: registrar answered %s", resp.Status)
		}
		return e
	}
	if err := json.Unmarshal(data, out); err != nil {
		return errors.Join(fmt.Errorf("booth: registrar: malformed answer"), err)
	}
	return nil
}
