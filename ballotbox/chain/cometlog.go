package chain

import (
	"log/slog"

	cmtlog "github.com/cometbft/cometbft/libs/log"
)

// cometLogger passes CometBFT's errors to the process's slog logger (text
// or JSON, like every other line of evote) and drops its debug and info
// lines, which come several per block.
type cometLogger struct{ l *slog.Logger }

func newCometLogger() cometLogger {
	return cometLogger{slog.Default().With("component", "consensus")}
}

func (cometLogger) Debug(string, ...any) {}

func (cometLogger) Info(string, ...any) {}

func (c cometLogger) Error(msg string, keyvals ...any) { c.l.Error(msg, keyvals...) }

func (c cometLogger) With(keyvals ...any) cmtlog.Logger { return cometLogger{c.l.With(keyvals...)} }
