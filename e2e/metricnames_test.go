package e2e

import (
	"io"
	"net/http"
	"strings"

	"github.com/evote-org/evote/deploy"
)

// checkMetricNames scrapes every role's /metrics (chain node, registrar,
// relay, site, trustees) and fails on a metric that the alert rules or
// the dashboard of deploy/ read and no role serves (apart from
// deploy.External, which Prometheus and the exporters serve: deploy's
// own tests run those).
func (c *cluster) checkMetricNames() {
	served := map[string]bool{}
	for _, url := range append([]string{c.nodeMon, c.regMon, c.relayMon, c.siteMon}, c.trusteeURLs...) {
		names := metricNames(url)
		if len(names) == 0 {
			c.t.Errorf("%s/metrics serves nothing", url)
		}
		for n := range names {
			served[n] = true
		}
	}
	used, err := deploy.MetricNames()
	if err != nil {
		c.t.Fatal(err)
	}
	for _, name := range deploy.SortedNames(used) {
		if _, external := deploy.External[name]; !external && !served[name] {
			c.t.Errorf("%s, read by %s, is served by no role", name, strings.Join(used[name], "; "))
		}
	}
}

// metricNames are the sample names url/metrics serves.
func metricNames(url string) map[string]bool {
	resp, err := http.Get(url + "/metrics")
	if err != nil {
		return nil
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return deploy.SampleNames(string(body))
}
