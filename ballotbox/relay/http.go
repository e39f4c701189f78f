package relay

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"mime"
	"net/http"

	"github.com/evote-org/evote/ballotbox/relay/api"
	"github.com/evote-org/evote/ballotbox/tracker"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/evote-org/evote/internal/cors"
	"github.com/evote-org/evote/internal/metrics"
)

// Handler is the relay's HTTP API (docs/relay-api.md):
//
//	GET  /v1/election         api.Election
//	POST /v1/casts            Request -> Update
//	GET  /v1/casts/{tracker}  Update
//	GET  /v1/ws               WebSocket: Requests in, Updates out
//
// Health and metrics are not part of it: MonitorHandler serves them on a
// private listener of their own.
//
// It logs no request and no address. Serve it with Server's timeouts.
// Browsers of other origins are served under the CORS policy of
// Config.AllowedOrigins (package internal/cors).
func (r *Relay) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/v1/election", method(http.MethodGet, r.handleElection))
	mux.HandleFunc("/v1/casts", method(http.MethodPost, r.handleCast))
	mux.HandleFunc("/v1/casts/{tracker}", method(http.MethodGet, r.handleStatus))
	mux.HandleFunc("/v1/ws", method(http.MethodGet, r.handleWS))
	mux.HandleFunc("/", func(w http.ResponseWriter, req *http.Request) {
		writeError(w, req, errNotFound, "")
	})
	return r.origins().Wrap(mux)
}

// MonitorHandler serves the relay's health and metrics, for a listener
// apart from the API's (evote relay --metrics-listen, loopback by
// default), never through the public API:
//
//	GET  /healthz   {"status": "ok", "head": N, "outbox": N}
//	GET  /metrics   Prometheus exposition format
func (r *Relay) MonitorHandler() http.Handler { return metrics.Handler(r.health, r.metrics.registry) }

// method refuses requests of other methods.
func method(m string, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		if req.Method != m {
			w.Header().Set("Allow", m)
			writeError(w, req, errMethod, "")
			return
		}
		h(w, req)
	}
}

func (r *Relay) handleCast(w http.ResponseWriter, req *http.Request) {
	if mt, _, err := mime.ParseMediaType(req.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		writeError(w, req, errMediaType, "")
		return
	}
	if !r.limiter.allow(r.cfg.ClientID(req)) {
		r.metrics.limited.Add(1)
		w.Header().Set("Retry-After", "10")
		writeError(w, req, errRateLimited, "")
		return
	}
	m, err := decodeRequest(http.MaxBytesReader(w, req.Body, r.cfg.Limits.MaxBodyBytes))
	lang := language(req, m.Lang)
	if err == nil && m.Type != "" && m.Type != "cast" {
		err = errRequest
	}
	var st Status
	if err == nil {
		st, err = r.submitRequest(req.Context(), m)
	}
	if err != nil {
		writeError(w, req, r.apiError(err), lang)
		return
	}
	u := update(st, lang)
	u.ID = m.ID
	writeJSON(w, httpStatus(st.Phase), u)
}

func (r *Relay) handleStatus(w http.ResponseWriter, req *http.Request) {
	lang := language(req, req.URL.Query().Get("lang"))
	t, err := tracker.Parse(req.PathValue("tracker"))
	if err != nil {
		writeError(w, req, errBadRequest, lang)
		return
	}
	st, err := r.Status(t)
	if err != nil {
		writeError(w, req, r.apiError(err), lang)
		return
	}
	writeJSON(w, http.StatusOK, update(st, lang))
}

// apiError maps an error of the relay to its answer.
func (r *Relay) apiError(err error) *apiError {
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		return errTooLarge
	case errors.Is(err, ErrMalformed):
		return errBadRequest
	case errors.Is(err, ErrNotFound):
		return errUnknownTracker
	case errors.Is(err, ErrUnavailable), errors.Is(err, ErrClosed), errors.Is(err, context.Canceled),
		errors.Is(err, context.DeadlineExceeded):
		return errUnavailable
	}
	r.log.Error("relay: internal error, nothing queued", "err", err)
	return errInternal
}

func httpStatus(p Phase) int {
	switch p {
	case Accepted:
		return http.StatusAccepted
	case Rejected:
		return http.StatusUnprocessableEntity
	}
	return http.StatusOK
}

func writeError(w http.ResponseWriter, req *http.Request, e *apiError, lang string) {
	if lang == "" {
		lang = language(req, "")
	}
	if e.status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "30")
	}
	writeJSON(w, e.status, e.update("", lang))
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// origins is the relay's CORS policy: the booths' origins of
// Config.AllowedOrigins and the relay's own may call it; others get
// forbidden-origin, on the WebSocket too.
func (r *Relay) origins() *cors.Policy {
	return &cors.Policy{Origins: r.cfg.AllowedOrigins, SameHost: true,
		Methods: []string{http.MethodGet, http.MethodPost}, Headers: []string{"Content-Type", "Accept-Language"},
		Refuse: func(w http.ResponseWriter, req *http.Request) { writeError(w, req, errOrigin, "") }}
}

// originAllowed reports whether a request comes from no browser, from
// the relay's own origin, or from an allowed one.
func (r *Relay) originAllowed(req *http.Request) bool {
	return r.origins().Allows(req.Header.Get("Origin"), req.Host)
}

// handleElection answers the election the relay checks casts against,
// for the booth's cross-check with the site's.
func (r *Relay) handleElection(w http.ResponseWriter, req *http.Request) {
	p := r.cfg.Params
	c := p.Election.Context
	writeJSON(w, http.StatusOK, api.Election{
		Version:      transcript.Version,
		ChainID:      c.ChainID,
		Contract:     "0x" + hex.EncodeToString(c.Contract[:]),
		ElectionID:   "0x" + hex.EncodeToString(c.ElectionID[:]),
		RegistrarKey: p.RegistrarKey.Bytes(),
		ElectionKey:  p.Election.Key.Bytes(),
	})
}
