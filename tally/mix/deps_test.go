package mix_test

import (
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// TestNoSecrets: package mix, which every verifier links, links no
// package that holds a secret; package mix/mixer is where the mixer's
// secrets are.
func TestNoSecrets(t *testing.T) {
	out, err := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), "list", "-deps", "github.com/evote-org/evote/tally/mix").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	deps := strings.Fields(string(out))
	if !slices.Contains(deps, "github.com/evote-org/evote/crypto/shuffle") {
		t.Fatalf("go list -deps listed %v", deps)
	}
	for _, f := range []string{
		"github.com/evote-org/evote/crypto/shuffle/mixer",
		"github.com/evote-org/evote/crypto/trustee",
		"github.com/evote-org/evote/tally/mix/mixer",
		"github.com/evote-org/evote/tally",
		"github.com/evote-org/evote/ballotbox",
	} {
		if slices.Contains(deps, f) {
			t.Errorf("tally/mix links %s", f)
		}
	}
}
