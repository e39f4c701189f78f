package site

import (
	"compress/gzip"
	"net/http"
	"strconv"
	"strings"
	"sync"
)

// compress gzips the answers whose type is text (pages, JSON, scripts and
// styles not already gzipped) of gzipMin bytes or more for clients that
// accept gzip. A WebSocket
// upgrade and a Range request pass untouched, and so does any answer of
// another type (the WebAssembly and the assets' own gzipped copies carry
// their Content-Encoding; the record is application/x-ndjson, served
// with ranges).
func compress(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Add("Vary", "Accept-Encoding")
		if !acceptsGzip(r) || r.Header.Get("Upgrade") != "" || r.Header.Get("Range") != "" {
			h.ServeHTTP(w, r)
			return
		}
		g := &gzipWriter{ResponseWriter: w}
		defer g.close()
		h.ServeHTTP(g, r)
	})
}

// acceptsGzip tells whether the request's Accept-Encoding names gzip
// with a weight above zero (RFC 9110, section 12.5.3).
func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), "gzip") {
			continue
		}
		q, found := strings.CutPrefix(strings.ReplaceAll(strings.ToLower(params), " ", ""), "q=")
		if !found {
			return true
		}
		w, err := strconv.ParseFloat(q, 64)
		return err == nil && w > 0
	}
	return false
}

// compressible are the types compress gzips.
var compressible = []string{"text/", "application/json", "application/javascript", "image/svg+xml"}

var gzipWriters = sync.Pool{New: func() any { w, _ := gzip.NewWriterLevel(nil, gzip.DefaultCompression); return w }}

// gzipMin is the smallest body worth gzipping: below it gzip's own
// header and trailer cost more than they save.
const gzipMin = 512

// gzipWriter gzips the body if its type is compressible, it has no
// Content-Encoding yet and it reaches gzipMin bytes: the status and the
// first bytes are held back until that is known.
type gzipWriter struct {
	http.ResponseWriter
	code    int    // the status, 0 before WriteHeader
	buf     []byte // the body held back
	started bool   // the header is sent
	zw      *gzip.Writer
}

func (g *gzipWriter) WriteHeader(code int) {
	if g.code != 0 {
		return
	}
	g.code = code
	h := g.Header()
	if code < 200 || code == http.StatusNoContent || code == http.StatusNotModified || h.Get("Content-Encoding") != "" ||
		!hasPrefix(h.Get("Content-Type"), compressible) {
		g.start(false)
	}
}

func (g *gzipWriter) Write(b []byte) (int, error) {
	if g.code == 0 {
		if g.Header().Get("Content-Type") == "" {
			g.Header().Set("Content-Type", http.DetectContentType(b))
		}
		g.WriteHeader(http.StatusOK)
	}
	switch {
	case !g.started:
		g.buf = append(g.buf, b...)
		if len(g.buf) >= gzipMin {
			if err := g.start(true); err != nil {
				return 0, err
			}
		}
		return len(b), nil
	case g.zw != nil:
		return g.zw.Write(b)
	default:
		return g.ResponseWriter.Write(b)
	}
}

// start sends the header, saying gzip or not, and the body held back.
func (g *gzipWriter) start(gz bool) error {
	g.started = true
	if gz {
		g.Header().Set("Content-Encoding", "gzip")
		g.Header().Del("Content-Length")
		g.zw = gzipWriters.Get().(*gzip.Writer)
		g.zw.Reset(g.ResponseWriter)
	}
	g.ResponseWriter.WriteHeader(g.code)
	buf := g.buf
	g.buf = nil
	var err error
	if g.zw != nil {
		_, err = g.zw.Write(buf)
	} else if len(buf) > 0 {
		_, err = g.ResponseWriter.Write(buf)
	}
	return err
}

// Unwrap lets http.ResponseController reach the connection.
func (g *gzipWriter) Unwrap() http.ResponseWriter { return g.ResponseWriter }

// close sends what is held back and ends the gzip stream.
func (g *gzipWriter) close() {
	if g.code != 0 && !g.started {
		g.start(false)
	}
	if g.zw != nil {
		g.zw.Close()
		gzipWriters.Put(g.zw)
	}
}

func hasPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
