package chain

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/log"
)

// TestExecutionLog: go-ethereum's errors reach the process's slog logger
// with their attributes, its lines below error do not, and neither
// logger logs into the other (a process that never sets slog's default,
// as a test, once overflowed its stack so).
func TestExecutionLog(t *testing.T) {
	if _, ok := slog.Default().Handler().(execution); ok {
		t.Fatal("go-ethereum's logger is the process's slog default: each would log into the other")
	}
	slog.Error("a line through the slog default, before it is set") // neither loops
	log.Error("a go-ethereum error, before slog's default is set")
	var buf bytes.Buffer
	old := slog.Default()
	slog.SetDefault(slog.New(slog.NewTextHandler(&buf, nil)))
	defer slog.SetDefault(old)
	log.Info("an info line")
	log.Warn("a warning")
	log.Root().With("db", "chaindata").Error("Failed to store block", "number", 7)
	out := buf.String()
	if strings.Contains(out, "an info line") || strings.Contains(out, "a warning") {
		t.Errorf("lines below error were logged:\n%s", out)
	}
	for _, want := range []string{"Failed to store block", "db=chaindata", "number=7", "component=execution", "level=ERROR"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
}
