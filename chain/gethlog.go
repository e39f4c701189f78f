package chain

import (
	"context"
	"log/slog"

	"github.com/ethereum/go-ethereum/log"
)

// go-ethereum's own logger discards everything unless it is set, even the
// critical line it logs just before it stops the process with os.Exit(1)
// (a database write that failed, say): a node, or a test linking
// go-ethereum, would then end with status 1 and no word why. Its errors
// go to the process's slog logger instead, as "component=execution", at
// the time of the record (so after the command has set text or JSON);
// its many lines below error stay dropped.
//
// The logger is wrapped (gethLogger) because log.SetDefault also makes
// go-ethereum's own logger type the process's slog default, which would
// send every slog line back here, and on for ever.
func init() { log.SetDefault(gethLogger{log.NewLogger(execution{})}) }

// gethLogger is go-ethereum's logger under a type of this package.
type gethLogger struct{ log.Logger }

// execution is a slog.Handler for go-ethereum's logger.
type execution struct{ attrs []slog.Attr }

func (execution) Enabled(_ context.Context, l slog.Level) bool { return l >= slog.LevelError }

func (h execution) Handle(ctx context.Context, r slog.Record) error {
	r.AddAttrs(slog.String("component", "execution"))
	return slog.Default().Handler().WithAttrs(h.attrs).Handle(ctx, r)
}

func (h execution) WithAttrs(as []slog.Attr) slog.Handler {
	return execution{append(append([]slog.Attr{}, h.attrs...), as...)}
}

// WithGroup keeps the attributes flat: go-ethereum names no groups.
func (h execution) WithGroup(string) slog.Handler { return h }
