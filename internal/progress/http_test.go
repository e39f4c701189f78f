package progress

import (
	"bytes"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestTransport(t *testing.T) {
	payload := strings.Repeat("x", 5000)
	for _, tc := range []struct {
		name    string
		chunked bool
		want    string
	}{
		{"with a length", false, `msg="progress done" what="log bytes" done=5000 rate_per_s=0 total=5000 percent=100 elapsed=0s`},
		{"chunked", true, `msg="progress done" what="log bytes" done=5000 rate_per_s=0 elapsed=0s`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if tc.chunked {
					w.Write([]byte(payload[:100]))
					w.(http.Flusher).Flush() // no Content-Length
					w.Write([]byte(payload[100:]))
					return
				}
				w.Header().Set("Content-Length", "5000")
				w.Write([]byte(payload))
			}))
			defer srv.Close()
			var logs bytes.Buffer
			c := newClock() // never moves: the rate is 0, the lines deterministic
			o := Options{Log: slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{ReplaceAttr: quietTime})), Now: c.now}
			client := &http.Client{Transport: o.Transport(nil, &logs, "log bytes")}
			resp, err := client.Get(srv.URL)
			if err != nil {
				t.Fatal(err)
			}
			got, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			if err != nil || string(got) != payload {
				t.Fatalf("body of %d bytes, %v", len(got), err)
			}
			if lines := strings.Split(strings.TrimSpace(logs.String()), "\n"); len(lines) != 1 || !strings.HasSuffix(lines[0], tc.want) {
				t.Fatalf("log:\n%s\nwant one line ending %s", logs.String(), tc.want)
			}
		})
	}
}

func TestTransportNilWriter(t *testing.T) {
	if rt := Transport(http.DefaultTransport, nil, "x"); rt != http.DefaultTransport {
		t.Fatalf("Transport(rt, nil) = %v, want rt itself", rt)
	}
}
