package site_test

import (
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/web/site"
)

// newStatic is a site whose chain is never asked, with stand-in bytes
// for the WebAssembly.
func newStatic(t *testing.T) *httptest.Server {
	s, err := site.New(site.Config{Box: ballotbox.New(nil, common.Address{1}), Wasm: []byte("\x00asm stand-in")})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	return srv
}

func fetch(t *testing.T, url string, gz bool) (*http.Response, []byte) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	if gz {
		req.Header.Set("Accept-Encoding", "gzip") // set by hand: no transparent decoding
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.Header.Get("Content-Encoding") == "gzip" {
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		body, _ = io.ReadAll(zr)
	}
	return resp, body
}

// TestIntegrity checks that every script, style sheet and the
// WebAssembly a page names carries the sha384 of the bytes served at its
// address, plain and gzipped, and that the pages forbid other origins.
func TestIntegrity(t *testing.T) {
	srv := newStatic(t)
	ref := regexp.MustCompile(`(?:src|href|data-wasm)="(/assets/[^"]+)"[^>]*?integrity="([^"]+)"`)
	wasmRef := regexp.MustCompile(`data-wasm="([^"]+)" data-wasm-integrity="([^"]+)"`)
	for _, page := range []string{"/", "/track", "/observer"} {
		resp, body := fetch(t, srv.URL+page, false)
		if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") ||
			!strings.Contains(csp, "worker-src 'self';") || strings.Contains(csp, "blob:") {
			t.Errorf("%s: CSP %q", page, csp)
		}
		refs := append(ref.FindAllStringSubmatch(string(body), -1), wasmRef.FindAllStringSubmatch(string(body), -1)...)
		if len(refs) < 2 {
			t.Fatalf("%s: %d assets with integrity in\n%s", page, len(refs), body)
		}
		for _, m := range refs {
			url, integrity := html.UnescapeString(m[1]), html.UnescapeString(m[2])
			for _, gz := range []bool{false, true} {
				_, body := fetch(t, srv.URL+url, gz)
				sum := sha512.Sum384(body)
				if want := "sha384-" + base64.StdEncoding.EncodeToString(sum[:]); integrity != want {
					t.Errorf("%s: %s (gzip %v) has %s, served bytes %s", page, url, gz, integrity, want)
				}
			}
		}
	}
	// An absolute URL (a scheme and a host; the observer's texts name the
	// schemes alone, "http:// or https://") would be another origin.
	if u := regexp.MustCompile(`https?://[^\s"'<>)]`).FindString(fetchText(t, srv.URL+"/")); u != "" {
		t.Errorf("the booth page names an absolute URL (another origin?): %q", u)
	}
}

func fetchText(t *testing.T, url string) string {
	_, b := fetch(t, url, false)
	return string(b)
}

// TestLanguages checks Russian by default and English on request.
func TestLanguages(t *testing.T) {
	srv := newStatic(t)
	for _, tc := range []struct{ query, lang, heading string }{
		{"", "ru", "Вход"}, {"?lang=en", "en", "Sign in"}, {"?lang=xx", "ru", "Вход"},
	} {
		page := fetchText(t, srv.URL+"/"+tc.query)
		if !strings.Contains(page, `<html lang="`+tc.lang+`">`) || !strings.Contains(page, ">"+tc.heading+"<") {
			t.Errorf("%q: not a %s page", tc.query, tc.lang)
		}
	}
}

// TestWasmExec checks that the embedded wasm_exec.js is the one of the
// Go release that builds the booth (they must match).
func TestWasmExec(t *testing.T) {
	root, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(root)), "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("static/wasm_exec.js")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("static/wasm_exec.js differs from $(go env GOROOT)/lib/wasm/wasm_exec.js: copy it again")
	}
}

// TestWasmDeps checks that the booth's WebAssembly links none of the
// large packages it was rid of: crypto/x509 (0.25 MB gzipped; the
// registrar's key is read by crypto/blind's own parser), net/http
// (1.3 MB; the booth uses the browser's fetch), any go-ethereum package
// (with its regexp and unicode tables; the booth hashes with
// x/crypto/sha3 and signs with crypto/voter) and decred's secp256k1,
// whose package init keeps its 0.5 MB gzipped table of multiples of G in
// any binary that imports it, used or not (docs/performance.md).
func TestWasmDeps(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", site.WasmPackage)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0")
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	banned := []string{"github.com/ethereum/go-ethereum", "github.com/decred/dcrd/dcrec/secp256k1"}
	for _, dep := range strings.Fields(string(out)) {
		if dep == "crypto/x509" || dep == "net/http" {
			t.Errorf("%s links %s", site.WasmPackage, dep)
		}
		for _, b := range banned {
			if dep == b || strings.HasPrefix(dep, b+"/") {
				t.Errorf("%s links %s", site.WasmPackage, dep)
			}
		}
	}
}
