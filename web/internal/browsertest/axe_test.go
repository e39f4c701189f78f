package browsertest_test

import (
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/evote-org/evote/web/internal/browsertest"
)

// TestAxe: axe-core, injected despite a strict Content-Security-Policy,
// finds the violations of a page that has them (with their impact and
// nodes) and none on a page that has none.
func TestAxe(t *testing.T) {
	pages := map[string]string{
		"/bad":  `<!DOCTYPE html><html><head><title>Bad</title></head><body><img src="/x.png"><input id="nameless"><p>Outside every landmark</p></body></html>`,
		"/good": `<!DOCTYPE html><html lang="en"><head><title>Good</title></head><body><main><h1>Good</h1><label for="n">Name</label><input id="n"></main></body></html>`,
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", "default-src 'none'; img-src 'self'")
		w.Write([]byte(pages[r.URL.Path]))
	}))
	defer srv.Close()
	b := browsertest.New(t)

	b.Do("a page with violations", chromedp.Navigate(srv.URL+"/bad"))
	found := map[string]browsertest.AxeViolation{}
	for _, v := range b.Axe() {
		found[v.Rule] = v
	}
	for rule, impact := range map[string]string{"image-alt": "critical", "label": "critical", "html-has-lang": "serious",
		"page-has-heading-one": "moderate", "region": "moderate"} {
		v, ok := found[rule]
		if !ok || v.Impact != impact || len(v.Nodes) == 0 {
			t.Errorf("%s: got %+v, want impact %s with nodes", rule, v, impact)
		}
	}
	if v := found["label"]; !slices.ContainsFunc(v.Nodes, func(n string) bool { return len(n) > 10 && n[:10] == "#nameless:" }) {
		t.Errorf("the unlabelled input is not named: %v", v.Nodes)
	}

	b.Do("a page without", chromedp.Navigate(srv.URL+"/good"))
	if v := b.Axe(); len(v) != 0 {
		t.Errorf("violations on a good page: %v", v)
	}
}
