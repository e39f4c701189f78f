// Package metricstest reads a role's /metrics in tests with Prometheus's
// own text parser (github.com/prometheus/common/expfmt), so that a test
// sees what a Prometheus server would, not what a string search finds.
package metricstest

import (
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"testing"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
)

// Families are the metric families of one scrape, by name.
type Families map[string]*dto.MetricFamily

// Scrape fetches url (a /metrics) in the text format and parses it.
func Scrape(url string) (Families, error) {
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("metricstest: %s: %s", url, resp.Status)
	}
	return Parse(resp.Body)
}

// Parse parses the Prometheus text format.
func Parse(r io.Reader) (Families, error) {
	var p expfmt.TextParser
	return p.TextToMetricFamilies(r)
}

// Metric returns the sample of the family name whose labels include
// labels (name, value, name, value…), or nil.
func (f Families) Metric(name string, labels ...string) *dto.Metric {
	fam := f[name]
	if fam == nil {
		return nil
	}
	for _, m := range fam.Metric {
		if hasLabels(m, labels) {
			return m
		}
	}
	return nil
}

// Value returns the value of a counter, gauge or untyped sample (see
// Metric), or a histogram's count; ok is false when there is none.
func (f Families) Value(name string, labels ...string) (v float64, ok bool) {
	return value(f.Metric(name, labels...))
}

func value(m *dto.Metric) (float64, bool) {
	switch {
	case m == nil:
		return 0, false
	case m.Counter != nil:
		return m.Counter.GetValue(), true
	case m.Gauge != nil:
		return m.Gauge.GetValue(), true
	case m.Histogram != nil:
		return float64(m.Histogram.GetSampleCount()), true
	case m.Untyped != nil:
		return m.Untyped.GetValue(), true
	}
	return 0, false
}

// Samples lists, for a log, the samples of the families named with
// prefix (histograms by their count), as name{labels} value.
func (f Families) Samples(prefix string) string {
	var out []string
	for name, fam := range f {
		if !strings.HasPrefix(name, prefix) {
			continue
		}
		for _, m := range fam.Metric {
			var labels []string
			for _, l := range m.Label {
				labels = append(labels, fmt.Sprintf("%s=%q", l.GetName(), l.GetValue()))
			}
			v, _ := value(m)
			sample := strings.TrimPrefix(name, prefix)
			if len(labels) > 0 {
				sample += "{" + strings.Join(labels, ",") + "}"
			}
			out = append(out, fmt.Sprintf("%s %g", sample, v))
		}
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

func hasLabels(m *dto.Metric, labels []string) bool {
	for i := 0; i+1 < len(labels); i += 2 {
		found := false
		for _, l := range m.Label {
			if l.GetName() == labels[i] && l.GetValue() == labels[i+1] {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// Sample is a sample a test expects: Value under Name with Labels (name,
// value…), a histogram's count for a histogram.
type Sample struct {
	Name   string
	Labels []string
	Value  float64
}

// Want reports through t every sample of want that f lacks or has with
// another value.
func (f Families) Want(t testing.TB, want ...Sample) {
	t.Helper()
	for _, s := range want {
		if v, ok := f.Value(s.Name, s.Labels...); !ok || v != s.Value {
			t.Errorf("%s%v: %v (present %v), want %v", s.Name, s.Labels, v, ok, s.Value)
		}
	}
}
