// Package metrics is what operators watch on every evote role, served on
// a private listener apart from the role's public API: GET /healthz (JSON,
// 200 when healthy, 503 when not) and GET /metrics, the role's own
// Prometheus registry (github.com/prometheus/client_golang) in the
// exposition format the scraper asks for.
//
// Each role has a registry of its own (NewRegistry), with the Go runtime
// and process collectors beside the role's metrics. Metrics are counts,
// gauges and histograms only: no label or value names a voter, a ballot,
// a tracker code or an address.
package metrics
