package registrar

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"

	"github.com/evote-org/evote/registrar/api"
	"github.com/evote-org/evote/registrar/store"
)

// SignIn authenticates a voter exactly as Issue does (the same checks,
// limits and attempt counts) without issuing anything, and reports
// whether the voter is already bound to a blinded message. The booth
// signs in first and asks for the token only when the voter casts, so
// that a voter who leaves before casting still has their token to get.
func (s *Service) SignIn(ctx context.Context, req Request) (issued bool, err error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.stopped != nil {
		return false, s.stopped
	}
	if err := s.authenticate(ctx, req); err != nil {
		return false, err
	}
	_, err = s.cfg.Store.Intent(ctx, req.VoterID)
	switch {
	case errors.Is(err, store.ErrNotFound):
		return false, nil
	case err != nil:
		return false, s.storeError(err)
	}
	return true, nil
}

func (s *Service) handleSignIn(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	if !isJSON(r) {
		writeError(w, r, errMediaType, 0)
		return
	}
	var req api.SignInRequest
	if err := decodeOne(http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes), &req); err != nil {
		s.writeIssueError(w, r, err)
		return
	}
	issued, err := s.SignIn(r.Context(), Request{VoterID: req.VoterID, Code: req.Code, Client: s.cfg.ClientID(r)})
	if err != nil {
		s.writeIssueError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, api.SignInResponse{Issued: issued})
}

// isJSON reports whether the request's body is declared JSON.
func isJSON(r *http.Request) bool {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return err == nil && mt == "application/json"
}

// decodeOne reads exactly one JSON object into v, with only its known
// fields. Errors from the reader (such as *http.MaxBytesError) are
// returned wrapped.
func decodeOne(r io.Reader, v any) error {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%w: %w", errRequest, err)
	}
	switch _, err := dec.Token(); {
	case err == io.EOF:
		return nil
	case err != nil:
		return fmt.Errorf("%w: after the object: %w", errRequest, err)
	}
	return fmt.Errorf("%w: data after the object", errRequest)
}
