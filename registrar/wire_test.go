package registrar_test

import (
	"bytes"
	"flag"
	"io"
	"net/http"
	"os"
	"testing"

	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/reglog"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestWireGolden freezes the JSON of the API, byte for byte: the election
// info of the test election and key, an error answer, and the posts of a
// registration log. Regenerate with go test ./registrar -run
// TestWireGolden -update, and review the diff.
func TestWireGolden(t *testing.T) {
	st := openPebble(t)
	chain := &logChain{roll: &reglog.Post{Count: 3, Root: [32]byte{0xaa, 1}, Block: 7},
		counts: []reglog.Post{{Count: 2, Root: [32]byte{0xbb, 2}, Block: 9}, {Count: 2, Root: [32]byte{0xcc, 3}, Block: 12, Final: true}}}
	c := newClient(t, newService(t, st, registrar.Config{Publisher: chain}).Handler())
	var got bytes.Buffer
	for _, req := range []struct{ method, path, body string }{
		{"GET", electionPath, ""},
		{"POST", electionPath + "/tokens", `{"voter_id":"m-1","code":"0000-0000-0000","blinded_message":"AAAA"}`},
		{"GET", electionPath + "/log", ""},
		{"GET", electionPath + "/log/0g", ""},
	} {
		r, _ := http.NewRequest(req.method, c.base+req.path, bytes.NewBufferString(req.body))
		r.Header.Set("Content-Type", "application/json")
		resp, err := c.http.Do(r)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		got.WriteString(req.method + " " + req.path + " -> " + resp.Status + "\n")
		got.Write(body)
	}
	const golden = "testdata/api-v1.golden"
	if *update {
		if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Fatalf("API answers changed (run with -update if intended):\n got %s\nwant %s", got.Bytes(), want)
	}
}
