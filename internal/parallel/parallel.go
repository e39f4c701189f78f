// Package parallel runs the chunks of a long loop on every core.
package parallel

import (
	"runtime"
	"sync"
)

// Chunks calls f(lo, hi) for consecutive ranges [lo, hi) of at most size
// indices covering [0, n), on GOMAXPROCS goroutines; it returns when every
// call has returned. Calls run concurrently, in no particular order: f
// must write only to what its range owns.
func Chunks(n, size int, f func(lo, hi int)) {
	if n <= size {
		if n > 0 {
			f(0, n)
		}
		return
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), (n+size-1)/size) {
		wg.Go(func() {
			for lo := range next {
				f(lo, min(lo+size, n))
			}
		})
	}
	for lo := 0; lo < n; lo += size {
		next <- lo
	}
	close(next)
	wg.Wait()
}
