package chain

import (
	"log/slog"
	"sync/atomic"

	cmtlog "github.com/cometbft/cometbft/libs/log"
)

// cometLogger passes CometBFT's errors to the process's slog logger (text
// or JSON, like every other line of evote) and drops its debug and info
// lines, which come several per block. Once the node is stopping, the
// errors CometBFT logs while its services close under each other ("transport
// is closed", "already stopped") go out at debug level: an operator reading
// the log of a clean stop must not find errors in it.
type cometLogger struct {
	l        *slog.Logger
	stopping *atomic.Bool
}

func newCometLogger() cometLogger {
	return cometLogger{slog.Default().With("component", "consensus"), new(atomic.Bool)}
}

func (cometLogger) Debug(string, ...any) {}

func (cometLogger) Info(string, ...any) {}

func (c cometLogger) Error(msg string, keyvals ...any) {
	if c.stopping.Load() {
		c.l.Debug(msg, keyvals...)
		return
	}
	c.l.Error(msg, keyvals...)
}

func (c cometLogger) With(keyvals ...any) cmtlog.Logger {
	return cometLogger{c.l.With(keyvals...), c.stopping}
}
