package synth

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/registrar/reglog"
	"github.com/evote-org/evote/tally"
)

// abstainers is how many voters on a synthetic roll get no token.
const abstainers = 5

// registrationLog makes the registrar's log of a synthetic election and
// its posts: a roll of every token holder and a few abstainers, and
// three count posts: half the tokens, an empty interval, and the final
// count after the close.
func (g *generator) registrationLog() (*tally.Log, error) {
	tokens := int(g.h.TokenCount)
	return Log(g.h, tokens+abstainers, []int{tokens / 2, tokens / 2, tokens}, g.cfg.Districts, g.nextTx)
}

// Log makes a registration log and sets the registrar's posts in h: a
// roll of n voters (made-up leaves; districts d1..dN in turn, none if
// districts is 0) committed in the block before the polls open (h's
// Open), and a count post at each of cuts (ascending, cumulative, at
// most n; the first voters of the roll get the tokens), the last one
// final after the close (h's Closed), the others when the polls open.
// tx makes the transaction hashes.
func Log(h *tally.Header, n int, cuts []int, districts int, tx func() common.Hash) (*tally.Log, error) {
	var open, closed uint64
	for _, s := range h.States {
		switch s.State {
		case "Open":
			open = s.Block
		case "Closed":
			closed = s.Block
		}
	}
	entries, err := Entries(n, districts)
	if err != nil {
		return nil, err
	}
	root, err := reglog.Root(entries)
	if err != nil {
		return nil, err
	}
	log := &tally.Log{Roll: Sorted(entries)}
	h.RollPosts = []tally.RollPost{{Root: root, Count: uint64(n), Block: open - 1, Tx: tx()}}
	h.CountPosts = []tally.CountPost{}
	from := 0
	for k, to := range cuts {
		list := Sorted(entries[from:to])
		root, err := reglog.Root(list)
		if err != nil {
			return nil, err
		}
		final := k == len(cuts)-1
		block := open
		if final {
			block = closed + 1
		}
		log.Intervals = append(log.Intervals, list)
		h.CountPosts = append(h.CountPosts, tally.CountPost{Count: uint64(to), LogRoot: root, Final: final, Block: block, Tx: tx()})
		from = to
	}
	h.TokenCount = uint64(from)
	return log, nil
}

// Entries are the registration-log entries of n synthetic voters (made-up
// leaves; districts d1..dN in turn, none if districts is 0), in the order
// of the roll, which is also the order Log issues them in.
func Entries(n, districts int) ([][]byte, error) {
	entries := make([][]byte, n)
	for i := range entries {
		leaf := sha256.Sum256(binary.BigEndian.AppendUint64([]byte("synth leaf"), uint64(i)))
		d := ""
		if districts > 0 {
			d = fmt.Sprintf("d%d", i%districts+1)
		}
		var err error
		if entries[i], err = reglog.Entry(leaf, d); err != nil {
			return nil, err
		}
	}
	return entries, nil
}

// Sorted is a copy of entries in tree order.
func Sorted(entries [][]byte) [][]byte {
	out := slices.Clone(entries)
	slices.SortFunc(out, func(a, b []byte) int { return bytes.Compare(a[:reglog.LeafSize], b[:reglog.LeafSize]) })
	return out
}
