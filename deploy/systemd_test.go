package deploy

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// maxExposure bounds `systemd-analyze security --offline=true` for every
// unit, in tenths (0 is sealed, 100 a service with no protection; the
// units score 12 with systemd 252: what is left is network access, the
// host's root directory and the host's users).
const maxExposure = 20

// hardening are the settings every unit has, exactly.
var hardening = []string{"NoNewPrivileges=yes", "CapabilityBoundingSet=", "AmbientCapabilities=",
	"ProtectSystem=strict", "ProtectHome=yes", "PrivateTmp=yes", "PrivateDevices=yes",
	"SystemCallFilter=@system-service", "SystemCallArchitectures=native",
	"RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX", "MemoryDenyWriteExecute=yes", "UMask=0077"}

// unit is a unit file's settings: key -> values in order.
type unit map[string][]string

func readUnits(t *testing.T) map[string]unit {
	t.Helper()
	units := map[string]unit{}
	paths, _ := fs.Glob(Files, "systemd/*.service")
	for _, p := range paths {
		data, err := Files.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		u := unit{}
		for s := bufio.NewScanner(bytes.NewReader(data)); s.Scan(); {
			line := strings.TrimSpace(s.Text())
			if k, v, ok := strings.Cut(line, "="); ok && !strings.HasPrefix(line, "#") {
				u[k] = append(u[k], v)
			}
		}
		units[filepath.Base(p)] = u
	}
	if len(units) < 6 {
		t.Fatalf("%d units, want one per role (node, registrar, relay, site, trustee, console)", len(units))
	}
	return units
}

// TestUnitsHardened: every unit runs as its own user (one declared in
// evote.sysusers), has the hardening settings, may write its data
// directory and nothing else, takes its flags from a config file and an
// EnvironmentFile, and restarts.
func TestUnitsHardened(t *testing.T) {
	sysusers, err := Files.ReadFile("systemd/evote.sysusers")
	if err != nil {
		t.Fatal(err)
	}
	for name, u := range readUnits(t) {
		for _, h := range hardening {
			k, v, _ := strings.Cut(h, "=")
			if !slices.Contains(u[k], v) {
				t.Errorf("%s: no %s", name, h)
			}
		}
		user := one(u, "User")
		if !strings.HasPrefix(user, "evote-") || !strings.Contains(string(sysusers), "\nu "+user+" ") || one(u, "Group") != user {
			t.Errorf("%s: User=%q Group=%q: want its own user, declared in evote.sysusers", name, user, one(u, "Group"))
		}
		if state := u["StateDirectory"]; len(state) > 0 {
			if rw := u["ReadWritePaths"]; !slices.Equal(rw, []string{"/var/lib/" + state[0]}) {
				t.Errorf("%s: ReadWritePaths %q, want its data directory /var/lib/%s only", name, rw, state[0])
			}
		} else if len(u["ReadWritePaths"]) > 0 {
			t.Errorf("%s: writable paths %q without a data directory", name, u["ReadWritePaths"])
		}
		exec := one(u, "ExecStart")
		if !strings.HasPrefix(exec, "/usr/local/bin/evote ") || !strings.Contains(exec, " --config /etc/evote/") || !strings.HasSuffix(exec, " $EVOTE_FLAGS") {
			t.Errorf("%s: ExecStart=%s: want evote with a config file in /etc/evote and $EVOTE_FLAGS", name, exec)
		}
		if env := one(u, "EnvironmentFile"); !strings.HasPrefix(env, "-/etc/evote/") {
			t.Errorf("%s: EnvironmentFile=%s", name, env)
		}
		if r := one(u, "Restart"); r != "always" && r != "on-failure" {
			t.Errorf("%s: Restart=%s", name, r)
		}
		if one(u, "LimitNOFILE") == "" {
			t.Errorf("%s: no LimitNOFILE", name)
		}
	}
}

func one(u unit, key string) string {
	if len(u[key]) != 1 {
		return ""
	}
	return u[key][0]
}

// TestUnitsVerify runs systemd-analyze verify on every unit (a template
// as an instance, evote-relay@test.service) and wants no complaint; its
// exit status alone passes unknown keys and bad values with a warning.
// The one change to the files is the binary's path: verify wants an
// executable there, so it points to a stub. Then the security review's
// exposure must stay under maxExposure.
func TestUnitsVerify(t *testing.T) {
	analyze := tool(t, "systemd-analyze", "systemd")
	dir := t.TempDir()
	stub := filepath.Join(dir, "evote")
	must(t, os.WriteFile(stub, []byte("#!/bin/sh\n"), 0o755))
	var paths []string
	for name := range readUnits(t) {
		data, err := Files.ReadFile("systemd/" + name)
		must(t, err)
		path := filepath.Join(dir, strings.Replace(name, "@.", "@test.", 1))
		must(t, os.WriteFile(path, bytes.ReplaceAll(data, []byte("/usr/local/bin/evote "), []byte(stub+" ")), 0o644))
		paths = append(paths, path)
	}
	out, err := exec.Command(analyze, append([]string{"verify", "--man=no"}, paths...)...).CombinedOutput()
	if err != nil || len(bytes.TrimSpace(out)) > 0 {
		t.Errorf("systemd-analyze verify: %v\n%s", err, out)
	}
	for _, p := range paths {
		out, err := exec.Command(analyze, "security", "--offline=true", fmt.Sprintf("--threshold=%d", maxExposure), p).CombinedOutput()
		if last := lastLine(out); err != nil || !strings.Contains(last, "Overall exposure level") {
			t.Errorf("%s: %v: %s, want at most %d tenths", filepath.Base(p), err, last, maxExposure)
		}
	}
}

// TestSysusers: systemd-sysusers makes the users into an empty root.
func TestSysusers(t *testing.T) {
	sysusers := tool(t, "systemd-sysusers", "systemd")
	root := t.TempDir()
	must(t, os.MkdirAll(filepath.Join(root, "etc"), 0o755))
	conf, err := Files.ReadFile("systemd/evote.sysusers")
	must(t, err)
	path := filepath.Join(t.TempDir(), "evote.conf")
	must(t, os.WriteFile(path, conf, 0o644))
	if out, err := exec.Command(sysusers, "--root="+root, path).CombinedOutput(); err != nil {
		t.Fatalf("systemd-sysusers: %v\n%s", err, out)
	}
	passwd, err := os.ReadFile(filepath.Join(root, "etc/passwd"))
	must(t, err)
	for _, u := range readUnits(t) {
		if !strings.Contains(string(passwd), "\n"+one(u, "User")+":") && !strings.HasPrefix(string(passwd), one(u, "User")+":") {
			t.Errorf("no user %s in\n%s", one(u, "User"), passwd)
		}
	}
}

func lastLine(b []byte) string {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	return lines[len(lines)-1]
}

// tool is the path of a command the test needs; scripts/test installs
// its Debian package.
func tool(t *testing.T, name, pkg string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		t.Fatalf("%s is needed (Debian package %s; scripts/test installs it)", name, pkg)
	}
	return path
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
