package console

import (
	"net/http"
)

// loginPage shows the sign-in form with a fresh token for it, also set
// as a cookie (double submit: a cross-site form cannot read the cookie).
func (c *Console) loginPage(w http.ResponseWriter, r *http.Request) {
	if c.sessions.get(r) != nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	token := random()
	c.sessions.setCookie(w, loginCookie, token, 600)
	c.pages.render(w, r, http.StatusOK, "login", &view{CSRF: token})
}

// login checks the credential and starts a session. The form's origin
// and token cookie are checked before its body is read. The right
// credential is always accepted; wrong ones are limited per address
// (see loginFailures), and refusals past the limit are audited within
// the anonymous limits.
func (c *Console) login(w http.ResponseWriter, r *http.Request) {
	token, err := r.Cookie(loginCookie)
	if err != nil || !sameOrigin(r) {
		c.refuseAnonymous(w, r, "sign-in without the form's token or from another origin")
		return
	}
	c.limitBody(maxLogin, func(w http.ResponseWriter, r *http.Request) {
		if !sameToken(r.PostFormValue("csrf"), token.Value) {
			c.refuseAnonymous(w, r, "sign-in without the form's token")
			return
		}
		c.checkCredential(w, r)
	})(w, r)
}

// checkCredential signs in with the right credential, and answers a
// wrong one with the form again (401, or 429 past the address's limit).
func (c *Console) checkCredential(w http.ResponseWriter, r *http.Request) {
	ip := clientIP(r)
	again := func(status int, key string) {
		fresh := random()
		c.sessions.setCookie(w, loginCookie, fresh, 600)
		c.pages.render(w, r, status, "login", &view{CSRF: fresh, Flash: &flash{Key: key, Error: true}})
	}
	if !matches(c.cred, r.PostFormValue("credential")) {
		if c.limit.blocked(ip) {
			c.auditAnonymous(r, "sign-in", "too many failed sign-ins")
			again(http.StatusTooManyRequests, "err_login_limit")
			return
		}
		c.limit.add(ip)
		if c.record(w, r, "anonymous from "+ip, "sign-in", "refused", "wrong credential") {
			again(http.StatusUnauthorized, "err_login")
		}
		return
	}
	c.sessions.end(w, r)
	s := c.sessions.start(w)
	c.sessions.setCookie(w, loginCookie, "", -1)
	if !c.record(w, r, who(r, s), "sign-in", "ok", "") {
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// logout ends the session.
func (c *Console) logout(w http.ResponseWriter, r *http.Request, s *session) {
	c.sessions.end(w, r)
	if c.record(w, r, who(r, s), "sign-out", "ok", "") {
		http.Redirect(w, r, "/login", http.StatusSeeOther)
	}
}

// record appends to the audit log; if it cannot, it answers 500 and
// returns false: nothing is reported done that is not on record.
func (c *Console) record(w http.ResponseWriter, r *http.Request, by, action, result, detail string) bool {
	if err := c.audit.Record(by, action, result, detail); err != nil {
		c.cfg.Logger.Error("console: audit log", "err", err)
		c.pages.plain(w, r, http.StatusInternalServerError, "err_audit")
		return false
	}
	return true
}
