package cors_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/evote-org/evote/internal/cors"
)

const site = "https://vote.example"

func policy() *cors.Policy {
	return &cors.Policy{Origins: []string{site + "/"}, Methods: []string{"GET", "POST"}, Headers: []string{"Content-Type", "Accept-Language"}}
}

// served is the API behind the policy: it answers 200 "api".
var served = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("api")) })

func TestOrigins(t *testing.T) {
	for _, tc := range []struct {
		name    string
		origins []string // Origin header values; none: no header
		served  bool
		acao    string
	}{
		{"no browser", nil, true, ""},
		{"the site", []string{site}, true, site},
		{"the site, upper case", []string{"HTTPS://VOTE.EXAMPLE"}, true, "HTTPS://VOTE.EXAMPLE"},
		{"another site", []string{"https://evil.example"}, false, ""},
		{"plain http", []string{"http://vote.example"}, false, ""},
		{"another port", []string{"https://vote.example:8443"}, false, ""},
		{"suffix", []string{"https://vote.example.evil.example"}, false, ""},
		{"prefix", []string{"https://evil-vote.example"}, false, ""},
		{"user info", []string{"https://vote.example@evil.example"}, false, ""},
		{"with a path", []string{site + "/x"}, false, ""},
		{"trailing slash", []string{site + "/"}, false, ""},
		{"null", []string{"null"}, false, ""},
		{"star", []string{"*"}, false, ""},
		{"empty", []string{""}, true, ""}, // as no header: no browser sends it
		{"two values", []string{site, "https://evil.example"}, false, ""},
		{"the site twice", []string{site, site}, false, ""},
		{"list in one", []string{site + " https://evil.example"}, false, ""},
		{"spaces", []string{" " + site}, false, ""},
		{"not a URL", []string{"%%%"}, false, ""},
		{"javascript", []string{"javascript:alert(1)"}, false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := httptest.NewRequest("POST", "https://api.example/v1/x", nil)
			for _, o := range tc.origins {
				r.Header.Add("Origin", o)
			}
			w := httptest.NewRecorder()
			policy().Wrap(served).ServeHTTP(w, r)
			if got := w.Body.String() == "api"; got != tc.served {
				t.Fatalf("served %v (status %d), want %v", got, w.Code, tc.served)
			}
			if !tc.served && w.Code != http.StatusForbidden {
				t.Errorf("refused with %d, want 403", w.Code)
			}
			if got := w.Header().Get("Access-Control-Allow-Origin"); got != tc.acao {
				t.Errorf("Access-Control-Allow-Origin %q, want %q", got, tc.acao)
			}
			if got := w.Header().Get("Access-Control-Allow-Credentials"); got != "" {
				t.Errorf("credentials allowed: %q", got)
			}
		})
	}
}

func TestPreflight(t *testing.T) {
	for _, tc := range []struct {
		name            string
		origin          string
		method, headers []string // Access-Control-Request-*; nil: absent
		status          int
	}{
		{"post json", site, []string{"POST"}, []string{"content-type"}, 204},
		{"post json and language", site, []string{"POST"}, []string{"content-type,accept-language"}, 204},
		{"get, no headers", site, []string{"GET"}, nil, 204},
		{"another origin", "https://evil.example", []string{"POST"}, []string{"content-type"}, 403},
		{"delete", site, []string{"DELETE"}, nil, 403},
		{"lower-case post", site, []string{"post"}, nil, 403},
		{"two methods", site, []string{"GET", "POST"}, nil, 403},
		{"a method list", site, []string{"GET, POST"}, nil, 403},
		{"authorization", site, []string{"POST"}, []string{"content-type,authorization"}, 403},
		{"cookie", site, []string{"GET"}, []string{"cookie"}, 403},
		{"empty header item", site, []string{"POST"}, []string{"content-type,,"}, 403},
		{"headers twice", site, []string{"POST"}, []string{"content-type", "content-type"}, 403},
		{"no method: not a preflight", site, nil, []string{"content-type"}, 200},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := httptest.NewRequest(http.MethodOptions, "https://api.example/v1/x", nil)
			r.Header.Set("Origin", tc.origin)
			r.Header["Access-Control-Request-Method"] = tc.method
			r.Header["Access-Control-Request-Headers"] = tc.headers
			w := httptest.NewRecorder()
			policy().Wrap(served).ServeHTTP(w, r)
			if w.Code != tc.status {
				t.Fatalf("status %d, want %d", w.Code, tc.status)
			}
			h := w.Header()
			if tc.status != 204 {
				if h.Get("Access-Control-Allow-Methods") != "" {
					t.Errorf("a refused preflight allows %q", h.Get("Access-Control-Allow-Methods"))
				}
				return
			}
			if h.Get("Access-Control-Allow-Origin") != site || h.Get("Access-Control-Allow-Methods") != "GET, POST" ||
				h.Get("Access-Control-Allow-Headers") != "Content-Type, Accept-Language" || h.Get("Access-Control-Max-Age") != "600" {
				t.Errorf("preflight answer: %v", h)
			}
			if h.Get("Access-Control-Allow-Credentials") != "" {
				t.Error("credentials allowed")
			}
		})
	}
}

func TestSameHostAndStar(t *testing.T) {
	same := &cors.Policy{SameHost: true, Methods: []string{"GET"}}
	if !same.Allows("https://api.example", "api.example") || same.Allows("https://evil.example", "api.example") {
		t.Error("SameHost")
	}
	if (&cors.Policy{}).Allows("https://api.example", "api.example") {
		t.Error("the zero policy allows an origin")
	}
	star := &cors.Policy{Origins: []string{"*"}}
	if !star.Allows("https://any.example", "") || star.Allows("null", "") {
		t.Error(`"*" allows any http(s) origin, not "null"`)
	}
}

func TestRefuse(t *testing.T) {
	p := policy()
	p.Refuse = func(w http.ResponseWriter, r *http.Request) { http.Error(w, "own answer", http.StatusForbidden) }
	r := httptest.NewRequest("GET", "https://api.example/", nil)
	r.Header.Set("Origin", "https://evil.example")
	w := httptest.NewRecorder()
	p.Wrap(served).ServeHTTP(w, r)
	if w.Code != 403 || w.Body.String() != "own answer\n" {
		t.Errorf("%d %q", w.Code, w.Body.String())
	}
}
