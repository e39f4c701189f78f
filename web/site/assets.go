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
	"strings"
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
	Integrity string // "sha384-" + base64 of the hash of body
}

// URL is the asset's address, versioned by its hash for caches.
func (a *asset) URL(name string) string {
	return "/assets/" + name + "?v=" + strings.NewReplacer("+", "-", "/", "_").Replace(a.Integrity[7:19])
}

func newAsset(name string, body []byte) (*asset, error) {
	sum := sha512.Sum384(body)
	a := &asset{body: body, ctype: mime.TypeByExtension(path.Ext(name)),
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
// integrity check is on the decoded bytes).
func (s *Site) serveAsset(w http.ResponseWriter, r *http.Request) {
	a, ok := s.assets[r.PathValue("name")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", a.ctype)
	h.Set("Cache-Control", "no-cache")
	h.Set("ETag", `"`+a.Integrity+`"`)
	h.Add("Vary", "Accept-Encoding")
	if r.Header.Get("If-None-Match") == `"`+a.Integrity+`"` {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body := a.body
	if a.gz != nil && strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		h.Set("Content-Encoding", "gzip")
		body = a.gz
	}
	w.Write(body)
}
