package deploy

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Range is the time range and resolution of a query_range request.
type Range struct {
	Start, End time.Time
	Step       time.Duration
}

// Series is one series of a query_range answer: its labels and its
// points (Unix seconds, value; NaN where PromQL says so).
type Series struct {
	Labels map[string]string
	T, V   []float64
}

// variable is a Grafana variable in a query: $name or ${name}.
var variable = regexp.MustCompile(`\$\{?([a-zA-Z_][a-zA-Z0-9_]*)\}?`)

// Expand replaces the dashboard's variables in expr as Grafana does when
// every election is chosen: $election is the variable's allValue (.*),
// $__rate_interval is rateInterval (Grafana's is four scrape intervals
// at least). Any other variable is an error.
func Expand(expr string, rateInterval time.Duration) (string, error) {
	var unknown []string
	out := variable.ReplaceAllStringFunc(expr, func(v string) string {
		switch variable.FindStringSubmatch(v)[1] {
		case "election":
			return ".*"
		case "__rate_interval":
			return strconv.FormatInt(rateInterval.Milliseconds(), 10) + "ms"
		}
		unknown = append(unknown, v)
		return v
	})
	if unknown != nil {
		return "", fmt.Errorf("deploy: %q: unknown variables %v", expr, unknown)
	}
	return out, nil
}

// QueryRange asks the Prometheus at base (http://host:port) for expr over
// r with its HTTP API (/api/v1/query_range). An expression Prometheus
// rejects is an error that quotes Prometheus's reason.
func QueryRange(ctx context.Context, base, expr string, r Range) ([]Series, error) {
	q := url.Values{"query": {expr}, "start": {unix(r.Start)}, "end": {unix(r.End)},
		"step": {strconv.FormatFloat(r.Step.Seconds(), 'f', -1, 64)}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/api/v1/query_range", strings.NewReader(q.Encode()))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var ans struct {
		Status, Error, ErrorType string
		Data                     struct {
			ResultType string
			Result     []struct {
				Metric map[string]string
				Values [][2]any
			}
		}
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 64<<20)).Decode(&ans); err != nil {
		return nil, fmt.Errorf("deploy: query_range %q: %s: %w", expr, resp.Status, err)
	}
	if ans.Status != "success" {
		return nil, fmt.Errorf("deploy: query_range %q: %s: %s: %s", expr, resp.Status, ans.ErrorType, ans.Error)
	}
	if ans.Data.ResultType != "matrix" {
		return nil, fmt.Errorf("deploy: query_range %q: result type %q, want matrix", expr, ans.Data.ResultType)
	}
	out := make([]Series, len(ans.Data.Result))
	for i, s := range ans.Data.Result {
		out[i].Labels = s.Metric
		for _, p := range s.Values {
			t, _ := p[0].(float64)
			text, _ := p[1].(string)
			v, err := strconv.ParseFloat(text, 64)
			if err != nil {
				v = math.NaN()
			}
			out[i].T, out[i].V = append(out[i].T, t), append(out[i].V, v)
		}
	}
	return out, nil
}

func unix(t time.Time) string {
	return strconv.FormatFloat(float64(t.UnixMilli())/1000, 'f', 3, 64)
}

// legendLabel is {{label}} in a legend format.
var legendLabel = regexp.MustCompile(`\{\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\}`)

// Legend is a series' name in a panel as Grafana writes it: the target's
// legend format with {{label}} replaced by the series' label.
func Legend(format string, labels map[string]string) string {
	if format == "" {
		return fmt.Sprint(labels)
	}
	return strings.TrimSpace(legendLabel.ReplaceAllStringFunc(format, func(m string) string {
		return labels[legendLabel.FindStringSubmatch(m)[1]]
	}))
}
