package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/cockroachdb/pebble/v2/vfs"
)

// TestBenchElection runs "evote bench election" at a CI size (issue 18):
// a first run makes part of the voters file only (--generate-only), the
// file gets a torn record at its end (as a generation killed while
// writing leaves it), and the full run cuts it off, makes only the
// voters still missing (a run started meanwhile on the same directory
// is refused), casts every one through two relays, tallies and
// verifies from the chain and from the record; the published counts must
// be what was cast. Then the ingest plot is drawn from the run's samples.
func TestBenchElection(t *testing.T) {
	if testing.Short() {
		t.Skip("a whole election")
	}
	dir := t.TempDir()
	out := run(t, dir, "bench", "election", "--dir", "b", "--voters", "300", "--sample", "40", "--generate-only", "--quiet")
	if !strings.Contains(out, "voters made by this run: 260\n") {
		t.Fatalf("the first run did not make the 260 voters of the file:\n%s", out)
	}
	// A second run on a directory in use must not start: it would remove
	// the first's chain and append to the same voters file.
	lock, err := vfs.Default.Lock(filepath.Join(dir, "b", "LOCK"))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(evote(t), "bench", "election", "--dir", "b", "--voters", "400", "--generate-only", "--quiet")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err == nil || !strings.Contains(string(out), "in use by another run") {
		t.Fatalf("a run on a directory in use: %v\n%s", err, out)
	}
	lock.Close()

	f, err := os.OpenFile(filepath.Join(dir, "b", "voters-5.bin"), os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte{0, 0, 10, 0, 0, 0, 1, 4, 7, 7, 7}) // the start of voter 260's record
	f.Close()

	out = run(t, dir, "bench", "election", "--dir", "b", "--voters", "1000", "--sample", "40", "--quiet")
	for _, want := range []string{"voters made by this run: 700\n", "verify from the chain, JSON-RPC (ballots)",
		"verify from the record (ballots)", "disk: record", "disk: relay outboxes", "a cast: transaction"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in the output:\n%s", want, out)
		}
	}
	for _, stage := range []string{"casting through 2 relays (HTTP)", "inclusion on chain", "tally from the chain",
		"verify from the chain", "verify from the record"} {
		if m := regexp.MustCompile(regexp.QuoteMeta(stage) + `.*?\s(\d+)\s+\d+\.\d\d\s`).FindStringSubmatch(out); m == nil || m[1] != "1000" {
			t.Errorf("stage %q did not count 1000: %v\n%s", stage, m, out)
		}
	}
	cast := regexp.MustCompile(`(?m)^cast: +(\[.*\])$`).FindStringSubmatch(out)
	published := regexp.MustCompile(`(?m)^published: +(\[.*\])$`).FindStringSubmatch(out)
	if cast == nil || published == nil || cast[1] != published[1] {
		t.Fatalf("cast %v, published %v:\n%s", cast, published, out)
	}

	svg := filepath.Join(dir, "ingest.svg")
	run(t, dir, "bench", "plot", "--in", filepath.Join("b", "run", "ingest.csv"), "--out", svg)
	data, err := os.ReadFile(svg)
	if err != nil || !strings.Contains(string(data), "<polyline") || !strings.HasSuffix(string(data), "</svg>\n") {
		t.Fatalf("the plot: %v\n%.300s", err, data)
	}
}
