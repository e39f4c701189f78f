package deploy

import (
	"context"
	"encoding/xml"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestExpand: the dashboard's variables become what Grafana sends with
// every election chosen; an unknown variable is an error, not a query.
func TestExpand(t *testing.T) {
	got, err := Expand(`sum(rate(x{election=~"$election"}[$__rate_interval])) + y{a="${election}"}`, 8*time.Second)
	if want := `sum(rate(x{election=~".*"}[8000ms])) + y{a=".*"}`; err != nil || got != want {
		t.Errorf("Expand = %q, %v; want %q", got, err, want)
	}
	if _, err := Expand(`x[$__interval]`, time.Second); err == nil || !strings.Contains(err.Error(), "$__interval") {
		t.Errorf("an unknown variable: %v", err)
	}
}

// TestLegend: {{label}} is the series' label, missing labels are empty.
func TestLegend(t *testing.T) {
	if got := Legend("relay {{instance}} {{ org }}/{{none}}", map[string]string{"instance": "a:1", "org": "b"}); got != "relay a:1 b/" {
		t.Errorf("Legend = %q", got)
	}
}

// TestRenderSVG: the dashboard drawn from made-up answers is well-formed
// SVG with every panel's title, one line per series (broken at NaN) and
// "No data" in a panel without series.
func TestRenderSVG(t *testing.T) {
	d, err := ReadDashboard()
	must(t, err)
	start := time.Unix(1_800_000_000, 0)
	r := Range{Start: start, End: start.Add(time.Minute), Step: 10 * time.Second}
	s := Series{T: []float64{1_800_000_000, 1_800_000_010, 1_800_000_020, 1_800_000_030}, V: []float64{0, 0.5, math.NaN(), 2}}
	curves := map[int][]Curve{}
	var empty string
	plotted := 0
	for _, p := range d.Panels {
		if p.Type == "row" {
			continue
		}
		if empty == "" {
			empty = p.Title
			continue
		}
		curves[p.ID] = []Curve{{Name: "a <b>", Series: s}, {Name: "c", Series: s}}
		plotted++
	}
	var b strings.Builder
	must(t, RenderSVG(&b, d, curves, r, "caption & co"))
	svg := b.String()
	var doc struct{ XMLName xml.Name }
	if err := xml.Unmarshal([]byte(svg), &doc); err != nil || doc.XMLName.Local != "svg" {
		t.Fatalf("not SVG (%v): %.300s", err, svg)
	}
	for _, p := range d.Panels {
		if !strings.Contains(svg, ">"+p.Title+"<") {
			t.Errorf("no title %q", p.Title)
		}
	}
	if n := strings.Count(svg, `<path d="M`); n != 2*plotted {
		t.Errorf("%d lines, want %d", n, 2*plotted)
	}
	if strings.Count(svg, "No data") != 1 || !strings.Contains(svg, "a &lt;b&gt;") || !strings.Contains(svg, "caption &amp; co") {
		t.Errorf("no 'No data' or names unescaped:\n%s", svg)
	}
	if !strings.Contains(svg, " M") {
		t.Errorf("no line broken at NaN")
	}
}

// TestQueryRange asks Debian's Prometheus: a query's series come back
// with their labels and a point a step; an expression Prometheus rejects
// is an error quoting its reason, not an empty answer.
func TestQueryRange(t *testing.T) {
	prometheus := tool(t, "prometheus", "prometheus")
	dir := t.TempDir()
	config := filepath.Join(dir, "prometheus.yml")
	must(t, os.WriteFile(config, []byte("scrape_configs: []\n"), 0o644))
	url := "http://" + startExporter(t, prometheus, "--config.file="+config, "--storage.tsdb.path="+filepath.Join(dir, "data"))
	end := time.Now()
	r := Range{Start: end.Add(-time.Minute), End: end, Step: 10 * time.Second}
	var series []Series
	var err error
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if series, err = QueryRange(context.Background(), url, `label_replace(vector(2), "job", "x", "", "")`, r); err == nil || time.Now().After(deadline) {
			break
		}
	}
	must(t, err)
	if len(series) != 1 || series[0].Labels["job"] != "x" || len(series[0].V) != 7 || series[0].V[6] != 2 {
		t.Errorf("answer %+v", series)
	}
	for _, expr := range []string{`sum(rate(up[5m])`, `rate(up)`, `histogram_quantile(0.5)`} {
		if s, err := QueryRange(context.Background(), url, expr, r); err == nil || !strings.Contains(err.Error(), "bad_data") {
			t.Errorf("%s: %v, %v; want Prometheus's bad_data", expr, s, err)
		}
	}
}
