package chain

import (
	"fmt"
	"log/slog"
	"strings"
	"sync/atomic"

	cmtlog "github.com/cometbft/cometbft/libs/log"
)

// cometLogger passes CometBFT's errors to the process's slog logger (text
// or JSON, like every other line of evote) and drops its debug and info
// lines, which come several per block. Once the node is stopping, the
// errors CometBFT logs while its services close under each other ("transport
// is closed", "already stopped") go out at debug level: an operator reading
// the log of a clean stop must not find errors in it.
//
// The same replay makes a validator that had signed a proposal propose
// at that height and round again: its key hands back the earlier
// signature, which CometBFT 0.38 puts on a proposal with the new
// timestamp, and the node refuses its own proposal ("invalid proposal
// signature", from itself) until the next round. That too is info at a
// height signed before the start.
//
// A validator's key keeps the height, round and step it last signed
// (priv_validator_state.json) and refuses to sign anything at or before
// them again, which is what stops it from signing twice. A restarted
// validator replays its consensus log, and CometBFT asks the key to sign
// again the steps of the height it was at ("failed signing vote …
// step regression"): that refusal, at a height the key had signed before
// this start, is expected and harmless, and goes out at info level saying
// so. A refusal at a height signed since the start is not expected: it
// stays an error, saying what refused.
type cometLogger struct {
	l        *slog.Logger
	stopping *atomic.Bool
	signed   int64 // the height the validator's key last signed at before this start (0: none)
}

func newCometLogger(signed int64) cometLogger {
	return cometLogger{slog.Default().With("component", "consensus"), new(atomic.Bool), signed}
}

func (cometLogger) Debug(string, ...any) {}

func (cometLogger) Info(string, ...any) {}

func (c cometLogger) Error(msg string, keyvals ...any) {
	refused, height := signRefusal(msg, keyvals)
	switch {
	case c.stopping.Load():
		c.l.Debug(msg, keyvals...)
	case ownResignedProposal(msg, keyvals, c.signed):
		c.l.Info("chain: this validator's proposal made again after the restart carries the signature of the one it signed "+
			"before (CometBFT 0.38 reuses the signature, not its timestamp) and is refused; the next round proposes anew, nothing is wrong",
			append(keyvals, "cometbft", msg)...)
	case refused && height <= c.signed:
		c.l.Info("chain: not signing again a step this validator signed before the restart: its key refuses to sign "+
			"twice (CometBFT's double-signing protection), as expected while consensus replays its log; nothing is wrong",
			append(keyvals, "cometbft", msg)...)
	case refused:
		c.l.Error("chain: the validator's key refused to sign twice at one height, round and step "+
			"(CometBFT's double-signing protection); with no restart, is another node running with this validator key?",
			append(keyvals, "cometbft", msg)...)
	default:
		c.l.Error(msg, keyvals...)
	}
}

func (c cometLogger) With(keyvals ...any) cmtlog.Logger {
	return cometLogger{c.l.With(keyvals...), c.stopping, c.signed}
}

// signRefusal reports whether an error line of CometBFT is its key's
// refusal to sign a vote or a proposal again (privval's CheckHRS and
// signVote: a height, round or step regression, or another vote at the
// step it signed), and the height it was at.
func signRefusal(msg string, keyvals []any) (bool, int64) {
	if msg != "failed signing vote" && !strings.HasSuffix(msg, "failed signing proposal") {
		return false, 0
	}
	height, _, err := fields(keyvals)
	return strings.Contains(err, "regression") || strings.Contains(err, "conflicting data") || strings.Contains(err, "no SignBytes found"), height
}

// ownResignedProposal reports whether a line is the node refusing its own
// proposal (no peer) for an invalid signature at a height its key had
// signed at before this start.
func ownResignedProposal(msg string, keyvals []any, signed int64) bool {
	if msg != "failed to process message" {
		return false
	}
	height, peer, err := fields(keyvals)
	return peer == "" && strings.Contains(err, "invalid proposal signature") && height > 0 && height <= signed
}

// fields are the height, peer and error of a CometBFT log line.
func fields(keyvals []any) (height int64, peer, err string) {
	peer = "?"
	for i := 0; i+1 < len(keyvals); i += 2 {
		switch keyvals[i] {
		case "height":
			height, _ = keyvals[i+1].(int64)
		case "peer":
			peer = fmt.Sprint(keyvals[i+1])
		case "err":
			err = fmt.Sprint(keyvals[i+1])
		}
	}
	return height, peer, err
}
