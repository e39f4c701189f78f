package site

import (
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"embed"
	"encoding/base64"
	"io/fs"
	"mime"
	"net/http"
	"path"
)

//go:embed static
var static embed.FS

// wasmName is the WebAssembly module's name under /assets/.
const wasmName = "booth.wasm"

// asset is one file served under /assets/, with its Subresource
// Integrity value and, for large files, a gzipped copy.
type asset struct {
	body      []byte
	gz        []byte
	ctype     string
	version   string // the first 72 bits of the hash, URL-safe base64
	Integrity string // "sha384-" + base64 of the hash of body
}

// URL is the asset's address, versioned by its hash: what it names never
// changes, so caches keep it for a year (serveAsset).
func (a *asset) URL(name string) string {
	return "/assets/" + name + "?v=" + a.version
}

func newAsset(name string, body []byte) (*asset, error) {
	sum := sha512.Sum384(body)
	a := &asset{body: body, ctype: mime.TypeByExtension(path.Ext(name)),
		version:   base64.RawURLEncoding.EncodeToString(sum[:9]),
		Integrity: "sha384-" + base64.StdEncoding.EncodeToString(sum[:])}
	if a.ctype == "" {
		a.ctype = "application/octet-stream"
	}
	if len(body) > 1024 {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		if _, err := zw.Write(body); err != nil {
			return nil, err
		}
		if err := zw.Close(); err != nil {
			return nil, err
		}
		a.gz = buf.Bytes()
	}
	return a, nil
}

// loadAssets reads the embedded files and adds the WebAssembly module.
func loadAssets(wasm []byte) (map[string]*asset, error) {
	out := map[string]*asset{}
	files, err := fs.ReadDir(static, "static")
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		body, err := static.ReadFile("static/" + f.Name())
		if err != nil {
			return nil, err
		}
		if out[f.Name()], err = newAsset(f.Name(), body); err != nil {
			return nil, err
		}
	}
	out[wasmName], err = newAsset(wasmName, wasm)
	return out, err
}

// serveAsset serves an asset, gzipped if the client accepts it (the
// integrity check is on the decoded bytes). At its versioned address
// (URL, the only one the pages name) it is cached for a year and never
// revalidated; at another (an old page's, a hand-typed one) it is
// revalidated every time.
func (s *Site) serveAsset(w http.ResponseWriter, r *http.Request) {
	a, ok := s.assets[r.PathValue("name")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", a.ctype)
	h.Set("Cache-Control", "no-cache")
	if v := r.URL.Query()["v"]; len(v) == 1 && v[0] == a.version {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	}
	h.Set("ETag", `"`+a.Integrity+`"`)
	if r.Header.Get("If-None-Match") == `"`+a.Integrity+`"` {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body := a.body
	if a.gz != nil && acceptsGzip(r) {
		h.Set("Content-Encoding", "gzip")
		body = a.gz
	}
	w.Write(body)
}
