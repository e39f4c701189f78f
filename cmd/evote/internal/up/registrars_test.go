package up

import (
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
)

// TestRegistrarRouting: the registrar's origin sends each request to the
// service of the election its path names, whatever the spelling of the
// id (0x or not, any case), and anything else to the sample's.
func TestRegistrarRouting(t *testing.T) {
	named := func(name string) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, name) })
	}
	r := &registrars{byID: map[string]http.Handler{"0xabcdef": named("second")}}
	h := r.handler(named("sample"))
	for path, want := range map[string]string{
		"/v1/elections/0xabcdef":        "second",
		"/v1/elections/0xABCDEF/tokens": "second",
		"/v1/elections/abcdef/count":    "second",
		"/v1/elections/0x123456":        "sample",
		"/v1/elections/":                "sample",
		"/healthz":                      "sample",
		"/v1/elections/0xabcdef0":       "sample",
	} {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, path, nil))
		if got := w.Body.String(); got != want {
			t.Errorf("%s went to the %s election's registrar, want the %s's", path, got, want)
		}
	}
}
