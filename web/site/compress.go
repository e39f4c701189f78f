package site

import (
	"compress/gzip"
	"net/http"
	"strconv"
	"strings"
	"sync"
)

// compress gzips the answers whose type is text (pages, JSON, scripts and
// styles not already gzipped) for clients that accept gzip. A WebSocket
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

// gzipWriter gzips the body if, when the header is written, its type is
// compressible and it has no Content-Encoding yet.
type gzipWriter struct {
	http.ResponseWriter
	zw      *gzip.Writer
	written bool
}

func (g *gzipWriter) WriteHeader(code int) {
	if g.written {
		return
	}
	g.written = true
	h := g.Header()
	ct := h.Get("Content-Type")
	if code >= 200 && code != http.StatusNoContent && code != http.StatusNotModified && h.Get("Content-Encoding") == "" && hasPrefix(ct, compressible) {
		h.Set("Content-Encoding", "gzip")
		h.Del("Content-Length")
		g.zw = gzipWriters.Get().(*gzip.Writer)
		g.zw.Reset(g.ResponseWriter)
	}
	g.ResponseWriter.WriteHeader(code)
}

func (g *gzipWriter) Write(b []byte) (int, error) {
	if !g.written {
		if g.Header().Get("Content-Type") == "" {
			g.Header().Set("Content-Type", http.DetectContentType(b))
		}
		g.WriteHeader(http.StatusOK)
	}
	if g.zw != nil {
		return g.zw.Write(b)
	}
	return g.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection.
func (g *gzipWriter) Unwrap() http.ResponseWriter { return g.ResponseWriter }

func (g *gzipWriter) close() {
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
