package parallel

import (
	"sync/atomic"
	"testing"
)

// TestChunks: every index is covered exactly once, in ranges of at most
// size, whatever n.
func TestChunks(t *testing.T) {
	for _, n := range []int{0, 1, 7, 8, 9, 1000} {
		seen := make([]atomic.Int32, n)
		Chunks(n, 8, func(lo, hi int) {
			if hi-lo > 8 || hi <= lo {
				t.Errorf("n=%d: range [%d, %d)", n, lo, hi)
			}
			for i := lo; i < hi; i++ {
				seen[i].Add(1)
			}
		})
		for i := range seen {
			if got := seen[i].Load(); got != 1 {
				t.Errorf("n=%d: index %d covered %d times", n, i, got)
			}
		}
	}
}
