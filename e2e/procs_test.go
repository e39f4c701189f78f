// Package e2e runs the system as its operators do: every role a separate
// OS process of the evote binary, talking over loopback.
package e2e

import (
	"bufio"
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

var (
	buildOnce sync.Once
	binary    string
	buildErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binary != "" {
		os.RemoveAll(filepath.Dir(binary))
	}
	os.Exit(code)
}

// evote builds the evote command once per test binary.
func evote(t testing.TB) string {
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "evote-e2e-")
		if err != nil {
			buildErr = err
			return
		}
		binary = filepath.Join(dir, "evote")
		out, err := exec.Command("go", "build", "-o", binary, "../cmd/evote").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binary
}

// run runs an evote command to completion in dir and returns its stdout.
func run(t testing.TB, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command(evote(t), args...)
	cmd.Dir = dir
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("evote %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return strings.TrimSpace(string(out))
}

// proc is a long-running evote process (a role), or another program's
// (bin).
type proc struct {
	t    testing.TB
	name string
	dir  string
	bin  string // empty: evote
	args []string
	cmd  *exec.Cmd
	log  *os.File
}

func start(t testing.TB, dir, name string, args ...string) *proc {
	return startProgram(t, dir, name, "", args...)
}

// startProgram starts bin (empty: evote) with args in dir, logging to
// dir/name.log, and stops it when the test ends.
func startProgram(t testing.TB, dir, name, bin string, args ...string) *proc {
	p := &proc{t: t, name: name, dir: dir, bin: bin, args: args}
	p.start()
	t.Cleanup(p.stop)
	return p
}

func (p *proc) start() {
	log, err := os.OpenFile(filepath.Join(p.dir, p.name+".log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		p.t.Fatal(err)
	}
	p.log = log
	bin := p.bin
	if bin == "" {
		bin = evote(p.t)
	}
	p.cmd = exec.Command(bin, p.args...)
	p.cmd.Dir, p.cmd.Stdout, p.cmd.Stderr = p.dir, log, log
	p.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL} // dies with the test
	if err := p.cmd.Start(); err != nil {
		p.t.Fatal(err)
	}
}

// kill stops the process with SIGKILL, as a crash would.
func (p *proc) kill() {
	p.cmd.Process.Signal(syscall.SIGKILL)
	p.cmd.Wait()
	p.log.Close()
}

func (p *proc) stop() {
	if p.cmd.ProcessState != nil {
		return
	}
	p.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { p.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		p.cmd.Process.Kill()
		<-done
	}
	p.log.Close()
}

// tail returns the last lines of the process's log, for failures.
func (p *proc) tail() string {
	f, err := os.Open(filepath.Join(p.dir, p.name+".log"))
	if err != nil {
		return err.Error()
	}
	defer f.Close()
	var lines []string
	for s := bufio.NewScanner(f); s.Scan(); {
		lines = append(lines, s.Text())
	}
	return strings.Join(lines[max(0, len(lines)-20):], "\n")
}

// waitHTTP waits until url answers at all.
func waitHTTP(t *testing.T, p *proc, url string) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for ctx.Err() == nil {
		if resp, err := http.Get(url); err == nil {
			resp.Body.Close()
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("%s did not come up at %s:\n%s", p.name, url, p.tail())
}

// manifestPath is the sample manifest, as an absolute path.
func manifestPath(t *testing.T) string {
	p, err := filepath.Abs("../election/testdata/sample.json")
	if err != nil {
		t.Fatal(err)
	}
	return p
}
