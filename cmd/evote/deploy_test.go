package main

import (
	"errors"
	"flag"
	"io/fs"
	"os"
	"path"
	"strings"
	"testing"

	"github.com/evote-org/evote/deploy"
)

// TestDeployUnits: each systemd unit's ExecStart names an evote command
// and flags that exist, and the example config file it reads
// (deploy/config/ROLE.json for /etc/evote/ROLE.json or
// /etc/evote/ROLE/NAME.json) has only keys the command takes: the
// command's own flag parsing, run with -h at the end, gets to -h.
func TestDeployUnits(t *testing.T) {
	units, _ := fs.Glob(deploy.Files, "systemd/*.service")
	for _, name := range units {
		data, err := deploy.Files.ReadFile(name)
		must(t, err)
		var exec []string
		for _, line := range strings.Split(string(data), "\n") {
			if v, ok := strings.CutPrefix(line, "ExecStart="); ok {
				exec = strings.Fields(v)
			}
		}
		if len(exec) < 2 || exec[0] != "/usr/local/bin/evote" {
			t.Errorf("%s: ExecStart %q", name, exec)
			continue
		}
		args := unitArgs(t, name, exec[2:])
		args, o, err := prepare(args)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		cmd, ok := commands[exec[1]]
		if !ok {
			t.Errorf("%s: no command %q", name, exec[1])
			continue
		}
		if err := o.explain(exec[1], cmd.run(t.Context(), append(args, "-h"))); !errors.Is(err, flag.ErrHelp) {
			t.Errorf("%s: evote %s %q: %v", name, exec[1], args, err)
		}
	}
}

// unitArgs are a unit's arguments as the test runs them: the config
// file is the example one, the credentials directory (%d) and the
// instance (%i) are stand-ins, and $EVOTE_FLAGS (the environment file's
// extra flags) is empty.
func unitArgs(t *testing.T, unit string, words []string) []string {
	dir := t.TempDir()
	var args []string
	for i := 0; i < len(words); i++ {
		w := strings.NewReplacer("%d", dir, "%i", "test").Replace(words[i])
		switch {
		case w == "$EVOTE_FLAGS":
		case w == "--config" && i+1 < len(words):
			conf := strings.TrimPrefix(words[i+1], "/etc/evote/")
			role := strings.TrimSuffix(strings.Split(conf, "/")[0], ".json")
			data, err := deploy.Files.ReadFile(path.Join("config", role+".json"))
			if err != nil {
				t.Fatalf("%s: --config %s: no example %v", unit, words[i+1], err)
			}
			file := dir + "/" + role + ".json"
			must(t, os.WriteFile(file, data, 0o644))
			args = append(args, w, file)
			i++
		default:
			args = append(args, w)
		}
	}
	return args
}
