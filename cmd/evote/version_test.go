package main

import (
	"bytes"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

// TestVersion: a release build names its version, revision, time, a clean
// tree, the Go version and the target; a build from a modified tree says
// it is not a release; a build without VCS stamping says "unknown" rather
// than print nothing.
func TestVersion(t *testing.T) {
	stamped := func(modified string) *debug.BuildInfo {
		return &debug.BuildInfo{GoVersion: "go1.26.8",
			Main: debug.Module{Path: "github.com/evote-org/evote", Version: "v1.2.0"},
			Settings: []debug.BuildSetting{{Key: "GOOS", Value: "linux"}, {Key: "GOARCH", Value: "arm64"},
				{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: "b6c11eb0123456789abcdef0123456789abcdef0"},
				{Key: "vcs.time", Value: "2026-12-03T15:00:00Z"}, {Key: "vcs.modified", Value: modified}}}
	}
	for _, c := range []struct {
		name string
		info *debug.BuildInfo
		want string
	}{
		{"release", stamped("false"), "evote v1.2.0\nmodule: github.com/evote-org/evote\nrevision: b6c11eb0123456789abcdef0123456789abcdef0\n" +
			"time: 2026-12-03T15:00:00Z\nmodified: false\ngo: go1.26.8\nplatform: linux/arm64\n"},
		{"modified", stamped("true"), "modified: true (built from a tree with uncommitted changes: not a release)\n"},
		{"no vcs", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "github.com/evote-org/evote", Version: "(devel)"}},
			"evote (devel)\nmodule: github.com/evote-org/evote\nrevision: unknown\ntime: unknown\nmodified: unknown\ngo: go1.26.8\nplatform: unknown/unknown\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := writeVersion(&out, c.info); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(out.String(), c.want) {
				t.Errorf("got\n%s\nwant it to contain\n%s", out.String(), c.want)
			}
		})
	}
}

// TestVersionOfThisBinary reads the running (test) binary's own build
// information, as "evote version" does; arguments are refused.
func TestVersionOfThisBinary(t *testing.T) {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		t.Fatal("no build information")
	}
	var out bytes.Buffer
	must(t, writeVersion(&out, info))
	for _, want := range []string{"go: " + runtime.Version() + "\n", "platform: " + runtime.GOOS + "/" + runtime.GOARCH + "\n"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("%q lacks %q", out.String(), want)
		}
	}
	if err := runVersion(t.Context(), []string{"--short"}); err == nil {
		t.Error("evote version --short was accepted")
	}
}
