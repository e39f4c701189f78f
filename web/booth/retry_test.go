package booth_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/evote-org/evote/registrar/api"
	"github.com/evote-org/evote/web/booth"
)

// flaky fails with errs in turn, then signs.
type flaky struct {
	errs  []error
	calls int
	seen  [][]byte
}

func (f *flaky) BlindSign(_ context.Context, _, _ string, blinded []byte) ([]byte, error) {
	f.calls++
	f.seen = append(f.seen, blinded)
	if len(f.errs) > 0 {
		err := f.errs[0]
		f.errs = f.errs[1:]
		return nil, err
	}
	return []byte("sig"), nil
}

func TestRetry(t *testing.T) {
	busy := &booth.RegistrarError{Status: http.StatusServiceUnavailable, ErrorResponse: api.ErrorResponse{Error: "busy"}}
	refused := &booth.RegistrarError{Status: http.StatusConflict, ErrorResponse: api.ErrorResponse{Error: "already_issued"}}
	down := fmt.Errorf("%w: connection refused", booth.ErrUnreachable)
	for _, tc := range []struct {
		name      string
		errs      []error
		calls     int
		wantError bool
	}{
		{"unreachable then busy then signed", []error{down, busy}, 3, false},
		{"refusal is final", []error{refused}, 1, true},
		{"attempts used up", []error{down, down, down}, 3, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := &flaky{errs: tc.errs}
			r := &booth.Retry{Signer: f, Attempts: 3, Wait: time.Millisecond}
			sig, err := r.BlindSign(context.Background(), "V1", "code", []byte("blinded"))
			if (err != nil) != tc.wantError || f.calls != tc.calls {
				t.Fatalf("sig %q, err %v after %d calls; want %d calls", sig, err, f.calls, tc.calls)
			}
			for _, b := range f.seen {
				if string(b) != "blinded" {
					t.Fatal("a retry sent another blinded message")
				}
			}
			if tc.wantError && !errors.Is(err, tc.errs[len(tc.errs)-1]) {
				t.Errorf("error %v does not wrap the last failure", err)
			}
		})
	}
}
