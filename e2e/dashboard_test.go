package e2e

import (
	"context"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/evote-org/evote/deploy"
	"github.com/evote-org/evote/internal/testnet"
	"go.yaml.in/yaml/v3"
)

var dashboardSVG = flag.String("dashboard-svg", "", "TestDashboard draws the dashboard from its run into this SVG file (docs/voting-day.svg)")

const (
	dashboardVoters = 300
	scrapeEvery     = 2 * time.Second
)

// TestDashboard runs an election of separate processes (as TestFaults,
// without faults: 300 voters register and cast, the polls close, the
// trustees post their tally shares) with Debian's Prometheus scraping
// every role with deploy/prometheus/prometheus.yml (its labels, the
// cluster's addresses). Then every query of every panel of
// deploy/grafana/voting-day.json, Grafana's variables replaced, goes to
// Prometheus's query_range over the run: each must be accepted and have
// a series with a value. With -dashboard-svg
// FILE it draws the panels from those answers (deploy.RenderSVG):
// docs/voting-day.svg, shown in docs/operations.md.
func TestDashboard(t *testing.T) {
	if testing.Short() {
		t.Skip("a whole election of separate processes and Prometheus")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	c := newCluster(t, ctx, dashboardVoters)
	c.ceremony()
	c.serve()
	prom := c.startPrometheus()
	begin := time.Now()
	e := newElectorate(c)
	e.vote(0, dashboardVoters, 8)
	c.checkCast(e)
	c.checkSite()
	c.commission("close")
	c.waitTrustees([]int{1, 2, 3, 4, 5}, 5) // tally shares posted
	t.Logf("voting, close and tally shares under Prometheus: %v", time.Since(begin).Round(time.Second))
	// The last query step (at most a step before end) sees a scrape
	// taken after the trustees' last step.
	c.waitScraped(prom, time.Now().Add(scrapeEvery))
	end := time.Now()
	c.checkDashboard(prom, deploy.Range{Start: begin, End: end, Step: scrapeEvery})
}

// startPrometheus runs Debian's prometheus on c.prometheusConfig and
// waits until it scrapes every role; it returns Prometheus's URL.
func (c *cluster) startPrometheus() string {
	bin, err := exec.LookPath("prometheus")
	if err != nil {
		c.t.Fatalf("no prometheus (Debian's package prometheus; scripts/test installs it): %v", err)
	}
	if err := os.WriteFile(filepath.Join(c.dir, "prometheus.yml"), c.prometheusConfig(), 0o644); err != nil {
		c.t.Fatal(err)
	}
	addr := fmt.Sprintf("127.0.0.1:%d", testnet.FreePort(c.t))
	p := startProgram(c.t, c.dir, "prometheus", bin, "--config.file=prometheus.yml",
		"--storage.tsdb.path=prometheus-data", "--web.listen-address="+addr)
	url := "http://" + addr
	targets := float64(4 + len(c.trusteeURLs))
	deadline := time.Now().Add(time.Minute)
	for v, _ := promValue(c.ctx, url, "count(up == 1)"); v != targets; v, _ = promValue(c.ctx, url, "count(up == 1)") {
		if time.Now().After(deadline) {
			c.t.Fatalf("Prometheus scrapes %v roles, want %v:\n%s", v, targets, p.tail())
		}
		time.Sleep(200 * time.Millisecond)
	}
	return url
}

// prometheusConfig is deploy/prometheus/prometheus.yml for the cluster:
// each evote job scrapes the cluster's roles (the i-th with the labels of
// the file's i-th static config, or its last) every scrapeEvery; the
// exporters' jobs, the rules and the Alertmanager, which this test does
// not run, are left out.
func (c *cluster) prometheusConfig() []byte {
	data, err := deploy.Files.ReadFile("prometheus/prometheus.yml")
	if err != nil {
		c.t.Fatal(err)
	}
	var cfg struct {
		Global        map[string]any
		ScrapeConfigs []map[string]any `yaml:"scrape_configs"`
	}
	if err := yaml.Unmarshal(data, &cfg); err != nil {
		c.t.Fatal(err)
	}
	local := map[string][]string{"evote-node": {c.nodeMon}, "evote-registrar": {c.regMon},
		"evote-relay": {c.relayMon}, "evote-site": {c.siteMon}, "evote-trustee": c.trusteeURLs}
	cfg.Global["scrape_interval"], cfg.Global["evaluation_interval"], cfg.Global["scrape_timeout"] = scrapeEvery.String(), scrapeEvery.String(), scrapeEvery.String()
	var jobs []map[string]any
	for _, job := range cfg.ScrapeConfigs {
		urls := local[fmt.Sprint(job["job_name"])]
		if urls == nil {
			continue
		}
		static, _ := job["static_configs"].([]any)
		var configs []any
		for i, u := range urls {
			from, _ := static[min(i, len(static)-1)].(map[string]any)
			configs = append(configs, map[string]any{"targets": []string{strings.TrimPrefix(u, "http://")}, "labels": from["labels"]})
		}
		job["static_configs"] = configs
		jobs = append(jobs, job)
	}
	if len(jobs) != len(local) {
		c.t.Fatalf("prometheus.yml has %d of the jobs %v", len(jobs), local)
	}
	cfg.ScrapeConfigs = jobs
	out, err := yaml.Marshal(cfg)
	if err != nil {
		c.t.Fatal(err)
	}
	return out
}

// promValue is the value of expr now (false: no series or an error).
func promValue(ctx context.Context, url, expr string) (float64, bool) {
	now := time.Now()
	s, err := deploy.QueryRange(ctx, url, expr, deploy.Range{Start: now, End: now, Step: time.Second})
	if err != nil || len(s) == 0 || len(s[0].V) == 0 {
		return 0, false
	}
	return s[0].V[0], true
}

// waitScraped waits until Prometheus has scraped every role after t.
func (c *cluster) waitScraped(url string, after time.Time) {
	deadline := time.Now().Add(time.Minute)
	for v, _ := promValue(c.ctx, url, "min(timestamp(up))"); v < float64(after.Unix()+1); v, _ = promValue(c.ctx, url, "min(timestamp(up))") {
		if time.Now().After(deadline) {
			c.t.Fatalf("Prometheus's last scrape at %v, want after %v", v, after.Unix())
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// checkDashboard sends every panel's queries to Prometheus over r and
// fails on one Prometheus rejects or that has no value; with
// -dashboard-svg it draws the answers.
func (c *cluster) checkDashboard(url string, r deploy.Range) {
	d, err := deploy.ReadDashboard()
	if err != nil {
		c.t.Fatal(err)
	}
	curves := map[int][]deploy.Curve{}
	for _, p := range d.Panels {
		for _, q := range p.Targets {
			expr, err := deploy.Expand(q.Expr, 4*scrapeEvery) // Grafana's $__rate_interval
			if err != nil {
				c.t.Errorf("panel %q: %v", p.Title, err)
				continue
			}
			series, err := deploy.QueryRange(c.ctx, url, expr, r)
			if err != nil {
				c.t.Errorf("panel %q: %v", p.Title, err)
				continue
			}
			if !hasValue(series) {
				c.t.Errorf("panel %q, query %s: %d series and no value after the run: %s", p.Title, q.RefID, len(series), expr)
			}
			for _, s := range series {
				curves[p.ID] = append(curves[p.ID], deploy.Curve{Name: deploy.Legend(q.LegendFormat, s.Labels), Series: s})
			}
		}
	}
	if *dashboardSVG == "" {
		return
	}
	f, err := os.Create(*dashboardSVG)
	if err != nil {
		c.t.Fatal(err)
	}
	defer f.Close()
	caption := fmt.Sprintf("Not Grafana: the panels and queries of deploy/grafana/voting-day.json drawn by deploy.RenderSVG from Debian's Prometheus (query_range, step %v)\n"+
		"over go test ./e2e -run TestDashboard on %s UTC: %d voters register and cast, the polls close, the five trustees post their tally shares",
		r.Step, r.Start.UTC().Format("2006-01-02"), c.voters)
	if err := deploy.RenderSVG(f, d, curves, r, caption); err != nil {
		c.t.Fatal(err)
	}
}

// hasValue says whether a series has a number at some point.
func hasValue(series []deploy.Series) bool {
	for _, s := range series {
		for _, v := range s.V {
			if !math.IsNaN(v) {
				return true
			}
		}
	}
	return false
}
