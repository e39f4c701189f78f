package e2e

import (
	"os/exec"
	"strings"
	"testing"
)

// TestDemo runs "evote demo" (a whole election in one process: ceremony,
// 30 voters over the registrar's and the relay's HTTP APIs, close,
// decryption, tally, verification) and checks it succeeds, prints its
// table of stages and logs the progress of each long stage.
func TestDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("a whole election")
	}
	cmd := exec.Command(evote(t), "demo", "--voters", "30", "--options", "3", "--datadir", t.TempDir())
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("evote demo: %v\n%s\n%s", err, out, stderr.String())
	}
	text := string(out)
	for _, want := range []string{"stage", "count", "seconds", "per second",
		"registration (HTTP)", "casting (HTTP)", "tally (ballots)", "verify from chain (ballots)", "total", "published:"} {
		if !strings.Contains(text, want) {
			t.Errorf("the output has no %q:\n%s", want, text)
		}
	}
	// stderr is a pipe, not a terminal: progress comes as log lines.
	for _, what := range []string{`"voting codes"`, "registration", "casting", "included", "ballots"} {
		if want := `msg="progress done" what=` + what + ` done=30 `; !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr has no %q:\n%s", want, stderr.String())
		}
	}
	for _, line := range strings.Split(text, "\n") {
		if f := strings.Fields(line); len(f) > 3 && strings.HasPrefix(line, "registration") && f[2] != "30" {
			t.Errorf("registration of %s voters, want 30: %q", f[2], line)
		}
	}
}
