package deploy

import (
	"fmt"
	"html"
	"io"
	"math"
	"strings"
	"time"
)

// Curve is one line of a panel: a series of a query_range answer and its
// legend.
type Curve struct {
	Name string
	Series
}

// The picture's geometry: Grafana's 24 columns over width pixels, one
// grid unit of height unitH pixels.
const (
	width   = 1440
	unitH   = 30
	gap     = 4
	legendH = 14
)

// Grafana's dark theme and its classic palette.
const (
	background = "#111217"
	panelFill  = "#181b1f"
	textColor  = "#ccccdc"
	gridColor  = "#2c3235"
)

var palette = []string{"#7EB26D", "#EAB839", "#6ED0E0", "#EF843C", "#E24D42", "#1F78C1", "#BA43A9", "#705DA0", "#508642", "#CCA300"}

// RenderSVG draws d as Grafana lays it out: each row as a heading, every
// other panel at its gridPos as a line chart of curves[panel id] over r
// (values in the panel's unit, time in UTC) with its title and legend.
// caption goes under the dashboard's title, a line per line.
func RenderSVG(w io.Writer, d *Dashboard, curves map[int][]Curve, r Range, caption string) error {
	bottom := 0
	for _, p := range d.Panels {
		bottom = max(bottom, p.GridPos.Y+p.GridPos.H)
	}
	lines := strings.Split(caption, "\n")
	header := 40 + len(lines)*legendH
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %[1]d %[2]d" font-family="Inter, Helvetica, Arial, sans-serif">`+"\n",
		width, header+bottom*unitH)
	fmt.Fprintf(&b, `<rect width="100%%" height="100%%" fill="%s"/>`+"\n", background)
	fmt.Fprintf(&b, `<text x="%d" y="24" fill="%s" font-size="18">%s</text>`+"\n", gap, textColor, html.EscapeString(d.Title))
	for i, line := range lines {
		fmt.Fprintf(&b, `<text x="%d" y="%d" fill="%s" font-size="12" opacity="0.8">%s</text>`+"\n", gap, 42+i*legendH, textColor, html.EscapeString(line))
	}
	for _, p := range d.Panels {
		x, y := p.GridPos.X*width/24, header+p.GridPos.Y*unitH
		if p.Type == "row" {
			fmt.Fprintf(&b, `<text x="%d" y="%d" fill="%s" font-size="15" font-weight="bold">%s</text>`+"\n", x+gap, y+unitH-9, textColor, html.EscapeString(p.Title))
			continue
		}
		plot(&b, p, curves[p.ID], r, box{x + gap, y + gap, p.GridPos.W*width/24 - 2*gap, p.GridPos.H*unitH - 2*gap})
	}
	b.WriteString("</svg>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// box is a rectangle in pixels.
type box struct{ x, y, w, h int }

// plot draws one panel in bx: frame, title, axes, lines and legend.
func plot(b *strings.Builder, p Panel, cs []Curve, r Range, bx box) {
	fmt.Fprintf(b, `<g><rect x="%d" y="%d" width="%d" height="%d" rx="3" fill="%s" stroke="%s"/>`+"\n", bx.x, bx.y, bx.w, bx.h, panelFill, gridColor)
	fmt.Fprintf(b, `<text x="%d" y="%d" fill="%s" font-size="13" font-weight="500">%s</text>`+"\n", bx.x+8, bx.y+18, textColor, html.EscapeString(p.Title))
	legend := legendLines(cs, bx.w-16)
	area := box{bx.x + 60, bx.y + 30, bx.w - 80, bx.h - 30 - 22 - len(legend)*legendH - 8}
	lo, hi, ok := bounds(cs)
	if !ok {
		fmt.Fprintf(b, `<text x="%d" y="%d" fill="%s" font-size="13" text-anchor="middle" opacity="0.7">No data</text></g>`+"\n",
			area.x+area.w/2, area.y+area.h/2, textColor)
		return
	}
	step := niceStep((hi - lo) / 4)
	lo, hi = math.Floor(lo/step)*step, math.Ceil(hi/step)*step
	if hi == lo {
		hi = lo + step
	}
	py := func(v float64) float64 { return float64(area.y+area.h) - (v-lo)/(hi-lo)*float64(area.h) }
	for v := lo; v <= hi+step/2; v += step {
		fmt.Fprintf(b, `<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="%s"/><text x="%d" y="%.1f" fill="%s" font-size="11" text-anchor="end">%s</text>`+"\n",
			area.x, area.x+area.w, py(v), py(v), gridColor, area.x-6, py(v)+4, textColor, html.EscapeString(formatValue(v, p.FieldConfig.Defaults.Unit)))
	}
	t0, t1 := float64(r.Start.Unix()), float64(r.End.Unix())
	px := func(t float64) float64 { return float64(area.x) + (t-t0)/(t1-t0)*float64(area.w) }
	for i, anchor := range []string{"middle", "middle", "middle", "middle", "end"} {
		t := t0 + float64(i)*(t1-t0)/4
		fmt.Fprintf(b, `<text x="%.1f" y="%d" fill="%s" font-size="11" text-anchor="%s">%s</text>`+"\n",
			px(t), area.y+area.h+15, textColor, anchor, time.Unix(int64(t), 0).UTC().Format("15:04:05"))
	}
	for i, c := range cs {
		fmt.Fprintf(b, `<path d="%s" fill="none" stroke="%s" stroke-width="1.6"/>`+"\n", path(c.Series, px, py), palette[i%len(palette)])
	}
	for i, line := range legend {
		fmt.Fprintf(b, `<text x="%d" y="%d" font-size="11">%s</text>`+"\n", bx.x+8, area.y+area.h+22+(i+1)*legendH, line)
	}
	b.WriteString("</g>\n")
}

// legendLines lays the curves' names out in lines of at most w pixels,
// each name after a swatch of its colour (as tspans).
func legendLines(cs []Curve, w int) []string {
	var lines []string
	var line strings.Builder
	used := 0
	for i, c := range cs {
		n := 14 + 6*len([]rune(c.Name)) + 12 // swatch, name, space (about 6 px a character)
		if used > 0 && used+n > w {
			lines, used = append(lines, line.String()), 0
			line.Reset()
		}
		fmt.Fprintf(&line, `<tspan fill="%s">▬ </tspan><tspan fill="%s">%s   </tspan>`, palette[i%len(palette)], textColor, html.EscapeString(c.Name))
		used += n
	}
	if used > 0 {
		lines = append(lines, line.String())
	}
	return lines
}

// bounds are the least and greatest finite values of cs (from 0 up when
// all are positive).
func bounds(cs []Curve) (lo, hi float64, ok bool) {
	lo, hi = 0, math.Inf(-1)
	for _, c := range cs {
		for _, v := range c.V {
			if !math.IsNaN(v) && !math.IsInf(v, 0) {
				lo, hi, ok = min(lo, v), max(hi, v), true
			}
		}
	}
	return lo, hi, ok
}

// niceStep is 1, 2 or 5 times a power of ten, at least d.
func niceStep(d float64) float64 {
	if d <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(d)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= d {
			return m * p
		}
	}
	return 10 * p
}

// path is an SVG path of s, broken where a value is not a number.
func path(s Series, px, py func(float64) float64) string {
	var d strings.Builder
	move := "M"
	for i, v := range s.V {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			move = "M"
			continue
		}
		fmt.Fprintf(&d, "%s%.1f %.1f ", move, px(s.T[i]), py(v))
		move = "L"
	}
	return strings.TrimSpace(d.String())
}

// formatValue writes v in a Grafana unit: s (seconds), reqps (per
// second), short (a number with k or M).
func formatValue(v float64, unit string) string {
	a := math.Abs(v)
	switch {
	case unit == "s" && a > 0 && a < 1:
		return trim(v*1000) + " ms"
	case unit == "s":
		return trim(v) + " s"
	case a >= 1e6:
		return trim(v/1e6) + "M" + per(unit)
	case a >= 1e3:
		return trim(v/1e3) + "k" + per(unit)
	}
	return trim(v) + per(unit)
}

func per(unit string) string {
	if unit == "reqps" {
		return "/s"
	}
	return ""
}

func trim(v float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", v), "0"), ".")
}
