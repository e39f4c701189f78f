package console

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"net/http"
	"sync"
	"time"
)

// Cookie names: the session, and the login form's own CSRF token before
// there is a session.
const (
	sessionCookie = "evote_console"
	loginCookie   = "evote_console_login"
)

// Session lifetimes: idle, and at most in all.
const (
	idleTimeout = 30 * time.Minute
	maxLifetime = 12 * time.Hour
)

// session is one signed-in browser.
type session struct {
	id      string // short, for the audit log: a hash prefix, not the secret
	csrf    string
	started time.Time
	seen    time.Time
	flash   *flash // the message to show once on the next page
}

// flash is a message for the next page: a text key and its arguments,
// and whether it reports a failure.
type flash struct {
	Key   string
	Args  map[string]any
	Error bool
}

// sessions are the signed-in browsers, in memory: a restart signs
// everyone out.
type sessions struct {
	mu     sync.Mutex
	byID   map[string]*session // key: the cookie's value
	secure bool
}

func newSessions(secure bool) *sessions {
	return &sessions{byID: map[string]*session{}, secure: secure}
}

func random() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// start makes a session and sets its cookie.
func (s *sessions) start(w http.ResponseWriter) *session {
	value, now := random(), time.Now()
	sum := sha256.Sum256([]byte(value))
	sess := &session{id: hex.EncodeToString(sum[:4]), csrf: random(), started: now, seen: now}
	s.mu.Lock()
	s.byID[value] = sess
	s.mu.Unlock()
	s.setCookie(w, sessionCookie, value, 0)
	return sess
}

// get returns the request's live session, or nil.
func (s *sessions) get(r *http.Request) *session {
	c, err := r.Cookie(sessionCookie)
	if err != nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	sess := s.byID[c.Value]
	now := time.Now()
	if sess == nil || now.Sub(sess.seen) > idleTimeout || now.Sub(sess.started) > maxLifetime {
		delete(s.byID, c.Value)
		return nil
	}
	sess.seen = now
	return sess
}

// end forgets the request's session and clears its cookie.
func (s *sessions) end(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie(sessionCookie); err == nil {
		s.mu.Lock()
		delete(s.byID, c.Value)
		s.mu.Unlock()
	}
	s.setCookie(w, sessionCookie, "", -1)
}

// setFlash and takeFlash pass a message to the next page.
func (s *sessions) setFlash(sess *session, f *flash) {
	s.mu.Lock()
	sess.flash = f
	s.mu.Unlock()
}

func (s *sessions) takeFlash(sess *session) *flash {
	s.mu.Lock()
	defer s.mu.Unlock()
	f := sess.flash
	sess.flash = nil
	return f
}

func (s *sessions) setCookie(w http.ResponseWriter, name, value string, maxAge int) {
	http.SetCookie(w, &http.Cookie{Name: name, Value: value, Path: "/", MaxAge: maxAge,
		HttpOnly: true, Secure: s.secure, SameSite: http.SameSiteStrictMode})
}

// sameToken compares two CSRF tokens in constant time; empty never
// matches.
func sameToken(a, b string) bool {
	return a != "" && subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}
