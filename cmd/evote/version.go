package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

// runVersion prints what this binary was built from ("evote version",
// also "evote --version"), so that an operator can say which build runs
// and an observer can rebuild it (scripts/release).
func runVersion(_ context.Context, args []string) error {
	if len(args) > 0 {
		return errors.New("usage: evote version")
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return errors.New("this binary carries no build information")
	}
	return writeVersion(os.Stdout, info)
}

// writeVersion writes the main module's version, the VCS revision, its
// time and whether the tree had uncommitted changes, the Go version and
// the target, one "name: value" a line. A value the build did not record
// (a build without VCS stamping: -buildvcs=false, or not in a checkout)
// is "unknown".
func writeVersion(w io.Writer, info *debug.BuildInfo) error {
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	or := func(key string) string {
		if v := settings[key]; v != "" {
			return v
		}
		return "unknown"
	}
	modified := or("vcs.modified")
	if modified == "true" {
		modified = "true (built from a tree with uncommitted changes: not a release)"
	}
	_, err := fmt.Fprintf(w, "evote %s\nmodule: %s\nrevision: %s\ntime: %s\nmodified: %s\ngo: %s\nplatform: %s/%s\n",
		info.Main.Version, info.Main.Path, or("vcs.revision"), or("vcs.time"), modified,
		info.GoVersion, or("GOOS"), or("GOARCH"))
	return err
}
