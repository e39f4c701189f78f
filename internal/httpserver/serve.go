// Package httpserver makes every HTTP server of the project, so that each has
// the same timeouts and limits (docs/operations.md, "Timeouts and
// limits"): a client that sends its header or body slowly, keeps an idle
// connection open or sends an oversized header is cut off, whichever
// role it reaches. Nothing else in the tree makes an http.Server (a test
// of this package checks it).
package httpserver

import (
	"context"
	"errors"
	"log"
	"net"
	"net/http"
	"time"

	"github.com/evote-org/evote/internal/defaults"
)

// Limits are a server's timeouts and size limits. The zero value is the
// project's default, each field filled by its own default.
type Limits struct {
	ReadHeader time.Duration // to read a request's header; default 10 s
	Read       time.Duration // to read a whole request, body included; default 30 s
	// Write bounds the time from the end of the request's header to the
	// end of the answer; default 30 s. A role that serves a large
	// download (the election record) sets more. WebSockets clear it on
	// the hijacked connection and keep their own deadlines.
	Write          time.Duration
	Idle           time.Duration // a keep-alive connection waiting for its next request; default 2 min
	MaxHeaderBytes int           // default 16 KiB
}

func (l Limits) withDefaults() Limits {
	l.ReadHeader = defaults.Or(l.ReadHeader, 10*time.Second)
	l.Read = defaults.Or(l.Read, 30*time.Second)
	l.Write = defaults.Or(l.Write, 30*time.Second)
	l.Idle = defaults.Or(l.Idle, 2*time.Minute)
	l.MaxHeaderBytes = defaults.Or(l.MaxHeaderBytes, 16<<10)
	return l
}

// New returns a server for h with the limits l (zero fields: defaults).
// errorLog, where net/http reports failed TLS handshakes and recovered
// panics, may be nil (the log package's standard logger).
func New(h http.Handler, l Limits, errorLog *log.Logger) *http.Server {
	l = l.withDefaults()
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: l.ReadHeader,
		ReadTimeout:       l.Read,
		WriteTimeout:      l.Write,
		IdleTimeout:       l.Idle,
		MaxHeaderBytes:    l.MaxHeaderBytes,
		ErrorLog:          errorLog,
	}
}

// shutdownGrace is how long Run waits for requests under way to finish.
const shutdownGrace = 10 * time.Second

// Run serves srv on ln until ctx ends or serving fails, then shuts it
// down, waiting up to 10 s for requests under way. A shutdown is not an
// error.
func Run(ctx context.Context, srv *http.Server, ln net.Listener) error {
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	var err error
	select {
	case err = <-served:
	case <-ctx.Done():
		shut, cancel := context.WithTimeout(context.Background(), shutdownGrace)
		defer cancel()
		err = srv.Shutdown(shut)
	}
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}

// ListenAndRun listens on addr and runs srv there (Run).
func ListenAndRun(ctx context.Context, srv *http.Server, addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	return Run(ctx, srv, ln)
}
