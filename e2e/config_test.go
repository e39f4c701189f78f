package e2e

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestConfigFile runs evote with config files: flags on the command line
// override the file's; another version, an unknown key and a value of
// another shape are refused with errors naming the file and the key; and
// JSON logs are JSON.
func TestConfigFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return name
	}
	good := write("good.json", `{"version": 1, "out": "from-file.key"}`)
	run(t, dir, "account", "new", "--config", good)
	run(t, dir, "account", "new", "--config", good, "--out", "from-flag.key")
	for _, key := range []string{"from-file.key", "from-flag.key"} {
		if _, err := os.Stat(filepath.Join(dir, key)); err != nil {
			t.Errorf("%s: %v", key, err)
		}
	}
	for file, want := range map[string]string{
		write("v2.json", `{"version": 2, "out": "x.key"}`):         `config v2.json: "version" is "2"`,
		write("none.json", `{"out": "x.key"}`):                     `config none.json: no "version"`,
		write("unknown.json", `{"version": 1, "outt": "x.key"}`):   `config unknown.json: unknown key "outt": evote account has no flag --outt`,
		write("shape.json", `{"version": 1, "out": {"a": 1}}`):     `config shape.json: key "out": want a string`,
		write("nested.json", `{"version": 1, "config": "a.json"}`): `config nested.json: key "config"`,
	} {
		cmd := exec.Command(evote(t), "account", "new", "--config", file)
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		if err == nil || !strings.Contains(string(out), want) {
			t.Errorf("%s: %v, output %q; want an error with %q", file, err, out, want)
		}
	}
	cmd := exec.Command(evote(t), "registrar", "key", "--log-format", "json")
	cmd.Dir = dir
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("registrar key: %v\n%s", err, stderr.String())
	}
	lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
	for _, line := range lines {
		var entry struct{ Level, Msg string }
		if err := json.Unmarshal([]byte(line), &entry); err != nil || entry.Level == "" || entry.Msg == "" {
			t.Errorf("not a JSON log line: %q", line)
		}
	}
}
