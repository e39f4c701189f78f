package verify_test

import (
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestNoSecrets: the verifier, its command and the tally it builds on
// link no package that holds a secret.
func TestNoSecrets(t *testing.T) {
	forbidden := []string{
		"github.com/evote-org/evote/crypto/trustee",
		"github.com/evote-org/evote/crypto/blind/signer",
		"github.com/evote-org/evote/tally/ceremony",
		"github.com/evote-org/evote/tally/internal/synth",
		"github.com/evote-org/evote/crypto/voter",
		"github.com/evote-org/evote/crypto/shuffle/mixer",
		"github.com/evote-org/evote/tally/mix/mixer",
	}
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	for _, pkg := range []string{"github.com/evote-org/evote/tally", "github.com/evote-org/evote/tally/verify",
		"github.com/evote-org/evote/tally/cmd/evote-verify"} {
		out, err := exec.Command(goTool, "list", "-deps", pkg).CombinedOutput()
		if err != nil {
			t.Fatalf("go list -deps %s: %v\n%s", pkg, err, out)
		}
		deps := strings.Fields(string(out))
		for _, f := range forbidden {
			for _, d := range deps {
				if d == f {
					t.Errorf("%s links %s", pkg, f)
				}
			}
		}
		if len(deps) < 10 {
			t.Fatalf("go list -deps %s listed only %v", pkg, deps)
		}
	}
}
