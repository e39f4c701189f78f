package deploy

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestDashboard: the dashboard is well-formed JSON, its panels have
// unique ids, fit the 24-column grid without overlapping, say what they
// show and each query has its own refId; every query is valid PromQL
// (promtool checks it as a recording rule, Grafana's variables
// replaced); and it shows what voting day needs.
func TestDashboard(t *testing.T) {
	d, err := ReadDashboard()
	must(t, err)
	if d.UID == "" || d.Title == "" {
		t.Errorf("uid %q, title %q", d.UID, d.Title)
	}
	ids, cells := map[int]bool{}, map[[2]int]string{}
	for _, p := range d.Panels {
		if ids[p.ID] || p.ID == 0 {
			t.Errorf("panel %q: id %d again or zero", p.Title, p.ID)
		}
		ids[p.ID] = true
		g := p.GridPos
		if g.W <= 0 || g.H <= 0 || g.X < 0 || g.X+g.W > 24 {
			t.Errorf("panel %q: gridPos %+v off the 24-column grid", p.Title, g)
		}
		for x := g.X; x < g.X+g.W; x++ {
			for y := g.Y; y < g.Y+g.H; y++ {
				if other, taken := cells[[2]int{x, y}]; taken {
					t.Fatalf("panel %q overlaps %q at column %d, row %d", p.Title, other, x, y)
				}
				cells[[2]int{x, y}] = p.Title
			}
		}
		if p.Type == "row" {
			continue
		}
		refs := map[string]bool{}
		for _, q := range p.Targets {
			if q.Expr == "" || q.RefID == "" || refs[q.RefID] {
				t.Errorf("panel %q: a target without a query or with a refId again: %+v", p.Title, q)
			}
			refs[q.RefID] = true
		}
		if len(p.Targets) == 0 || p.Description == "" {
			t.Errorf("panel %q: %d queries, description %q", p.Title, len(p.Targets), p.Description)
		}
	}
	checkPromQL(t)
	names, err := MetricNames()
	must(t, err)
	for _, want := range []string{"evote_registrar_tokens_issued_total", "evote_relay_casts_accepted_total",
		"evote_relay_casts_rejected_total", "evote_relay_casts_included_total", "evote_relay_websocket_connections",
		"chain_head_block", "evote_registrar_voters", "evote_registrar_voters_served", "up"} {
		if !strings.Contains(fmt.Sprint(names[want]), "voting-day.json") {
			t.Errorf("the dashboard does not show %s", want)
		}
	}
}

// checkPromQL has promtool check every query of the dashboard, as
// recording rules.
func checkPromQL(t *testing.T) {
	qs, err := dashboardQueries()
	must(t, err)
	type rule struct{ Record, Expr string }
	var rules []rule
	grafana := strings.NewReplacer("$__rate_interval", "1m", "$election", ".*")
	for i, q := range qs {
		rules = append(rules, rule{fmt.Sprintf("dashboard:query_%d", i), grafana.Replace(q.Expr)})
	}
	data, err := yaml.Marshal(map[string]any{"groups": []any{map[string]any{"name": "dashboard", "rules": rules}}})
	must(t, err)
	path := filepath.Join(t.TempDir(), "dashboard-rules.yml")
	must(t, os.WriteFile(path, data, 0o644))
	if out, err := exec.Command(tool(t, "promtool", "prometheus"), "check", "rules", path).CombinedOutput(); err != nil {
		t.Errorf("promtool check rules (the dashboard's queries): %v\n%s\n%s", err, out, data)
	}
}
