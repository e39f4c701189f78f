package deploy

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

// TestPrometheus runs promtool on the configuration, the rules and the
// rules' unit tests, in which every alert fires on a bad series and stays
// silent on a good one; a test per alert is checked here.
func TestPrometheus(t *testing.T) {
	promtool := tool(t, "promtool", "prometheus")
	for _, args := range [][]string{
		{"check", "config", "prometheus/prometheus.yml"},
		{"check", "rules", "prometheus/alerts.yml"},
		{"test", "rules", "prometheus/alerts_test.yml"},
	} {
		if out, err := exec.Command(promtool, args...).CombinedOutput(); err != nil {
			t.Errorf("promtool %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	firing, silent := alertTests(t)
	qs, err := alertQueries()
	must(t, err)
	for _, q := range qs {
		name := strings.TrimPrefix(q.Where, "alerts.yml: ")
		if !firing[name] || !silent[name] {
			t.Errorf("alerts_test.yml: %s firing %v, silent %v: want both (a bad series and a good one)", name, firing[name], silent[name])
		}
	}
}

// TestRunbook: every alert links to a paragraph of docs/operations.md's
// runbook, a heading of that name.
func TestRunbook(t *testing.T) {
	doc, err := os.ReadFile("../docs/operations.md")
	must(t, err)
	data, err := Files.ReadFile("prometheus/alerts.yml")
	must(t, err)
	var f ruleFile
	must(t, yaml.Unmarshal(data, &f))
	headings := map[string]bool{}
	for _, line := range strings.Split(string(doc), "\n") {
		if h, ok := strings.CutPrefix(line, "### "); ok {
			headings["#"+strings.ToLower(h)] = true
		}
	}
	for _, g := range f.Groups {
		for _, r := range g.Rules {
			link := r.Annotations["runbook"]
			_, anchor, _ := strings.Cut(link, "docs/operations.md")
			if !headings[anchor] || r.Annotations["summary"] == "" {
				t.Errorf("%s: runbook %q is no heading of docs/operations.md, or no summary", r.Alert, link)
			}
		}
	}
}

// alertTests are the alerts that alerts_test.yml expects firing at some
// evaluation, and silent at some.
func alertTests(t *testing.T) (firing, silent map[string]bool) {
	data, err := os.ReadFile("prometheus/alerts_test.yml")
	must(t, err)
	var f struct {
		Tests []struct {
			AlertRuleTest []struct {
				Alertname string
				ExpAlerts []any `yaml:"exp_alerts"`
			} `yaml:"alert_rule_test"`
		}
	}
	must(t, yaml.Unmarshal(data, &f))
	firing, silent = map[string]bool{}, map[string]bool{}
	for _, tc := range f.Tests {
		for _, a := range tc.AlertRuleTest {
			if len(a.ExpAlerts) > 0 {
				firing[a.Alertname] = true
			} else {
				silent[a.Alertname] = true
			}
		}
	}
	return firing, silent
}

// TestBlackbox: the blackbox exporter accepts blackbox.yml, and with it
// reports probe_success 1 for a /healthz answering 200 and 0 for one
// answering 503, as the roles do.
func TestBlackbox(t *testing.T) {
	exporter := tool(t, "prometheus-blackbox-exporter", "prometheus-blackbox-exporter")
	if out, err := exec.Command(exporter, "--config.check", "--config.file", "prometheus/blackbox.yml").CombinedOutput(); err != nil {
		t.Fatalf("blackbox.yml: %v\n%s", err, out)
	}
	health := http.NewServeMux()
	health.HandleFunc("/ok/healthz", func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, `{"status":"ok"}`) })
	health.HandleFunc("/down/healthz", func(w http.ResponseWriter, _ *http.Request) {
		http.Error(w, `{"status":"unavailable"}`, http.StatusServiceUnavailable)
	})
	role := serveLoopback(t, health)
	addr := startExporter(t, exporter, "--config.file", "prometheus/blackbox.yml")
	for path, want := range map[string]string{"ok": "probe_success 1", "down": "probe_success 0"} {
		body := get(t, fmt.Sprintf("http://%s/probe?module=evote_healthz&target=http://%s/%s/healthz", addr, role, path))
		if !strings.Contains(body, "\n"+want+"\n") {
			t.Errorf("probe of a /healthz that is %s: want %q in\n%s", path, want, body)
		}
	}
}

// TestNodeExporter: the node exporter serves the filesystem metrics the
// disk alerts read.
func TestNodeExporter(t *testing.T) {
	exporter := tool(t, "prometheus-node-exporter", "prometheus-node-exporter")
	addr := startExporter(t, exporter, "--collector.disable-defaults", "--collector.filesystem")
	names := SampleNames(get(t, "http://"+addr+"/metrics"))
	for name, who := range External {
		if strings.HasPrefix(who, "prometheus-node-exporter") && !names[name] {
			t.Errorf("the node exporter does not serve %s", name)
		}
	}
}

// startExporter runs an exporter on a free loopback port until the test
// ends, and returns its address once it answers.
func startExporter(t *testing.T, path string, args ...string) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	must(t, err)
	addr := l.Addr().String()
	l.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, path, append(args, "--web.listen-address="+addr)...)
	var log strings.Builder
	cmd.Stdout, cmd.Stderr = &log, &log
	must(t, cmd.Start())
	t.Cleanup(func() { cancel(); cmd.Wait() })
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if resp, err := http.Get("http://" + addr + "/"); err == nil {
			resp.Body.Close()
			return addr
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s did not answer on %s:\n%s", filepath.Base(path), addr, log.String())
		}
	}
}

func serveLoopback(t *testing.T, h http.Handler) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	must(t, err)
	srv := &http.Server{Handler: h}
	go srv.Serve(l)
	t.Cleanup(func() { srv.Close() })
	return l.Addr().String()
}

func get(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	must(t, err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	must(t, err)
	return string(body)
}
