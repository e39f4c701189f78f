// Package site is the voter's booth as a web site: an http.Handler that
// serves the booth page and the "find my ballot" page (html/template, in
// Russian by default and in English), their scripts and styles embedded
// in the binary, the booth's cryptography as WebAssembly (web/booth/wasm,
// built by BuildWasm), and a small JSON API of what the ballot-box
// contract says (package web/api).
//
// Everything the pages load comes from the site's own origin: no CDN, no
// remote font or script. Every script a page loads and the WebAssembly
// module are loaded with Subresource Integrity: the server computes the
// sha384 of the exact bytes it serves and writes it into the pages. The
// booth's cryptography runs in a Web Worker, which fetches the module
// with that integrity itself; the worker's own script and the
// wasm_exec.js it imports cannot carry one (browsers check no integrity
// for a worker or importScripts), so they are same-origin files whose
// addresses name their hash. A strict Content-Security-Policy allows
// nothing else.
//
// The registrar and the relay are mounted under the same origin
// (/registrar/ and /relay/, Config.Registrar and Config.Relay), so that
// the booth needs no cross-origin requests; mount them in process or as
// reverse proxies (httputil.NewSingleHostReverseProxy). Behind a proxy
// the relay sees the site's address: configure its ClientID to read the
// forwarded address, or its rate limit counts all voters as one client.
//
// Trust: the booth checks the registrar's key against the key the site's
// server read from the contract (GET /api/election). A voter who trusts
// the chain but not this server gains nothing from that check alone,
// since the same server sends the booth's code; the page therefore shows
// the key's fingerprint, the election id and the contract, which anyone
// can compare with an independent chain node (evote verify), and the
// WebAssembly's hash, which anyone can compare with their own build.
package site

import (
	"errors"
	"log/slog"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/ballotbox"
)

// Config configures a Site. Box and Wasm are required.
type Config struct {
	Box       *ballotbox.Client // the election's ballot box
	FromBlock uint64            // where its events start: the deployment block, or 0
	Wasm      []byte            // the booth's WebAssembly (BuildWasm)
	Registrar http.Handler      // mounted at /registrar/ (prefix stripped); nil: not served
	Relay     http.Handler      // mounted at /relay/ (prefix stripped); nil: not served
	Logger    *slog.Logger      // default slog.Default()

	// For the observer dashboard (/observer); both optional.
	Voters     uint64 // voters on the roll (0: unknown)
	RecordPath string // the election record's file, served at /record ("": not served)
}

// Site is the booth's web site for one election.
type Site struct {
	cfg    Config
	assets map[string]*asset
	pages  *pages
	chain  *chainView
	obs    *observer
}

// New prepares the site: it hashes the assets and parses the templates.
func New(cfg Config) (*Site, error) {
	if cfg.Box == nil || cfg.Box.Address() == (common.Address{}) || len(cfg.Wasm) == 0 {
		return nil, errors.New("site: Box and Wasm are required")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	assets, err := loadAssets(cfg.Wasm)
	if err != nil {
		return nil, err
	}
	p, err := loadPages(assets)
	if err != nil {
		return nil, err
	}
	chain := newChainView(cfg.Box, cfg.FromBlock, cfg.Logger)
	return &Site{cfg: cfg, assets: assets, pages: p, chain: chain, obs: newObserver(chain, cfg.Voters, cfg.RecordPath != "")}, nil
}

// Handler serves the site.
func (s *Site) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.pages.handler("booth"))
	mux.HandleFunc("GET /track", s.pages.handler("track"))
	mux.HandleFunc("GET /observer", s.pages.handler("observer"))
	mux.HandleFunc("GET /assets/{name}", s.serveAsset)
	mux.HandleFunc("GET /api/election", s.chain.serveElection)
	mux.HandleFunc("GET /api/ballots/{tracker}", s.chain.serveBallot)
	mux.HandleFunc("GET /api/observer", s.obs.serveJSON)
	mux.HandleFunc("GET /api/observer/ws", s.obs.serveSocket)
	if s.cfg.RecordPath != "" {
		mux.HandleFunc("GET /record", s.serveRecord)
	}
	if s.cfg.Registrar != nil {
		mux.Handle("/registrar/", http.StripPrefix("/registrar", s.cfg.Registrar))
	}
	if s.cfg.Relay != nil {
		mux.Handle("/relay/", http.StripPrefix("/relay", s.cfg.Relay))
	}
	return secure(mux)
}

// csp allows the pages nothing but their own origin; WebAssembly needs
// 'wasm-unsafe-eval' (not 'unsafe-eval'). The booth's worker is a file of
// the site (worker-src 'self', no blob: or data: URLs); it is served with
// this same policy, which is the worker's own.
const csp = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self'; img-src 'self'; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// secure sets the security headers of every answer.
func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", csp)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "no-referrer")
		h.ServeHTTP(w, r)
	})
}
