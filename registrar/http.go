package registrar

import (
	"encoding/json"
	"net/http"

	"github.com/evote-org/evote/internal/cors"
	"github.com/evote-org/evote/internal/metrics"
	"github.com/evote-org/evote/registrar/api"
)

// Handler is the registrar's HTTP/JSON API (docs/registrar-api.md):
//
//	GET  /v1/elections/{election}         api.ElectionInfo
//	GET  /v1/elections/{election}/count   api.CountInfo
//	POST /v1/elections/{election}/tokens  api.TokenRequest -> api.TokenResponse
//	POST /v1/elections/{election}/sign-in api.SignInRequest -> api.SignInResponse
//	GET  /v1/elections/{election}/log     api.LogInfo
//	GET  /v1/elections/{election}/log/{bb} api.LogBucket (bb: 00 .. ff)
//	GET  /v1/elections/{election}/log/all api.LogAll
//
// Health and metrics are not part of it: MonitorHandler serves them on a
// private listener of their own.
//
// Every error is a JSON api.ErrorResponse. Serve it with timeouts (see the
// doc) and TLS. Browsers are served only from Config.AllowedOrigins (the
// site's origin, where the booth's page comes from), under the CORS
// policy of origins.
func (s *Service) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/v1/elections/{election}", s.election(http.MethodGet, s.handleInfo))
	mux.HandleFunc("/v1/elections/{election}/count", s.election(http.MethodGet, s.handleCount))
	mux.HandleFunc("/v1/elections/{election}/tokens", s.election(http.MethodPost, s.handleToken))
	mux.HandleFunc("/v1/elections/{election}/sign-in", s.election(http.MethodPost, s.handleSignIn))
	mux.HandleFunc("/v1/elections/{election}/log", s.election(http.MethodGet, s.handleLog))
	mux.HandleFunc("/v1/elections/{election}/log/{bucket}", s.election(http.MethodGet, s.handleLog))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, r, errNotFound, 0)
	})
	return s.origins().Wrap(mux)
}

// MonitorHandler serves the registrar's health and metrics, for a
// listener apart from the API's (evote registrar serve --metrics-listen,
// loopback by default), never through the public API:
//
//	GET  /healthz   {"status": "ok", "voters": N, "issued": N}
//	GET  /metrics   Prometheus exposition format
func (s *Service) MonitorHandler() http.Handler {
	return metrics.Handler(s.health, s.metrics.registry)
}

// origins is the API's CORS policy: the booth's GET of the election and
// POST of a token request, with a JSON body and the voter's language;
// other origins get forbidden_origin before the API acts.
func (s *Service) origins() *cors.Policy {
	return &cors.Policy{Origins: s.cfg.AllowedOrigins,
		Methods: []string{http.MethodGet, http.MethodPost}, Headers: []string{"Content-Type", "Accept-Language"},
		Refuse: func(w http.ResponseWriter, r *http.Request) { writeError(w, r, errOrigin, 0) }}
}

// election wraps a handler with the method and election checks.
func (s *Service) election(method string, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method != method {
			w.Header().Set("Allow", method)
			writeError(w, r, errMethod, 0)
			return
		}
		if !s.isElection(r.PathValue("election")) {
			writeError(w, r, errElection, 0)
			return
		}
		h(w, r)
	}
}

func (s *Service) handleInfo(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "public, max-age=60")
	writeJSON(w, http.StatusOK, s.info())
}

func (s *Service) handleCount(w http.ResponseWriter, r *http.Request) {
	voters, issued, err := s.Counts(r.Context())
	if err != nil {
		s.writeIssueError(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, api.CountInfo{EligibleVoters: voters, IssuedTokens: issued})
}

func (s *Service) handleToken(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	if !isJSON(r) {
		writeError(w, r, errMediaType, 0)
		return
	}
	req, err := decodeTokenRequest(http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes))
	if err != nil {
		s.writeIssueError(w, r, err)
		return
	}
	sig, err := s.Issue(r.Context(), Request{
		VoterID: req.VoterID,
		Code:    req.Code,
		Client:  s.cfg.ClientID(r),
		Blinded: req.BlindedMessage,
	})
	if err != nil {
		s.writeIssueError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, api.TokenResponse{BlindSignature: sig})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}
