package monitor

import (
	"fmt"
	"io"
	"strconv"
	"sync/atomic"
	"time"
)

// LatencyBuckets are the upper bounds, in seconds, of a request latency
// histogram: from 5 ms to 10 s.
var LatencyBuckets = []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

// Histogram counts durations into buckets. It is safe for concurrent use.
type Histogram struct {
	bounds []float64      // seconds, ascending
	counts []atomic.Int64 // per bucket, the last one +Inf; not cumulative
	sum    atomic.Int64   // nanoseconds
}

// NewHistogram returns a histogram with the given ascending upper bounds
// in seconds.
func NewHistogram(bounds []float64) *Histogram {
	return &Histogram{bounds: bounds, counts: make([]atomic.Int64, len(bounds)+1)}
}

// Observe counts one duration.
func (h *Histogram) Observe(d time.Duration) {
	i := 0
	for i < len(h.bounds) && d.Seconds() > h.bounds[i] {
		i++
	}
	h.counts[i].Add(1)
	h.sum.Add(int64(d))
}

// Write writes the histogram's cumulative buckets, sum and count.
func (h *Histogram) Write(w io.Writer, name, help string) {
	Header(w, name, help, "histogram")
	var total int64
	for i := range h.counts {
		total += h.counts[i].Load()
		le := "+Inf"
		if i < len(h.bounds) {
			le = strconv.FormatFloat(h.bounds[i], 'g', -1, 64)
		}
		fmt.Fprintf(w, "%s_bucket{le=%q} %d\n", name, le, total)
	}
	fmt.Fprintf(w, "%s_sum %g\n%s_count %d\n", name, time.Duration(h.sum.Load()).Seconds(), name, total)
}
