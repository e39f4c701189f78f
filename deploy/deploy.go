// Package deploy holds what a city's IT department installs to run the
// roles: hardened systemd units (systemd/), a Prometheus configuration
// with alert rules and their unit tests (prometheus/), and the voting
// day's Grafana dashboard (grafana/). docs/operations.md walks through
// installing them and has a runbook paragraph per alert.
//
// The Go side reads the PromQL of the alerts and the dashboard and names
// the metrics they use (MetricNames), so that tests can hold them to the
// metrics the roles really serve: the end-to-end tests scrape every
// role's /metrics, and this package's tests run the exporters the rules
// also read (Debian's prometheus-node-exporter and
// prometheus-blackbox-exporter) and the real checkers (promtool,
// systemd-analyze). QueryRange sends the dashboard's queries (Expand
// replaces Grafana's variables) to a real Prometheus, and RenderSVG draws
// the answers as the dashboard lays its panels out: the end-to-end test
// TestDashboard does both over a real run (docs/operations.md shows the
// picture, since Grafana is not installable here).
package deploy

import (
	"embed"
	"encoding/json"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Files are the deploy files: units, example config files of the roles,
// Prometheus configuration and rules, the dashboard.
//
//go:embed systemd prometheus grafana config
var Files embed.FS

// External are the metrics the rules and the dashboard read that no evote
// role serves, and who does.
var External = map[string]string{
	"up":                          "Prometheus (one per scrape target)",
	"probe_success":               "prometheus-blackbox-exporter (blackbox.yml)",
	"node_filesystem_avail_bytes": "prometheus-node-exporter",
	"node_filesystem_size_bytes":  "prometheus-node-exporter",
}

// Query is one PromQL expression and where it is.
type Query struct {
	Where string // "alerts.yml: EvoteChainHalted", "voting-day.json: Block time"
	Expr  string
}

// Queries are the expressions of the alert rules and of the dashboard's
// panels and variables.
func Queries() ([]Query, error) {
	alerts, err := alertQueries()
	if err != nil {
		return nil, err
	}
	panels, err := dashboardQueries()
	if err != nil {
		return nil, err
	}
	return append(alerts, panels...), nil
}

// MetricNames maps every metric name the alerts and the dashboard read to
// where they read it.
func MetricNames() (map[string][]string, error) {
	qs, err := Queries()
	if err != nil {
		return nil, err
	}
	names := map[string][]string{}
	for _, q := range qs {
		for _, n := range metricNames(q.Expr) {
			if !slices.Contains(names[n], q.Where) {
				names[n] = append(names[n], q.Where)
			}
		}
	}
	return names, nil
}

// SampleNames are the sample names of a Prometheus text exposition
// (histograms' with their _bucket, _sum and _count).
func SampleNames(text string) map[string]bool {
	names := map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			names[line[:strings.IndexAny(line+" ", "{ ")]] = true
		}
	}
	return names
}

// SortedNames are m's keys in order.
func SortedNames(m map[string][]string) []string {
	return slices.Sorted(maps.Keys(m))
}

type ruleFile struct {
	Groups []struct {
		Name  string
		Rules []struct {
			Alert, Record, Expr string
			Annotations         map[string]string
		}
	}
}

func alertQueries() ([]Query, error) {
	data, err := Files.ReadFile("prometheus/alerts.yml")
	if err != nil {
		return nil, err
	}
	var f ruleFile
	if err := yaml.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("deploy: alerts.yml: %w", err)
	}
	var qs []Query
	for _, g := range f.Groups {
		for _, r := range g.Rules {
			qs = append(qs, Query{"alerts.yml: " + r.Alert + r.Record, r.Expr})
		}
	}
	return qs, nil
}

// Dashboard is what the tests read of a Grafana dashboard.
type Dashboard struct {
	Title, UID string
	Panels     []Panel
	Templating struct {
		List []struct {
			Name, Type string
			Query      any // a string, or {"query": "label_values(…)"}
		}
	}
}

// Panel is a dashboard panel.
type Panel struct {
	ID                       int
	Type, Title, Description string
	GridPos                  struct{ H, W, X, Y int }
	Targets                  []Target
	FieldConfig              struct {
		Defaults struct{ Unit string }
	}
}

// Target is one query of a panel and how its series are named.
type Target struct{ Expr, RefID, LegendFormat string }

// ReadDashboard reads the voting day's dashboard.
func ReadDashboard() (*Dashboard, error) {
	data, err := Files.ReadFile("grafana/voting-day.json")
	if err != nil {
		return nil, err
	}
	var d Dashboard
	if err := json.Unmarshal(data, &d); err != nil {
		return nil, fmt.Errorf("deploy: voting-day.json: %w", err)
	}
	return &d, nil
}

// labelValues is a variable's query: label_values(metric, label).
var labelValues = regexp.MustCompile(`^label_values\(([a-zA-Z_:][a-zA-Z0-9_:]*(?:\{[^}]*\})?),\s*[a-zA-Z_][a-zA-Z0-9_]*\)$`)

func dashboardQueries() ([]Query, error) {
	d, err := ReadDashboard()
	if err != nil {
		return nil, err
	}
	var qs []Query
	for _, p := range d.Panels {
		for _, t := range p.Targets {
			qs = append(qs, Query{"voting-day.json: " + p.Title, t.Expr})
		}
	}
	for _, v := range d.Templating.List {
		if v.Type != "query" {
			continue
		}
		q, _ := v.Query.(map[string]any)
		m := labelValues.FindStringSubmatch(fmt.Sprint(q["query"]))
		if m == nil {
			return nil, fmt.Errorf("deploy: voting-day.json: variable %s: want label_values(metric, label), not %v", v.Name, v.Query)
		}
		qs = append(qs, Query{"voting-day.json: variable " + v.Name, m[1]})
	}
	return qs, nil
}
