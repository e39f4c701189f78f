package relay

import (
	"log"
	"log/slog"
	"net/http"
	"regexp"
	"strings"

	"github.com/evote-org/evote/internal/httpserver"
)

// Server is an HTTP server for the relay's Handler at addr, with the
// project's timeouts and size limits (internal/httpserver), whose error log (where net/http reports TLS handshake
// failures and recovered panics with the client's address) goes to the
// relay's logger with every IP address redacted. Shut it down before
// Close.
func (r *Relay) Server(addr string) *http.Server {
	srv := httpserver.New(r.Handler(), httpserver.Limits{}, log.New(redactor{r.log}, "", 0))
	srv.Addr = addr
	return srv
}

// addrPattern matches IPv4 and IPv6 addresses, with a port or a zone.
var addrPattern = regexp.MustCompile(`\[[0-9A-Fa-f:.%\w]*\](:\d+)?|\b\d{1,3}(\.\d{1,3}){3}(:\d+)?\b|[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7}(%\w+)?`)

// Redact replaces every IP address in s with "[addr]".
func Redact(s string) string { return addrPattern.ReplaceAllString(s, "[addr]") }

// redactor is net/http's error log, redacted, into slog.
type redactor struct{ l *slog.Logger }

func (w redactor) Write(p []byte) (int, error) {
	w.l.Warn("relay: http server: " + Redact(strings.TrimSpace(string(p))))
	return len(p), nil
}
