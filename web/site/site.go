// Package site is the voter's booth as a web site: an http.Handler that
// serves the booth page, the "find my ballot" page, the observer page,
// the voter's check of the registration log and the public list of
// ballots (html/template, in
// Russian by default and in English), their scripts and styles embedded
// in the binary, the booth's cryptography as WebAssembly (web/booth/wasm,
// built by BuildWasm), and a small JSON API of what the ballot-box
// contract says (package web/api).
//
// The booth shows a choice question as radio buttons or checkboxes, a
// ranked one as a labelled select per candidate ("—", 1 to max), which
// works by keyboard, touch and screen reader on any phone and says in
// words, as the voter ranks, what breaks the rule of crypto/ballot
// CheckValues (a rank given twice, a rank missing), and a graded one as
// a radio group per candidate of "no grade" and the manifest's grades.
// It encrypts nothing that breaks a question's rule (the WebAssembly
// refuses it too), and the review and the encryption check (Benaloh:
// the values decrypted from the opened ballot) list the ranks and
// grades; so does the checker page (/check) of an opened ballot pasted
// on another device. The observer page shows no count for a ranked or
// graded question until the mix phase's count is there; an instant-runoff
// or STV count it draws round by round (rounds.go): per round a bar per
// candidate with what the round transferred to it and the quota, each
// round's numbers as its chart's text alternative, and a table of every
// number.
//
// A ballot found on the "find my ballot" page gets a receipt (the
// tracker, its check address and that address's QR code, to copy,
// download and print) made in the browser by static/receipt.js, the
// bundle of web/site/receipt with the pinned npm package
// qrcode-generator: the tracker is never sent to the server for it.
//
// The registration page (/registration, static/registration.js) is the
// voter's check of the registration log (docs/protocol.md): the voter
// types their voter id and code, the page computes their leaf in the
// browser (Argon2id, from the TypeScript verifier's bundle), downloads
// the whole log (a roll of at most Config.WholeLogMax voters) or the
// leaf's one bucket of 256 from the registrar, and checks it against the
// roots posted on chain, which the site's server reads
// (GET /api/registration-log). It says whether the voter's entry is on
// the committed roll and in which posted interval, if any, a token was
// issued in their name. Neither the voter id nor the code leaves the
// page; the registrar learns the bucket, or nothing.
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
// nothing else. Since an asset's address names its hash (?v=), caches
// keep it for a year without asking again (Cache-Control immutable);
// pages and JSON answers are gzipped for clients that accept it.
//
// The observer page alone has a wider policy: "verify in this browser"
// (the TypeScript verifier, tally/verify/ts) reads the chain from a
// JSON-RPC node the observer names, which the site cannot list in
// advance, so that page's connect-src is any http(s) origin (over https
// a browser still refuses plain http but for localhost). What that
// allows: the observer page's scripts, which are still only the site's
// own files with integrity, may send requests to and read answers from
// any node that allows the site's origin by CORS (evote node
// --http-cors). The page holds no secret to leak (the booth's saved
// casts in localStorage are encrypted under the voting code, and
// script-src stops injected code, which could navigate away with data
// under any connect-src anyway), the observer learns nothing from the
// site about where to connect but Config.NodeURL as a suggestion, and
// the node's answers are untrusted input that the verifier checks before
// believing. The booth and the other pages keep the strict policy.
//
// The registrar and the relay are other origins, run by other
// organisations (docs/operations.md, "Three origins"): the booth calls
// them directly from the voter's browser (Config.RegistrarURL and
// Config.RelayURL; they allow the site's origin by CORS), and the page's
// Content-Security-Policy lets it connect to exactly those two origins
// besides the site's own. The site's server sees no registration and no
// cast: it serves the pages, their assets and a read-only API of the
// chain.
//
// Trust: the site tells the booth the election's context and both keys
// (GET /api/election) and where the registrar and the relay are. The
// booth believes none of it alone: before it blinds or encrypts anything
// it compares the context and the keys with the relay's answer and the
// registrar key with the registrar's (package web/booth), so a site that
// lies about a key, or names a registrar and a relay of its own that
// agree with it, must also run (or corrupt) those servers. The page shows
// both keys' fingerprints, the election id and the contract, which anyone
// can compare with an independent chain node (evote verify), and the
// WebAssembly's hash, which anyone can compare with their own build.
package site

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/internal/defaults"
	"github.com/evote-org/evote/tally"
)

// Config configures a Site. Box and Wasm are required.
type Config struct {
	Box       *ballotbox.Client // the election's ballot box
	FromBlock uint64            // where its events start: the deployment block, or 0
	Wasm      []byte            // the booth's WebAssembly (BuildWasm)
	Logger    *slog.Logger      // default slog.Default()

	// The public base URLs of the registrar's and the relay's APIs, which
	// the booth calls from the voter's browser (e.g.
	// https://registrar.example, https://relay.example); each must allow
	// the site's origin (CORS). "": the booth cannot register or cast.
	RegistrarURL string
	RelayURL     string

	// For the observer dashboard (/observer); all optional.
	Voters     uint64 // voters on the roll (0: unknown)
	RecordPath string // the election record's file, served at /record ("": not served)
	// Files is the mix phase's files directory (as evote tally --files):
	// the server's verification of a ranked or graded count reads the
	// mixes and mix decryptions there, and /record/files/NAME serves
	// each (NAME: the lowercase hex SHA-256 of its bytes, which proves
	// them). "": none.
	Files string
	// NodeURL is a chain node's public JSON-RPC URL that the observer
	// page offers for "verify in this browser" (the observer may type
	// any other); it must allow the site's origin by CORS (evote node
	// --http-cors). "": none offered.
	NodeURL string
	// WholeLogMax: the registration page downloads the whole
	// registration log for a roll of at most this many voters, one
	// bucket of 256 for a larger one (docs/protocol.md, "The voter's
	// check"). Default 65,536; negative: always one bucket.
	WholeLogMax int
	// MaxSockets caps the observer page's open WebSockets; past it a new
	// one is answered 503 with Retry-After (the page then polls
	// /api/observer). Default 10,000, like the relay's.
	MaxSockets int
}

// Site is the booth's web site for one election.
type Site struct {
	cfg    Config
	assets map[string]*asset
	pages  *pages
	chain  *chainView
	obs    *observer
	csp    string
}

// New prepares the site: it hashes the assets and parses the templates.
func New(cfg Config) (*Site, error) {
	if cfg.Box == nil || cfg.Box.Address() == (common.Address{}) || len(cfg.Wasm) == 0 {
		return nil, errors.New("site: Box and Wasm are required")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	csp, err := policy(cfg.RegistrarURL, cfg.RelayURL)
	if err != nil {
		return nil, err
	}
	if cfg.NodeURL != "" {
		if _, err := origin(cfg.NodeURL); err != nil {
			return nil, fmt.Errorf("site: NodeURL: %w", err)
		}
	}
	assets, err := loadAssets(cfg.Wasm)
	if err != nil {
		return nil, err
	}
	p, err := loadPages(assets, apis{Registrar: strings.TrimSuffix(cfg.RegistrarURL, "/"), Relay: strings.TrimSuffix(cfg.RelayURL, "/"),
		Node: cfg.NodeURL, Contract: strings.ToLower(cfg.Box.Address().Hex())},
		defaults.Or(cfg.WholeLogMax, 65_536))
	if err != nil {
		return nil, err
	}
	chain := newChainView(cfg.Box, cfg.FromBlock, cfg.Logger)
	return &Site{cfg: cfg, assets: assets, pages: p, chain: chain, csp: csp,
		obs: newObserver(chain, cfg.Voters, cfg.RecordPath != "", cfg.Files, defaults.Or(cfg.MaxSockets, 10_000),
			tally.RegistrarLog(cfg.RegistrarURL, &http.Client{Timeout: 10 * time.Minute}))}, nil
}

// Handler serves the site.
func (s *Site) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.pages.handler("booth"))
	mux.HandleFunc("GET /track", s.pages.handler("track"))
	mux.Handle("GET /observer", withPolicy(s.pages.handler("observer"), observerPolicy(s.csp)))
	mux.HandleFunc("GET /check", s.pages.handler("check"))
	mux.HandleFunc("GET /ballots", s.pages.handler("ballots"))
	mux.HandleFunc("GET /registration", s.pages.handler("registration"))
	mux.HandleFunc("GET /assets/{name}", s.serveAsset)
	mux.HandleFunc("GET /api/election", s.chain.serveElection)
	mux.HandleFunc("GET /api/ballots", s.chain.serveList)
	mux.HandleFunc("GET /api/ballots/{tracker}", s.chain.serveBallot)
	mux.HandleFunc("GET /api/registration-log", s.chain.serveLog)
	mux.HandleFunc("GET /api/observer", s.obs.serveJSON)
	mux.HandleFunc("GET /api/observer/ws", s.obs.serveSocket)
	if s.cfg.RecordPath != "" {
		mux.HandleFunc("GET /record", s.serveRecord)
	}
	if s.cfg.Files != "" {
		mux.HandleFunc("GET /record/files/{name}", s.serveFile)
	}
	return secure(compress(mux), s.csp)
}

// secure sets the security headers of every answer.
func secure(h http.Handler, csp string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", csp)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "no-referrer")
		h.ServeHTTP(w, r)
	})
}
