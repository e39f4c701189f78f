package bench

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"html"
	"io"
	"math"
	"strconv"
)

// plotWindow is the span over which Plot averages the rate.
const plotWindow = 10.0 // seconds

// point is the ingest rate at a count of ballots on chain.
type point struct{ ballots, rate float64 }

// ingestRates reads a sampler's CSV (seconds, ballots) and returns the
// rate over the last plotWindow seconds at each sample, from the first
// ballot to the last.
func ingestRates(r io.Reader) ([]point, error) {
	rows, err := csv.NewReader(r).ReadAll()
	if err != nil {
		return nil, err
	}
	if len(rows) < 3 || len(rows[0]) != 2 || rows[0][0] != "seconds" {
		return nil, errors.New("bench: not an ingest CSV of at least two samples")
	}
	ts, bs := make([]float64, 0, len(rows)), make([]float64, 0, len(rows))
	for _, row := range rows[1:] {
		t, err1 := strconv.ParseFloat(row[0], 64)
		b, err2 := strconv.ParseFloat(row[1], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("bench: ingest CSV: %q", row)
		}
		ts, bs = append(ts, t), append(bs, b)
	}
	var out []point
	total, j := bs[len(bs)-1], 0
	for i := range ts {
		for ts[i]-ts[j] > plotWindow {
			j++
		}
		if i > j && bs[i] > 0 && bs[j] < total {
			out = append(out, point{bs[i], (bs[i] - bs[j]) / (ts[i] - ts[j])})
		}
	}
	if len(out) == 0 {
		return nil, errors.New("bench: no ballots reached the chain in the samples")
	}
	return out, nil
}

// Plot draws the ingest rate against the ballots already on chain, from
// a run's ingest.csv, as an SVG.
func Plot(r io.Reader, title string) ([]byte, error) {
	pts, err := ingestRates(r)
	if err != nil {
		return nil, err
	}
	const w, h, left, right, top, bottom = 800.0, 420.0, 70.0, 20.0, 40.0, 50.0
	xmax, ymax := niceCeil(pts[len(pts)-1].ballots), 0.0
	for _, p := range pts {
		ymax = max(ymax, p.rate)
	}
	ymax = niceCeil(ymax)
	x := func(v float64) float64 { return left + v/xmax*(w-left-right) }
	y := func(v float64) float64 { return h - bottom - v/ymax*(h-top-bottom) }
	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%.0f" height="%.0f" viewBox="0 0 %.0f %.0f" font-family="sans-serif" font-size="12">`+"\n", w, h, w, h)
	fmt.Fprintf(&b, `<rect width="100%%" height="100%%" fill="white"/><text x="%.0f" y="22" font-size="15">%s</text>`+"\n", left, html.EscapeString(title))
	for k := 0; k <= 5; k++ {
		xv, yv := xmax*float64(k)/5, ymax*float64(k)/5
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#ddd"/><text x="%.1f" y="%.1f" text-anchor="middle">%.0f</text>`+"\n",
			x(xv), y(0), x(xv), y(ymax), x(xv), h-bottom+16, xv)
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#ddd"/><text x="%.1f" y="%.1f" text-anchor="end">%.0f</text>`+"\n",
			x(0), y(yv), x(xmax), y(yv), left-6, y(yv)+4, yv)
	}
	fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="middle">ballots on chain</text>`+"\n", (left+w-right)/2, h-10)
	fmt.Fprintf(&b, `<text transform="translate(16 %.1f) rotate(-90)" text-anchor="middle">ballots/s (%.0f-second window)</text>`+"\n", (top+h-bottom)/2, plotWindow)
	b.WriteString(`<polyline fill="none" stroke="#1f5fa8" stroke-width="1.5" points="`)
	for _, p := range pts {
		fmt.Fprintf(&b, "%.1f,%.1f ", x(p.ballots), y(p.rate))
	}
	b.WriteString("\"/>\n</svg>\n")
	return b.Bytes(), nil
}

// niceCeil rounds v up to 1, 2, 3, 4, 5, 6 or 8 times a power of ten.
func niceCeil(v float64) float64 {
	if v <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 3, 4, 5, 6, 8, 10} {
		if v <= m*p {
			return m * p
		}
	}
	return 10 * p
}
