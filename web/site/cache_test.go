package site_test

import (
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
)

// get requests url with the Accept-Encoding given ("": none; set by hand,
// so the client decodes nothing) and returns the answer and its raw body.
func get(t *testing.T, url, encoding string) (*http.Response, []byte) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	if encoding != "" {
		req.Header.Set("Accept-Encoding", encoding)
	}
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp, body
}

// TestCompressed: pages and JSON answers are gzipped for a client that
// accepts gzip, and only for one (q=0 refuses it), unless they are too
// short to gain (a JSON error), and say they vary by it.
func TestCompressed(t *testing.T) {
	srv := newStatic(t)
	for _, path := range []string{"/", "/track", "/observer", "/ballots", "/check", "/api/ballots?limit=-1"} {
		short := strings.HasPrefix(path, "/api/")
		for _, c := range []struct {
			encoding string
			gzip     bool
		}{{"gzip", true}, {"deflate, gzip;q=0.5, br", true}, {"", false}, {"gzip;q=0", false}, {"br", false}, {"gzipped", false}} {
			resp, body := get(t, srv.URL+path, c.encoding)
			gz := resp.Header.Get("Content-Encoding") == "gzip"
			if gz != (c.gzip && !short) || gz != (len(body) > 2 && body[0] == 0x1f && body[1] == 0x8b) {
				t.Errorf("%s, Accept-Encoding %q: Content-Encoding %q, %d bytes starting %q", path, c.encoding, resp.Header.Get("Content-Encoding"), len(body), body[:min(4, len(body))])
			}
			if !strings.Contains(strings.Join(resp.Header.Values("Vary"), ","), "Accept-Encoding") {
				t.Errorf("%s: Vary %q", path, resp.Header.Values("Vary"))
			}
		}
		_, raw := get(t, srv.URL+path, "gzip")
		if _, body := fetch(t, srv.URL+path, true); !strings.Contains(string(body), "<html") && !strings.Contains(string(body), `"error"`) {
			t.Errorf("%s gzipped decodes to %.80q", path, body)
		} else {
			t.Logf("%s: %d bytes, %d gzipped", path, len(body), len(raw))
		}
	}
}

// TestCached: an asset at its versioned address (the pages' only kind) is
// cached for a year and never revalidated; at another address it is
// revalidated every time; pages are never stored.
func TestCached(t *testing.T) {
	srv := newStatic(t)
	resp, page := fetch(t, srv.URL+"/", false)
	if cc := resp.Header.Get("Cache-Control"); cc != "no-store" {
		t.Errorf("the page: Cache-Control %q", cc)
	}
	urls := regexp.MustCompile(`"(/assets/[^"?]+)\?v=([^"]+)"`).FindAllStringSubmatch(string(page), -1)
	if len(urls) < 3 {
		t.Fatalf("%d versioned assets on the booth page", len(urls))
	}
	for _, u := range urls {
		for _, c := range []struct{ query, cache string }{
			{"?v=" + u[2], "public, max-age=31536000, immutable"},
			{"", "no-cache"},
			{"?v=AAAAAAAAAAAA", "no-cache"},
			{"?v=" + u[2] + "&v=x", "no-cache"},
		} {
			resp, _ := fetch(t, srv.URL+u[1]+c.query, true)
			if got := resp.Header.Get("Cache-Control"); resp.StatusCode != http.StatusOK || got != c.cache {
				t.Errorf("%s%s: %d, Cache-Control %q, want %q", u[1], c.query, resp.StatusCode, got, c.cache)
			}
		}
	}
}
