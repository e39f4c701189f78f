package bench

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Stage is one timed stage of the benchmark. Every role runs in the one
// process of the command, so CPU and memory are the process's: CPU is
// user + system time from getrusage over the stage (all roles and the
// chain together), PeakRSS the process's peak resident set during the
// stage (Linux: VmHWM, reset at the stage's start; elsewhere the peak
// since the process started).
type Stage struct {
	Name    string
	Count   int
	Wall    time.Duration
	CPU     time.Duration
	PeakRSS uint64
}

// Rate is Count per second of Wall.
func (s Stage) Rate() float64 { return float64(s.Count) / max(s.Wall.Seconds(), 1e-6) }

// meter measures stages and optionally profiles each.
type meter struct {
	profiles string // directory of one CPU profile per stage ("": none)
	n        int
}

// measure runs f as a stage and returns its measurement; f reports the
// count of items it did.
func (m *meter) measure(name string, f func() (int, error)) (Stage, error) {
	os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) // resets VmHWM; fails harmlessly elsewhere
	stop := m.profile(name)
	cpu0, start := cpuTime(), time.Now()
	n, err := f()
	s := Stage{Name: name, Count: n, Wall: time.Since(start), CPU: cpuTime() - cpu0, PeakRSS: peakRSS()}
	stop()
	return s, err
}

// profile starts a CPU profile of the stage if asked for.
func (m *meter) profile(name string) func() {
	if m.profiles == "" {
		return func() {}
	}
	m.n++
	slug := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		return '-'
	}, strings.ToLower(name))
	base := filepath.Join(m.profiles, fmt.Sprintf("%02d-%s", m.n, slug))
	f, err := os.Create(base + ".pprof")
	if err != nil {
		return func() {}
	}
	if pprof.StartCPUProfile(f) != nil {
		f.Close()
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
		// What the Go heap holds at the stage's end (in use at the last
		// GC), beside the peak resident set of the table.
		if h, err := os.Create(base + ".heap.pprof"); err == nil {
			pprof.Lookup("heap").WriteTo(h, 0)
			h.Close()
		}
	}
}

// cpuTime is the process's user + system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// peakRSS is the process's peak resident set: VmHWM on Linux, else
// getrusage's maximum.
func peakRSS() uint64 {
	if data, err := os.ReadFile("/proc/self/status"); err == nil {
		sc := bufio.NewScanner(bytes.NewReader(data))
		for sc.Scan() {
			if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
				kb, _ := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
				return kb << 10
			}
		}
	}
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return uint64(ru.Maxrss) << 10
}

// diskBytes is the size of the files under path (0 if it does not exist).
func diskBytes(path string) uint64 {
	var n uint64
	filepath.WalkDir(path, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += uint64(fi.Size())
			}
		}
		return nil
	})
	return n
}

// sampler records the ballots on chain every interval: seconds since
// its start and the count, as CSV.
type sampler struct {
	stop chan struct{}
	done chan struct{}
}

// sample starts writing count's answers to w every interval until Stop.
func sample(ctx context.Context, w io.Writer, every time.Duration, count func(context.Context) (uint64, error)) *sampler {
	s := &sampler{stop: make(chan struct{}), done: make(chan struct{})}
	fmt.Fprintln(w, "seconds,ballots")
	start := time.Now()
	go func() {
		defer close(s.done)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			if c, err := count(ctx); err == nil {
				fmt.Fprintf(w, "%.3f,%d\n", time.Since(start).Seconds(), c)
			}
			select {
			case <-s.stop:
				return
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	return s
}

// Stop ends the sampling once its last sample is written.
func (s *sampler) Stop() {
	close(s.stop)
	<-s.done
}

// mib is n bytes in MiB.
func mib(n uint64) float64 { return float64(n) / (1 << 20) }

// PrintStages prints the table of stages.
func PrintStages(w io.Writer, stages []Stage) {
	fmt.Fprintf(w, "%-46s %9s %9s %9s %9s %6s %9s\n", "stage", "count", "seconds", "per s", "CPU s", "CPU %", "peak MiB")
	var wall, cpu time.Duration
	for _, s := range stages {
		fmt.Fprintf(w, "%-46s %9d %9.2f %9.1f %9.2f %6.0f %9.0f\n", s.Name, s.Count, s.Wall.Seconds(), s.Rate(),
			s.CPU.Seconds(), 100*s.CPU.Seconds()/max(s.Wall.Seconds(), 1e-6), mib(s.PeakRSS))
		wall += s.Wall
		cpu += s.CPU
	}
	fmt.Fprintf(w, "%-46s %9s %9.2f %9s %9.2f\n", "total", "", wall.Seconds(), "", cpu.Seconds())
}
