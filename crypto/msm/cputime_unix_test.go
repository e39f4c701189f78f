//go:build unix

package msm

import "syscall"

// cpuTime returns the user+system CPU time of the process in nanoseconds,
// which a busy shared machine disturbs far less than the wall clock.
func cpuTime() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
