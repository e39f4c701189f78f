package booth

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/evote-org/evote/registrar/api"
)

// MaxReply bounds what the booth reads from a registrar.
const MaxReply = 64 << 10

// HTTP statuses the booth tells apart (net/http is not linked into the
// browser's WebAssembly, which sends its requests with fetch).
const (
	statusOK                 = 200
	statusBadGateway         = 502
	statusServiceUnavailable = 503
	statusGatewayTimeout     = 504
)

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

// Send sends one request (a JSON body, or nil) with the voter's language
// and returns the answer's status and at most MaxReply bytes of its
// body; an error means no answer came.
type Send func(ctx context.Context, method, url string, body []byte, lang string) (status int, reply []byte, err error)

// RegistrarAPI is a registrar's API for one election over any Send:
// Registrar's net/http client natively, the browser's fetch in the
// WebAssembly booth.
type RegistrarAPI struct {
	URL        string // base URL, e.g. https://registrar.example
	ElectionID string // 0x + 64 hex
	Language   string // Accept-Language for the sentences: "ru" or "en"
	Send       Send
}

func (r *RegistrarAPI) path(suffix string) string {
	return strings.TrimSuffix(r.URL, "/") + "/v1/elections/" + r.ElectionID + suffix
}

// Info fetches the election's context and registrar key.
func (r *RegistrarAPI) Info(ctx context.Context) (*api.ElectionInfo, error) {
	var info api.ElectionInfo
	return &info, r.do(ctx, "GET", r.path(""), nil, &info)
}

// BlindSign asks for the voter's blind signature.
func (r *RegistrarAPI) BlindSign(ctx context.Context, voterID, code string, blinded []byte) ([]byte, error) {
	body, err := json.Marshal(api.TokenRequest{VoterID: voterID, Code: code, BlindedMessage: blinded})
	if err != nil {
		return nil, err
	}
	var resp api.TokenResponse
	if err := r.do(ctx, "POST", r.path("/tokens"), body, &resp); err != nil {
		return nil, err
	}
	return resp.BlindSignature, nil
}

// SignIn checks the voter's id and code without asking for a token, and
// says whether a token was already issued to the voter.
func (r *RegistrarAPI) SignIn(ctx context.Context, voterID, code string) (issued bool, err error) {
	body, err := json.Marshal(api.SignInRequest{VoterID: voterID, Code: code})
	if err != nil {
		return false, err
	}
	var resp api.SignInResponse
	err = r.do(ctx, "POST", r.path("/sign-in"), body, &resp)
	return resp.Issued, err
}

// do sends a request and decodes the answer into out, or the refusal.
func (r *RegistrarAPI) do(ctx context.Context, method, url string, body []byte, out any) error {
	status, data, err := r.Send(ctx, method, url, body, r.Language)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrUnreachable, err)
	}
	if status != statusOK {
		e := &RegistrarError{Status: status}
		if json.Unmarshal(data, &e.ErrorResponse) != nil || e.ErrorResponse.Error == "" {
			if status == statusBadGateway || status == statusGatewayTimeout {
				return fmt.Errorf("%w: answered %d", ErrUnreachable, status)
			}
			return fmt.Errorf("booth: registrar answered %d", status)
		}
		return e
	}
	if err := json.Unmarshal(data, out); err != nil {
		return errors.Join(fmt.Errorf("booth: registrar: malformed answer"), err)
	}
	return nil
}
