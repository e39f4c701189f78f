package deploy

import (
	"slices"
	"testing"
)

func TestMetricNamesOfExpressions(t *testing.T) {
	for _, c := range []struct {
		expr string
		want []string
	}{
		{`up`, []string{"up"}},
		{`max(changes(chain_head_block{job="evote-node"}[1m])) == 0`, []string{"chain_head_block"}},
		{`histogram_quantile(0.99, sum by (job, instance, le) (rate(x_seconds_bucket[5m]))) > 2`, []string{"x_seconds_bucket"}},
		{`a > 0 and on(job, instance) increase(b_total[5m]) == 0`, []string{"a", "b_total"}},
		{`a < on(election) group_left() max by (election) (a)`, []string{"a"}},
		{`scalar(max(h)) - h{job="x", l=~"a|b{c}"} > 30`, []string{"h"}},
		{`predict_linear(avail{fstype!~"tmpfs"}[6h], 24 * 3600) < 0 and avail / size < 0.25`, []string{"avail", "size"}},
		{`sum without (reason) (rate(r{reason="bad \"by\" x"}[1m] offset 5m))`, []string{"r"}},
		{`1 / deriv(h[1m]) + 1e3 + 0x1f + Inf`, []string{"h"}},
		{`sum(x:rate5m) by (le)`, []string{"x:rate5m"}},
		{`count(up{authority!=""} == 1) bool < 3`, []string{"up"}},
	} {
		if got := metricNames(c.expr); !slices.Equal(got, c.want) {
			t.Errorf("%s: %q, want %q", c.expr, got, c.want)
		}
	}
}
