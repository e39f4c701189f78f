package ballot

import (
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

// conditional matches a conditional branch in the assembly listing of
// each architecture Encrypt runs on (go build -gcflags=-S): the booth's
// WebAssembly, and amd64 for the tests and tools.
var conditional = map[string]*regexp.Regexp{
	"amd64": regexp.MustCompile(`\tJ(EQ|NE|LT|LE|GT|GE|CS|CC|HI|LS|MI|PL|OS|OC|PS|PC)\t`),
	"wasm":  regexp.MustCompile(`\t(BrIf|If)\b`),
}

// TestBitBranchFree: the code the compiler makes for bit, the one place
// where Encrypt reads a choice, has no conditional branch.
func TestBitBranchFree(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the package for two architectures")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	for arch, branch := range conditional {
		t.Run(arch, func(t *testing.T) {
			cmd := exec.Command(goTool, "build", "-o", "/dev/null", "-gcflags=-S", ".")
			cmd.Env = append(cmd.Environ(), "GOARCH="+arch, "GOOS=linux", "CGO_ENABLED=0")
			if arch == "wasm" {
				cmd.Env = append(cmd.Env, "GOOS=js")
			}
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			code := function(string(out), "crypto/ballot.bit")
			if code == "" {
				t.Fatalf("no code for bit in the listing")
			}
			if m := branch.FindString(code); m != "" {
				t.Errorf("bit branches (%q):\n%s", m, code)
			}
		})
	}
}

// function is the assembly of the function name (its STEXT block) in a
// listing.
func function(listing, name string) string {
	_, rest, ok := strings.Cut(listing, "/"+name+" STEXT")
	if !ok {
		_, rest, ok = strings.Cut(listing, "\n"+name+" STEXT")
	}
	if !ok {
		return ""
	}
	var code []string
	for _, line := range strings.Split(rest, "\n")[1:] {
		if !strings.HasPrefix(line, "\t") {
			break
		}
		code = append(code, line)
	}
	return strings.Join(code, "\n")
}

func TestBit(t *testing.T) {
	if bit(true) != 1 || bit(false) != 0 {
		t.Fatal("bit")
	}
}
