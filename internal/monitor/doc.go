// Package monitor is what operators watch on every evote role: a health
// answer (GET /healthz: JSON, 200 when healthy, 503 when not) and metrics
// in the Prometheus text exposition format 0.0.4 (GET /metrics), written
// by hand so that no metrics library is linked.
//
// Metrics are counts, gauges and latency histograms only: no label or
// value names a voter, a ballot, a tracker code or an address.
package monitor
