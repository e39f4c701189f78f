package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"slices"
	"strconv"
	"strings"
)

// configVersion is the only version of the config file this build reads.
const configVersion = 1

// options are the flags every subcommand takes, read by main before the
// subcommand parses its own: --config FILE and --log-format text|json.
type options struct {
	configPath string
	keys       []string // the keys the config file set, sorted
	logFormat  string
}

// prepare takes --config and --log-format out of a subcommand's args and
// returns the args the subcommand parses: its leading words ("serve",
// "run"), then the config file's settings as flags, then the command
// line's own flags, which therefore override the file's.
func prepare(args []string) ([]string, options, error) {
	var o options
	args, o.configPath = cutFlag(args, "config")
	args, o.logFormat = cutFlag(args, "log-format")
	for _, a := range args {
		if a == "--config" || a == "-config" || a == "--log-format" || a == "-log-format" {
			return nil, o, fmt.Errorf("%s needs a value", a)
		}
	}
	if o.configPath == "" {
		return args, o, nil
	}
	settings, err := readConfig(o.configPath)
	if err != nil {
		return nil, o, err
	}
	var fromFile []string
	for _, key := range sortedKeys(settings) {
		if key == "log-format" && o.logFormat == "" {
			o.logFormat = settings[key][0]
			continue
		}
		o.keys = append(o.keys, key)
		for _, v := range settings[key] {
			fromFile = append(fromFile, "--"+key+"="+v)
		}
	}
	words := slices.IndexFunc(args, func(a string) bool { return strings.HasPrefix(a, "-") })
	if words < 0 {
		words = len(args)
	}
	return slices.Concat(args[:words], fromFile, args[words:]), o, nil
}

// cutFlag removes "-name V", "--name V", "-name=V" or "--name=V" from args
// (before a "--") and returns the rest and V.
func cutFlag(args []string, name string) ([]string, string) {
	for i, a := range args {
		if a == "--" {
			break
		}
		trimmed := strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-")
		if trimmed == a {
			continue
		}
		if v, ok := strings.CutPrefix(trimmed, name+"="); ok {
			return slices.Delete(slices.Clone(args), i, i+1), v
		}
		if trimmed == name && i+1 < len(args) {
			return slices.Delete(slices.Clone(args), i, i+2), args[i+1]
		}
	}
	return args, ""
}

// readConfig reads a config file: a JSON object with "version": 1 whose
// other keys are flag names and whose values are strings, numbers,
// booleans or lists of them (a list sets a repeatable flag once per item).
func readConfig(path string) (map[string][]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("config %s: not a JSON object: %w", path, err)
	}
	if doc["version"] == nil {
		return nil, fmt.Errorf("config %s: no \"version\" (want \"version\": %d)", path, configVersion)
	}
	if v := string(doc["version"]); v != strconv.Itoa(configVersion) {
		return nil, fmt.Errorf("config %s: \"version\" is %q; this evote reads version %d", path, v, configVersion)
	}
	delete(doc, "version")
	settings := make(map[string][]string, len(doc))
	for key, raw := range doc {
		if key == "config" {
			return nil, fmt.Errorf("config %s: key \"config\": a config file cannot name another", path)
		}
		vals, err := flagValues(raw)
		if err != nil {
			return nil, fmt.Errorf("config %s: key %q: %w", path, key, err)
		}
		settings[key] = vals
	}
	return settings, nil
}

// flagValues turns one JSON value into the flag values it stands for.
func flagValues(raw json.RawMessage) ([]string, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	list, isList := v.([]any)
	if !isList {
		list = []any{v}
	}
	out := make([]string, 0, len(list))
	for _, item := range list {
		switch item := item.(type) {
		case string:
			out = append(out, item)
		case json.Number:
			out = append(out, item.String())
		case bool:
			out = append(out, strconv.FormatBool(item))
		default:
			return nil, errors.New("want a string, a number, a boolean or a list of them")
		}
	}
	return out, nil
}

func sortedKeys(m map[string][]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// explain names the config file's key when the subcommand refused a flag
// that came from the file.
func (o options) explain(cmd string, err error) error {
	name, ok := strings.CutPrefix(fmt.Sprint(err), "flag provided but not defined: -")
	if !ok || !slices.Contains(o.keys, name) {
		return err
	}
	return fmt.Errorf("config %s: unknown key %q: evote %s has no flag --%s", o.configPath, name, cmd, name)
}

// logger is the process's slog logger in the chosen format.
func (o options) logger(w io.Writer) (*slog.Logger, error) {
	switch o.logFormat {
	case "", "text":
		return slog.New(slog.NewTextHandler(w, nil)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, nil)), nil
	}
	return nil, fmt.Errorf("--log-format %q: want text or json", o.logFormat)
}
