package console

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
)

// Body limits: forms, an uploaded manifest, an uploaded roll.
const (
	maxLogin    = 4 << 10
	maxForm     = 256 << 10
	maxManifest = 256 << 10
	maxRoll     = 256 << 20 // a city's roll: 1.5 M lines of id, name, district
)

// Handler serves the console.
func (c *Console) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /assets/console.css", serveCSS)
	mux.HandleFunc("GET /login", c.loginPage)
	mux.HandleFunc("POST /login", c.login)
	mux.Handle("POST /logout", c.post(maxForm, c.logout))
	mux.Handle("GET /{$}", c.get(c.listPage))
	mux.Handle("GET /new", c.get(c.newPage))
	mux.Handle("POST /new", c.post(maxForm, c.newForm))
	mux.Handle("POST /new/upload", c.post(maxManifest+maxForm, c.newUpload))
	mux.Handle("POST /deploy", c.post(maxManifest+maxForm, c.deployForm))
	mux.Handle("GET /e/{n}/{$}", c.get(c.in(c.overview)))
	mux.Handle("GET /e/{n}/roll", c.get(c.in(c.rollPage)))
	mux.Handle("GET /e/{n}/invite/{i}", c.get(c.in(c.invitePage)))
	mux.Handle("GET /e/{n}/invite/{i}/file", c.get(c.in(c.inviteFile)))
	mux.Handle("POST /e/{n}/roll", c.post(maxRoll, c.action("import-roll", c.importRoll)))
	mux.Handle("POST /e/{n}/roll/download", c.post(maxForm, c.in(c.downloadCodes)))
	mux.Handle("POST /e/{n}/roll/erase", c.post(maxForm, c.action("erase-codes", c.eraseCodes)))
	mux.Handle("POST /e/{n}/setup", c.post(maxForm, c.action("start-ceremony", c.setupStep)))
	mux.Handle("POST /e/{n}/ceremony/finish", c.post(maxForm, c.action("finish-ceremony", c.finishCeremony)))
	mux.Handle("POST /e/{n}/polls/open", c.post(maxForm, c.action("open-polls", c.openPolls)))
	mux.Handle("POST /e/{n}/polls/close", c.post(maxForm, c.action("close-polls", c.closePolls)))
	mux.Handle("POST /e/{n}/mix/finish", c.post(maxForm, c.action("finish-mix", c.finishMix)))
	mux.Handle("POST /e/{n}/tally", c.post(maxForm, c.action("tally", c.tally)))
	mux.Handle("POST /e/{n}/publish", c.post(maxForm, c.action("publish", c.publish)))
	mux.Handle("POST /e/{n}/archive", c.post(maxForm, c.action("archive", c.archive)))
	mux.Handle("GET /audit", c.get(c.auditPage))
	return c.secure(mux)
}

// csp allows the pages their own style sheet and forms to their own
// origin, nothing else: no script at all.
const csp = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// secure answers only the console's host names (421 for others, before
// anything else) and sets the pages' security headers.
func (c *Console) secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !c.allowedHost(r) {
			http.Error(w, "unknown host name", http.StatusMisdirectedRequest)
			return
		}
		hd := w.Header()
		hd.Set("Content-Security-Policy", csp)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Referrer-Policy", "same-origin") // "no-referrer" would make browsers send Origin: null
		hd.Set("Cache-Control", "no-store")
		h.ServeHTTP(w, r)
	})
}

// signedIn is a handler that needs a session.
type signedIn func(w http.ResponseWriter, r *http.Request, s *session)

// electionPage is a page of one election, the one numbered in its path.
type electionPage func(w http.ResponseWriter, r *http.Request, s *session, e *entry)

// in serves a page of the election numbered in the path ({n}); an
// unknown number gets 404.
func (c *Console) in(h electionPage) signedIn {
	return func(w http.ResponseWriter, r *http.Request, s *session) {
		e := c.fromPath(r)
		if e == nil {
			c.pages.plain(w, r, http.StatusNotFound, "err_no_such_election")
			return
		}
		h(w, r, s, e)
	}
}

// fromPath is the election numbered in the request's path, or nil.
func (c *Console) fromPath(r *http.Request) *entry {
	n, err := strconv.Atoi(r.PathValue("n"))
	if err != nil {
		return nil
	}
	return c.byNumber(n)
}

// get serves a page to a signed-in user; others go to the sign-in page.
func (c *Console) get(h signedIn) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s := c.sessions.get(r)
		if s == nil {
			http.Redirect(w, r, "/login", http.StatusSeeOther)
			return
		}
		h(w, r, s)
	})
}

// post runs a form's handler for a signed-in user whose form carries the
// session's CSRF token and comes from this origin; anything else is
// refused (403) and logged. The session and the origin are checked
// before any of the body is read, so that nobody without a session can
// make the console read, parse or store a byte of it.
func (c *Console) post(limit int64, h signedIn) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s := c.sessions.get(r)
		if s == nil {
			c.refuseAnonymous(w, r, "no session")
			return
		}
		if !sameOrigin(r) {
			c.refuse(w, r, who(r, s), "another origin")
			return
		}
		c.limitBody(limit, func(w http.ResponseWriter, r *http.Request) {
			if !sameToken(r.PostFormValue("csrf"), s.csrf) {
				c.refuse(w, r, who(r, s), "no valid CSRF token")
				return
			}
			h(w, r, s)
		})(w, r)
	})
}

// limitBody bounds the request's body and parses its form (multipart
// or not); a body too large or malformed is refused (400, 413).
func (c *Console) limitBody(limit int64, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, limit)
		var err error
		if strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/form-data") {
			err = r.ParseMultipartForm(1 << 20)
		} else {
			err = r.ParseForm()
		}
		if err != nil {
			status := http.StatusBadRequest
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				status = http.StatusRequestEntityTooLarge
			}
			c.pages.plain(w, r, status, "err_request")
			return
		}
		h(w, r)
	}
}

// refuse answers 403 and logs the attempt.
func (c *Console) refuse(w http.ResponseWriter, r *http.Request, by, why string) {
	if err := c.audit.Record(by, r.Method+" "+r.URL.Path, "refused", why); err != nil {
		c.cfg.Logger.Error("console: audit log", "err", err)
	}
	c.pages.plain(w, r, http.StatusForbidden, "err_forbidden")
}

// refuseAnonymous answers 403 to a request with no session, and logs it
// within the anonymous audit limits (see anonymousLines).
func (c *Console) refuseAnonymous(w http.ResponseWriter, r *http.Request, why string) {
	c.auditAnonymous(r, r.Method+" "+r.URL.Path, why)
	c.pages.plain(w, r, http.StatusForbidden, "err_forbidden")
}

// auditAnonymous records a refusal of an anonymous client if its address
// has audit lines left in this window; otherwise it only counts it, and
// the next line recorded says how many were not.
func (c *Console) auditAnonymous(r *http.Request, action, why string) {
	ip := clientIP(r)
	if !c.quiet.take(ip) {
		c.unrecorded.Add(1)
		return
	}
	if n := c.unrecorded.Swap(0); n > 0 {
		why = fmt.Sprintf("%s (and %d refusals not recorded before this one)", why, n)
	}
	if err := c.audit.Record("anonymous from "+ip, action, "refused", why); err != nil {
		c.cfg.Logger.Error("console: audit log", "err", err)
	}
}

// allowedHost reports whether the request names one of the console's
// host names (Config.Hosts), so that a page on another name that
// resolves to the console's address (DNS rebinding) reaches nothing.
func (c *Console) allowedHost(r *http.Request) bool {
	host, _, err := net.SplitHostPort(r.Host)
	if err != nil {
		host = strings.TrimSuffix(strings.TrimPrefix(r.Host, "["), "]")
	}
	return slices.Contains(c.cfg.Hosts, strings.ToLower(host))
}

// sameOrigin is false when the browser names another origin (Origin, or
// failing that Referer) than the one the request was sent to.
func sameOrigin(r *http.Request) bool {
	from := r.Header.Get("Origin")
	if from == "" {
		from = r.Header.Get("Referer")
	}
	if from == "" {
		return true // not a browser, or one that hides it: the CSRF token decides
	}
	u, err := url.Parse(from)
	return err == nil && u.Host == r.Host
}

// who names the user of a session for the audit log: the commission,
// the session's short id and the client's address.
func who(r *http.Request, s *session) string {
	return "commission session " + s.id + " from " + clientIP(r)
}

func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
