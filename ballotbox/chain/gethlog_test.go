package chain

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/log"
)

// TestExecutionLog: go-ethereum's errors reach the process's slog logger
// with their attributes, its lines below error do not.
func TestExecutionLog(t *testing.T) {
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
